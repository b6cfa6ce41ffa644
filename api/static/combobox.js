// An accessible search box (WAI-ARIA combobox with a listbox popup): type, move with the arrow
// keys, Enter picks, Escape closes. Results come from GET /search; stale answers are aborted.
import { api, query } from "./api.js";
import { badge, clear, debounce, h } from "./dom.js";

let instances = 0;

export class SearchBox {
  constructor(input, { types, limit = 12, onPick, onError }) {
    this.input = input;
    this.types = types;
    this.limit = limit;
    this.onPick = onPick;
    this.onError = onError || (() => {});
    this.items = [];
    this.active = -1;
    this.controller = null;
    const id = `searchbox-${++instances}`;
    this.list = h("ul", { id, role: "listbox", class: "suggestions", hidden: true });
    input.after(this.list);
    Object.assign(input, { autocomplete: "off", spellcheck: false });
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", id);
    input.setAttribute("aria-expanded", "false");
    input.addEventListener(
      "input",
      debounce(() => this.search(), 120),
    );
    input.addEventListener("keydown", (event) => this.keydown(event));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    input.addEventListener("focus", () => this.items.length && this.input.value.trim() && this.show());
  }

  async search() {
    const q = this.input.value.trim();
    this.controller?.abort();
    if (!q) return this.close();
    this.controller = new AbortController();
    try {
      const result = await api(`/search${query({ q, types: this.types, limit: this.limit })}`, {
        signal: this.controller.signal,
      });
      this.render(result.items || [], q);
    } catch (error) {
      if (error.name !== "AbortError") this.onError(error);
    }
  }

  render(items, q) {
    this.items = items;
    this.active = items.length ? 0 : -1;
    clear(
      this.list,
      items.length
        ? items.map((item, index) =>
            h(
              "li",
              {
                id: `${this.list.id}-${index}`,
                role: "option",
                "aria-selected": "false",
                dataset: { id: item.id },
                onmousedown: (event) => {
                  event.preventDefault(); // keep focus in the input
                  this.pick(index);
                },
              },
              badge(item.label),
              h("span", { class: "option-name" }, item.name || item.id),
              item.detail ? h("span", { class: "option-detail" }, item.detail) : null,
            ),
          )
        : h("li", { class: "no-match", role: "option", "aria-disabled": "true" }, `Nothing found for “${q}”`),
    );
    this.show();
    this.highlight();
  }

  keydown(event) {
    const open = !this.list.hidden && this.items.length > 0;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return this.items.length ? (this.show(), this.highlight()) : this.search();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.items.length) % this.items.length;
      this.highlight();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (open && this.active >= 0) this.pick(this.active);
      else this.search();
    } else if (event.key === "Escape") {
      this.close();
    }
  }

  highlight() {
    [...this.list.children].forEach((li, index) => li.setAttribute("aria-selected", String(index === this.active)));
    const current = this.list.children[this.active];
    if (current && this.active >= 0 && this.items.length) {
      this.input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  pick(index) {
    const item = this.items[index];
    if (!item) return;
    this.input.value = item.name || item.id;
    this.close();
    this.onPick(item);
  }

  show() {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }
}
