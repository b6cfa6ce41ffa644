// The Cypher console: the curated queries of cypher/ as a menu (GET /queries), an editor, JSON
// parameters, and results from the read-only POST /cypher.
import { api, enc } from "./api.js";
import { clear, h, labelOfId } from "./dom.js";

const ID_PATTERN = /^(person|group|place|strike|claim):[^\s]+$/;

export class CypherConsole {
  constructor(root, { onShowId }) {
    this.root = root;
    this.onShowId = onShowId;
    this.menu = root.querySelector("#query-menu");
    this.description = root.querySelector("#query-description");
    this.editor = root.querySelector("#cypher-editor");
    this.params = root.querySelector("#cypher-params");
    this.status = root.querySelector("#cypher-status");
    this.results = root.querySelector("#cypher-results");
    this.loaded = false;
    root.querySelector("#cypher-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.run();
    });
    this.menu.addEventListener("change", () => this.choose(this.menu.value));
    for (const field of [this.editor, this.params]) {
      field.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          this.run();
        }
      });
    }
  }

  async loadMenu() {
    if (this.loaded) return;
    this.loaded = true;
    try {
      const queries = await api("/queries");
      this.queries = new Map(queries.map((q) => [q.name, q]));
      const folders = new Map();
      for (const q of queries) {
        const folder = q.folder || "Queries";
        folders.set(folder, [...(folders.get(folder) || []), q]);
      }
      clear(
        this.menu,
        h("option", { value: "" }, `Curated queries (${queries.length})…`),
        [...folders].map(([folder, items]) =>
          h(
            "optgroup",
            { label: folder },
            items.map((q) => h("option", { value: q.name, title: q.description }, q.name.replaceAll("_", " "))),
          ),
        ),
      );
    } catch (error) {
      this.loaded = false;
      this.showError(`Could not load the curated queries: ${error.message}`);
    }
  }

  async choose(name) {
    if (!name) return;
    try {
      const query = await api(`/queries/${enc(name)}`);
      this.editor.value = query.text;
      this.params.value = JSON.stringify(query.example || {}, null, 2);
      this.description.textContent = query.description || "";
      this.menu.value = name;
    } catch (error) {
      this.showError(error.message);
    }
  }

  async run() {
    let params;
    try {
      params = this.params.value.trim() ? JSON.parse(this.params.value) : {};
    } catch (error) {
      return this.showError(`Parameters are not valid JSON: ${error.message}`);
    }
    if (params === null || typeof params !== "object" || Array.isArray(params)) {
      return this.showError('Parameters must be a JSON object, e.g. {"about": "Idlib"}');
    }
    const text = this.editor.value.trim();
    if (!text) return this.showError("Write a query or pick one from the menu.");
    this.root.dataset.state = "running";
    this.status.className = "status";
    this.status.textContent = "Running…";
    try {
      const result = await api("/cypher", { method: "POST", body: { query: text, params } });
      this.renderResult(result);
      this.root.dataset.state = "done";
    } catch (error) {
      this.root.dataset.state = "error";
      this.showError(error.message);
    }
  }

  showError(message) {
    this.status.className = "status error";
    this.status.textContent = message;
    clear(this.results);
  }

  renderResult({ columns = [], rows = [], truncated, elapsed_ms: elapsed }) {
    const time = typeof elapsed === "number" ? ` in ${elapsed.toFixed(elapsed < 10 ? 1 : 0)} ms` : "";
    this.status.className = "status";
    this.status.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"}${time}${truncated ? " — truncated by the server's limits" : ""}`;
    if (!columns.length) return clear(this.results, h("p", { class: "muted" }, "The query returned no columns."));
    clear(
      this.results,
      h(
        "table",
        { class: "results" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            columns.map((c) => h("th", { scope: "col" }, c)),
          ),
        ),
        h(
          "tbody",
          {},
          rows.map((row) =>
            h(
              "tr",
              {},
              row.map((value) => h("td", {}, this.cell(value))),
            ),
          ),
        ),
      ),
    );
  }

  cell(value) {
    if (value === null || value === undefined) return h("span", { class: "null" }, "null");
    if (typeof value === "string" && ID_PATTERN.test(value) && labelOfId(value)) {
      return h("button", { type: "button", class: "link id-link", onclick: () => this.onShowId(value) }, value);
    }
    if (typeof value === "string" && /^https?:\/\/\S+$/.test(value)) {
      return h("a", { href: value, target: "_blank", rel: "noopener noreferrer" }, value);
    }
    if (typeof value === "string" && value.length > 60) return h("span", { class: "long" }, value);
    if (typeof value === "string" && !/\s/.test(value)) return h("span", { class: "word" }, value);
    if (Array.isArray(value)) {
      if (value.every((v) => v === null || typeof v !== "object")) {
        return h(
          "span",
          { class: "list" },
          value.map((v, i) => [i ? ", " : "", this.cell(v)]),
        );
      }
      return h(
        "ul",
        { class: "cell-list" },
        value.map((v) => h("li", {}, this.cell(v))),
      );
    }
    if (typeof value === "object") {
      // Maps, and nodes or relationships as the server serialises them: their non-null entries inline.
      const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
      return h(
        "span",
        { class: "map" },
        entries.map(([k, v], i) => [i ? " · " : "", h("span", { class: "key" }, `${k}: `), this.cell(v)]),
      );
    }
    return String(value);
  }
}
