// The explorer page: search → who-claims-what network → details and provenance; filters; strike
// view; fate timeline; Cypher console. State lives in the URL hash so views can be shared and the
// back button works.
import { api, enc, query } from "./api.js";
import { SearchBox } from "./combobox.js";
import { CypherConsole } from "./console.js";
import { $, clear, EDGE_STYLES, h, LABEL_COLORS, labelOfId } from "./dom.js";
import { CONTEST, MapView } from "./map.js";
import { NetworkView } from "./network.js";
import { Panel } from "./panel.js";

const FILTERS = ["date_from", "date_to", "actor_kind", "disputed_only", "depth", "limit"];
const DEFAULTS = { depth: "2", limit: "1000" };

const filtersForm = $("#filters");
const placeInput = $("#place-filter");
const perpetratorInput = $("#perpetrator-filter");
let placeName = "";

function toast(message) {
  const box = $("#toast");
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (box.hidden = true), 6000);
}

const onError = (error) => toast(error.message);

// ------------------------------------------------------------------ state in the URL hash

function readHash() {
  return new URLSearchParams(location.hash.replace(/^#/, ""));
}

function navigate(changes) {
  const state = readHash();
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "" || value === false) state.delete(key);
    else state.set(key, value === true ? "true" : String(value));
  }
  const next = `#${state.toString()}`;
  if (next === location.hash || (next === "#" && !location.hash)) route();
  else location.hash = next;
}

function filtersFromForm() {
  const form = new FormData(filtersForm);
  const values = Object.fromEntries(FILTERS.map((key) => [key, form.get(key) || ""]));
  values.disputed_only = form.get("disputed_only") === "on";
  for (const [key, value] of Object.entries(DEFAULTS)) if (values[key] === value) values[key] = "";
  return values;
}

function formFromState(state) {
  for (const key of FILTERS) {
    const field = filtersForm.elements[key];
    if (field.type === "checkbox") field.checked = state.get(key) === "true";
    else field.value = state.get(key) || DEFAULTS[key] || "";
  }
  placeName = state.get("place_name") || "";
  placeInput.value = placeName;
  perpetratorInput.value = state.get("perpetrator_name") || "";
}

// ------------------------------------------------------------------ parts

const network = new NetworkView($("#cy"), {
  onSelect: (data) => navigate({ node: data.id }),
  onOpen: (data) => {
    if (data.label !== "Claim") navigate({ id: data.id, node: data.id, view: null });
  },
});

const panel = new Panel($("#panel"), {
  onOpenNetwork: (id) => navigate({ id, node: id, view: null }),
  onFilterPlace: (place) => navigate({ place: place.id, place_name: place.name, view: null }),
  onSelect: (id) => navigate({ node: id }),
  onClose: () => navigate({ node: null }),
  onError,
});

const cypherConsole = new CypherConsole($("#console-view"), {
  onShowId: (id) => navigate({ node: id }),
});

new SearchBox($("#search"), {
  types: "Person,Group,Place,Strike",
  onPick: (item) => navigate({ id: item.id, node: item.id, view: null }),
  onError,
});

const strikeMap = new MapView($("#map"), { onOpen: (id) => navigate({ node: id }) });

new SearchBox(placeInput, {
  types: "Place",
  limit: 8,
  onPick: (item) => navigate({ place: item.id, place_name: item.name }),
  onError,
});

new SearchBox(perpetratorInput, {
  types: "Person,Group",
  limit: 8,
  onPick: (item) => navigate({ perpetrator: item.id, perpetrator_name: item.name }),
  onError,
});

// ------------------------------------------------------------------ routing

let shownNetwork = "";
let shownNode = "";

async function loadNetwork(state) {
  const params = {
    id: state.get("id"),
    depth: state.get("depth") || DEFAULTS.depth,
    limit: state.get("limit") || DEFAULTS.limit,
    date_from: state.get("date_from"),
    date_to: state.get("date_to"),
    place: state.get("place"),
    actor_kind: state.get("actor_kind"),
    disputed_only: state.get("disputed_only") === "true" ? "true" : null,
  };
  const key = query(params);
  if (key === shownNetwork) return;
  shownNetwork = key;
  const status = $("#network-status");
  document.body.dataset.network = "loading";
  status.textContent = "Loading the network…";
  $("#welcome").hidden = true;
  try {
    const payload = await api(`/network${key}`);
    if (key !== shownNetwork) return;
    // Let the status paint before a big layout blocks the main thread.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const drawn = network.render(payload);
    const parts = [
      `${drawn.nodes} nodes`,
      `${drawn.edges} edges`,
      `${drawn.disputedEdges} disputed`,
      `laid out in ${drawn.layoutMs} ms`,
    ];
    status.textContent =
      parts.join(" · ") + (payload.truncated ? " — truncated: raise the limit or narrow the filters" : "");
    status.classList.toggle("warning", Boolean(payload.truncated));
    document.body.dataset.network = drawn.nodes ? "ready" : "empty";
    document.body.dataset.layoutMs = String(drawn.layoutMs);
    if (!drawn.nodes) status.textContent = "Nothing matches these filters.";
    const node = state.get("node");
    if (node) network.select(node);
  } catch (error) {
    shownNetwork = "";
    document.body.dataset.network = "error";
    status.textContent = `Could not load the network: ${error.message}`;
    onError(error);
  }
}

let shownMap = null; // "" is the key of an unfiltered map

async function loadMap(state) {
  const key = query({
    date_from: state.get("date_from"),
    date_to: state.get("date_to"),
    place: state.get("place"),
    perpetrator: state.get("perpetrator"),
  });
  if (key === shownMap) return;
  shownMap = key;
  const status = $("#map-status");
  document.body.dataset.map = "loading";
  status.textContent = "Loading the map…";
  try {
    const payload = await api(`/map${key}`);
    if (key !== shownMap) return;
    const drawn = await strikeMap.render(payload.strikes);
    const disputed = payload.strikes.filter((s) => s.contest !== "none").length;
    status.textContent = drawn.strikes
      ? `${drawn.strikes} strikes with known places · ${disputed} contested` +
        (payload.truncated ? " — truncated: narrow the filters" : "")
      : "No strike with a known place matches these filters.";
    document.body.dataset.map = drawn.strikes ? "ready" : "empty";
  } catch (error) {
    shownMap = null;
    document.body.dataset.map = "error";
    status.textContent = `Could not load the map: ${error.message}`;
    onError(error);
  }
}

function showView(view) {
  document.body.dataset.view = view;
  $("#map-view").hidden = view !== "map";
  $("#network-view").hidden = view !== "network";
  $("#console-view").hidden = view !== "console";
  for (const button of document.querySelectorAll(".views button")) {
    button.setAttribute("aria-pressed", String(button.dataset.view === view));
  }
  if (view === "console") cypherConsole.loadMenu();
}

function route() {
  const state = readHash();
  formFromState(state);
  const view = ["console", "map"].includes(state.get("view")) ? state.get("view") : "network";
  showView(view);
  if (view === "map") {
    loadMap(state);
  } else if (!state.get("id")) {
    shownNetwork = "";
    network.clear();
    $("#welcome").hidden = false;
    $("#network-status").textContent = "";
    document.body.dataset.network = "none";
  } else if (view === "network") {
    network.resize(); // its container had no size while the console was shown
    loadNetwork(state);
  }
  const node = state.get("node");
  if (node && node !== shownNode) {
    network.select(node);
    panel.show(node);
  } else if (!node && shownNode) {
    panel.close();
  }
  shownNode = node || "";
}

// ------------------------------------------------------------------ static bits

function legend() {
  clear(
    $("#map-legend"),
    Object.values(CONTEST).map((look) =>
      h("li", {}, h("span", { class: "dot", style: { background: look.color } }), look.text),
    ),
  );
  clear(
    $("#legend-nodes"),
    Object.keys(LABEL_COLORS)
      .filter((label) => label !== "Article")
      .map((label) =>
        h(
          "li",
          {},
          h("span", { class: `swatch swatch-${label.toLowerCase()}`, style: { background: LABEL_COLORS[label] } }),
          label,
        ),
      ),
  );
  clear(
    $("#legend-edges"),
    Object.entries(EDGE_STYLES).map(([type, look]) =>
      h("li", {}, h("span", { class: "line", style: { borderTop: `3px ${look.style} ${look.color}` } }), look.text),
    ),
  );
}

// A curated query of cypher/ run through the read-only console endpoint, rows as objects.
async function curatedRows(name, params) {
  const named = await api(`/queries/${enc(name)}`);
  const result = await api("/cypher", {
    method: "POST",
    body: { query: named.text, params: { ...named.example, ...params } },
  });
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i]])));
}

async function welcome() {
  try {
    const stats = await api("/stats");
    const n = stats.nodes || {};
    $("#stats").textContent =
      `${n.Claim ?? 0} claims · ${(n.Person ?? 0) + (n.Group ?? 0)} actors · ${n.Strike ?? 0} strikes · ${n.Article ?? 0} articles`;
  } catch (error) {
    onError(error);
  }
  const pick = (id, text, count) =>
    h(
      "button",
      {
        type: "button",
        class: "chip",
        style: { "--chip": LABEL_COLORS[labelOfId(id)] },
        onclick: () => navigate({ id, node: id }),
      },
      text,
      count ? h("span", { class: "count" }, count) : null,
    );
  try {
    const voices = await curatedRows("top_claimants", { limit: 10 });
    const contested = (await curatedRows("contested_events", {})).slice(0, 8);
    clear(
      $("#suggestions"),
      voices.length
        ? [
            h("h2", {}, "Most active voices"),
            h(
              "div",
              { class: "chips" },
              voices.map((v) => pick(v.actor_id, v.actor, v.claims_made)),
            ),
          ]
        : h("p", { class: "muted" }, "The graph is empty: ingest some articles first (kg ingest PATH)."),
      contested.length
        ? [
            h("h2", {}, "Contested strikes"),
            h(
              "div",
              { class: "chips" },
              contested.map((s) =>
                pick(
                  s.strike_id,
                  [s.kind, s.date, s.place].filter(Boolean).join(" · "),
                  `${s.claims} claim${s.claims === 1 ? "" : "s"}`,
                ),
              ),
            ),
          ]
        : null,
    );
  } catch (error) {
    clear($("#suggestions"), h("p", { class: "muted" }, `No suggestions: ${error.message}`));
  }
}

// ------------------------------------------------------------------ wiring

filtersForm.addEventListener("change", (event) => {
  if (event.target === placeInput) return; // the place box applies when a place is picked
  navigate(filtersFromForm());
});
filtersForm.addEventListener("reset", () =>
  setTimeout(() =>
    navigate({ ...filtersFromForm(), place: null, place_name: null, perpetrator: null, perpetrator_name: null }),
  ),
);
$("#place-clear").addEventListener("click", () => navigate({ place: null, place_name: null }));
$("#perpetrator-clear").addEventListener("click", () => navigate({ perpetrator: null, perpetrator_name: null }));
placeInput.addEventListener("blur", () => {
  if (!placeInput.value.trim() && placeName) navigate({ place: null, place_name: null });
});
for (const button of document.querySelectorAll(".views button")) {
  button.addEventListener("click", () => navigate({ view: button.dataset.view === "network" ? null : button.dataset.view }));
}
$("#fit").addEventListener("click", () => network.fit());
$("#relayout").addEventListener("click", () => network.relayout());
document.addEventListener("keydown", (event) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName);
  if (event.key === "/" && !typing) {
    event.preventDefault();
    $("#search").focus();
  }
});
window.addEventListener("hashchange", route);
if (matchMedia("(max-width: 760px)").matches) $("#filters-box").open = false;

// For people poking around in devtools, and for the browser tests.
window.claimgraph = { network, panel, console: cypherConsole, map: strikeMap };

legend();
welcome();
route();
