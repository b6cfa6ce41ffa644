// The map: strikes at their places' coordinates over country outlines (world-atlas through d3-geo and
// topojson-client, vendored under /assets), coloured by how contested each strike is.
import { api } from "./api.js";
import { clear } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
export const CONTEST = {
  none: { color: "#4c956c", text: "No dispute" },
  disputed: { color: "#e09f3e", text: "Disputed" },
  contradicted: { color: "#c1121f", text: "Reports contradict (perpetrator)" },
};

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

export class MapView {
  constructor(container, { onOpen }) {
    this.container = container;
    this.onOpen = onOpen;
    this.countries = null;
  }

  async outlines() {
    if (!this.countries) {
      const atlas = await api("/assets/countries-110m.json");
      this.countries = window.topojson.feature(atlas, atlas.objects.countries);
    }
    return this.countries;
  }

  // Draws `strikes` (GET /map's items); the view fits them, or the whole world when there are none.
  async render(strikes) {
    const countries = await this.outlines();
    const width = this.container.clientWidth || 800;
    const height = this.container.clientHeight || 500;
    const points = { type: "MultiPoint", coordinates: strikes.map((s) => [s.lon, s.lat]) };
    const projection = window.d3.geoNaturalEarth1();
    if (strikes.length) {
      projection.fitExtent([[40, 40], [width - 40, height - 40]], points);
      // One strike, or a cluster in one town, would zoom in to street level: keep a country in view.
      // (A single place fits at an infinite scale and an undefined translation: both are reset here.)
      projection.scale(Math.min(projection.scale(), 4000)).translate([width / 2, height / 2]);
      const [x, y] = projection([
        (Math.min(...strikes.map((s) => s.lon)) + Math.max(...strikes.map((s) => s.lon))) / 2,
        (Math.min(...strikes.map((s) => s.lat)) + Math.max(...strikes.map((s) => s.lat))) / 2,
      ]);
      const [tx, ty] = projection.translate();
      projection.translate([tx + width / 2 - x, ty + height / 2 - y]);
    } else {
      projection.fitSize([width, height], countries);
    }
    const path = window.d3.geoPath(projection);
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "map-svg" });
    const land = svg("g", { class: "countries" });
    for (const feature of countries.features) {
      const outline = svg("path", { d: path(feature) || "", class: "country" });
      outline.append(svg("title"));
      outline.firstChild.textContent = feature.properties.name;
      land.append(outline);
    }
    root.append(land);
    const dots = svg("g", { class: "strikes" });
    for (const strike of strikes) {
      const [x, y] = projection([strike.lon, strike.lat]);
      const dot = svg("circle", {
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: Math.min(6 + 2 * Math.sqrt(strike.claim_count), 16).toFixed(1),
        fill: CONTEST[strike.contest].color,
        class: `strike contest-${strike.contest}`,
        "data-id": strike.id,
        tabindex: "0",
        role: "button",
      });
      const title = svg("title");
      title.textContent = [strike.kind, strike.place, strike.date, CONTEST[strike.contest].text]
        .filter(Boolean)
        .join(" · ");
      dot.append(title);
      dot.addEventListener("click", () => this.onOpen(strike.id));
      dot.addEventListener("keydown", (event) => event.key === "Enter" && this.onOpen(strike.id));
      dots.append(dot);
    }
    root.append(dots);
    clear(this.container, root);
    return { strikes: strikes.length };
  }
}
