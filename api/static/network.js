// The who-claims-what network drawn with Cytoscape.js (installed from npm, served under /assets/).
// Small graphs get a force-directed fcose layout; big ones (up to the API's 2,000 nodes) get its
// fast spectral "draft" pass, haystack edges, no arrows, and labels only when zoomed in.
import { EDGE_STYLES, LABEL_COLORS } from "./dom.js";

const cytoscape = window.cytoscape;
const hasFcose = Boolean(window.cytoscapeFcose);
if (hasFcose) cytoscape.use(window.cytoscapeFcose);

const BIG_GRAPH = 600; // nodes; above it drawing switches to the fast settings
const DETAILED_LAYOUT = 250; // nodes; up to it fcose refines the spectral layout fully

// Claims keep the API's caption, a whole short phrase, wrapped; other names are cut at a word.
function shortLabel(data) {
  const text = data.name || data.id;
  if (data.label === "Claim" || text.length <= 42) return text;
  return `${text.slice(0, 41).replace(/\s+\S*$/, "")}…`;
}

// The graph stores claim → actor; the view reads "claimant → claim" and "disputer ⊣ claim".
const READ_FROM_ACTOR = new Set(["CLAIMED_BY", "DISPUTED_BY"]);

function asRead(data) {
  return READ_FROM_ACTOR.has(data.type) ? { ...data, source: data.target, target: data.source } : data;
}

// Claims are fixed small tags (see the stylesheet); actors, strikes and places grow with their claims.
function nodeSize(data, maxClaims) {
  const share = Math.sqrt((data.claim_count || 0) / Math.max(maxClaims, 1));
  return Math.round(20 + 44 * share);
}

function elementsOf(payload) {
  const raw = payload.elements || { nodes: [], edges: [] };
  const nodes = new Map();
  for (const node of raw.nodes || []) if (node.data && !nodes.has(node.data.id)) nodes.set(node.data.id, node.data);
  const maxClaims = Math.max(
    1,
    ...[...nodes.values()].filter((d) => d.label !== "Claim").map((d) => d.claim_count || 0),
  );
  const edges = (raw.edges || []).filter((e) => e.data && nodes.has(e.data.source) && nodes.has(e.data.target));
  const disputed = new Set(edges.filter((e) => e.data.type === "DISPUTED_BY").map((e) => e.data.source));
  const seenEdges = new Set();
  return [
    ...[...nodes.values()].map((data) => ({
      group: "nodes",
      data: { ...data, short: shortLabel(data), size: nodeSize(data, maxClaims) },
      classes: [
        data.id === payload.center ? "center" : "",
        data.disputed || disputed.has(data.id) ? "disputed" : "",
        data.hub ? "hub" : "",
      ]
        .join(" ")
        .trim(),
    })),
    ...edges
      .map((e, index) => ({ group: "edges", data: asRead({ ...e.data, id: e.data.id || `e${index}` }) }))
      .filter((e) => !seenEdges.has(e.data.id) && seenEdges.add(e.data.id)),
  ];
}

function stylesheet(big) {
  const nodeRules = Object.entries(LABEL_COLORS).map(([label, color]) => ({
    selector: `node[label = "${label}"]`,
    style: { "background-color": color },
  }));
  const edgeRules = Object.entries(EDGE_STYLES).map(([type, look]) => ({
    selector: `edge[type = "${type}"]`,
    style: { "line-color": look.color, "target-arrow-color": look.color, "line-style": look.style },
  }));
  return [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        label: "data(short)",
        "font-size": 11,
        "font-family": "system-ui, sans-serif",
        color: "#1d232b",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-wrap": "ellipsis",
        "text-max-width": 140,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.75,
        "text-background-padding": 1,
        "min-zoomed-font-size": big ? 12 : 7, // compared at power-of-two zoom steps
        "border-width": 1,
        "border-color": "#ffffff",
      },
    },
    ...nodeRules,
    {
      selector: 'node[label = "Claim"]',
      style: {
        shape: "round-rectangle",
        width: 22,
        height: 14,
        "font-size": 9,
        "border-color": "#a8893a",
        "text-wrap": "wrap",
        "text-max-width": 150,
      },
    },
    { selector: 'node[label = "Strike"]', style: { shape: "round-diamond" } },
    { selector: 'node[label = "Place"]', style: { shape: "round-triangle" } },
    { selector: "node.disputed", style: { "border-color": "#d62728", "border-width": 3 } },
    { selector: "node.center", style: { "border-color": "#1d232b", "border-width": 4, "z-index": 10 } },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "curve-style": big ? "haystack" : "bezier",
        "target-arrow-shape": big ? "none" : "triangle",
        "arrow-scale": 0.8,
        opacity: 0.85,
      },
    },
    ...edgeRules,
    { selector: 'edge[type = "CLAIMED_BY"]', style: { width: 2.5 } },
    {
      selector: 'edge[type = "DISPUTED_BY"]',
      style: { width: 3, "line-dash-pattern": [7, 4], "target-arrow-shape": big ? "none" : "tee" },
    },
    { selector: "node.hub", style: { "border-style": "double", "border-width": 4, "border-color": "#8a8a8a" } },
    { selector: "node:selected", style: { "border-color": "#0b57d0", "border-width": 5, "z-index": 20 } },
    { selector: ".faded", style: { opacity: 0.18 } },
  ];
}

function layoutOptions(count) {
  const detailed = count <= DETAILED_LAYOUT;
  if (!hasFcose) return { name: detailed ? "cose" : "concentric", animate: false };
  return {
    name: "fcose",
    quality: detailed ? "default" : "draft", // draft: the spectral pass only, no force iterations
    animate: false,
    randomize: true,
    nodeRepulsion: () => 7000,
    idealEdgeLength: (edge) => (edge.data("type") === "ABOUT" ? 60 : 85),
  };
}

// The spectral pass puts nodes with the same neighbours (say, 500 claims by one ministry about one
// strike) on the very same spot. Fan each such pile out on a sunflower spiral so every node can be
// seen and clicked; linear time, unlike more force-directed iterations.
function spreadPiles(cy, cell = 18, step = 15) {
  const piles = new Map();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    const key = `${Math.round(x / cell)},${Math.round(y / cell)}`;
    if (!piles.has(key)) piles.set(key, []);
    piles.get(key).push(node);
  });
  const golden = Math.PI * (3 - Math.sqrt(5));
  cy.batch(() => {
    for (const pile of piles.values()) {
      if (pile.length < 2) continue;
      const { x, y } = pile[0].position();
      pile.forEach((node, i) => {
        const radius = step * Math.sqrt(i);
        node.position({ x: x + radius * Math.cos(i * golden), y: y + radius * Math.sin(i * golden) });
      });
    }
  });
}

export class NetworkView {
  constructor(container, { onSelect, onOpen }) {
    this.container = container;
    this.onSelect = onSelect;
    this.onOpen = onOpen;
    this.cy = null;
  }

  /** Draw a /network answer; returns what the status line shows. */
  render(payload) {
    const elements = elementsOf(payload);
    const nodeCount = elements.filter((e) => e.group === "nodes").length;
    const big = nodeCount > BIG_GRAPH;
    const started = performance.now();
    this.cy?.destroy();
    const cy = cytoscape({
      container: this.container,
      elements,
      style: stylesheet(big),
      layout: { name: "preset" },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : "auto",
    });
    this.cy = cy;
    this.layout();
    if (payload.center && cy.$id(payload.center).nonempty()) cy.$id(payload.center).select();
    cy.on("tap", "node", (event) => this.onSelect(event.target.data()));
    cy.on("dbltap", "node", (event) => this.onOpen(event.target.data()));
    if (!big) {
      cy.on("mouseover", "node", (event) => {
        const keep = event.target.closedNeighborhood();
        cy.elements().not(keep).addClass("faded");
      });
      cy.on("mouseout", "node", () => cy.elements().removeClass("faded"));
    }
    return {
      nodes: nodeCount,
      edges: cy.edges().length,
      disputedEdges: cy.edges('[type = "DISPUTED_BY"]').length,
      layoutMs: Math.round(performance.now() - started),
    };
  }

  select(id) {
    if (!this.cy) return;
    const node = this.cy.$id(id);
    if (node.empty()) return;
    this.cy.$(":selected").unselect();
    node.select();
  }

  resize() {
    this.cy?.resize();
  }

  fit() {
    this.cy?.fit(undefined, 30);
  }

  /** Lay out synchronously (animation off), before the renderer's first frame. */
  layout() {
    const cy = this.cy;
    const count = cy.nodes().length;
    cy.layout({ ...layoutOptions(count), fit: false }).run();
    if (count > DETAILED_LAYOUT) spreadPiles(cy);
    cy.fit(undefined, 30);
  }

  relayout() {
    if (this.cy) this.layout();
  }

  clear() {
    this.cy?.destroy();
    this.cy = null;
  }
}
