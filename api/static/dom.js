// Tiny DOM helpers. Everything from the graph is untrusted article text: it only ever goes in as
// text nodes or attribute values, never through innerHTML.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "style" && typeof value === "object") {
      for (const [prop, v] of Object.entries(value)) {
        if (prop.startsWith("--")) el.style.setProperty(prop, v);
        else el.style[prop] = v;
      }
    } else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// Node labels and colours, shared by the graph, the legend, badges and search results.
export const LABEL_COLORS = {
  Person: "#4e79a7",
  Group: "#f28e2b",
  Place: "#3f9f8f",
  Strike: "#7b5aa6",
  Claim: "#e9c46a",
  Article: "#9d9d9d",
};

export const EDGE_STYLES = {
  CLAIMED_BY: { color: "#2a9d4b", style: "solid", text: "claims (claimant → claim)" },
  DISPUTED_BY: { color: "#d62728", style: "dashed", text: "disputes (disputer ⊣ claim)" },
  ABOUT: { color: "#9aa0a6", style: "solid", text: "about" },
  LOCATED_IN: { color: "#3f9f8f", style: "dotted", text: "located in" },
  CARRIED_OUT_BY: { color: "#7b5aa6", style: "solid", text: "carried out by" },
  TARGETED: { color: "#e07b39", style: "solid", text: "targeted" },
  MEMBER_OF: { color: "#8a8a8a", style: "dashed", text: "member of" },
};

const ID_PREFIX_LABEL = { person: "Person", group: "Group", place: "Place", strike: "Strike", claim: "Claim" };

// Ids are "<kind>:<slug or hash>"; the prefix tells which endpoint describes the node.
export function labelOfId(id) {
  const prefix = typeof id === "string" ? id.split(":", 1)[0] : "";
  return ID_PREFIX_LABEL[prefix] || null;
}

const DARK_TEXT = new Set(["Claim", "Group"]); // light fills need dark text to stay readable

export function badge(label) {
  const style = { "--badge": LABEL_COLORS[label] || "#888", color: DARK_TEXT.has(label) ? "#1d232b" : "#fff" };
  return h("span", { class: "badge", style }, label);
}

// An article's link only when it is http(s): a `javascript:` or `data:` url in an href runs script
// for whoever clicks it. The API already drops them; this holds whatever a graph holds.
export function webUrl(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function humanize(word) {
  return word ? String(word).replaceAll("_", " ") : "";
}

export function strikeTitle(strike) {
  const where = strike.place ? ` · ${strike.place.name}` : "";
  return `${humanize(strike.kind || "strike")}${strike.date ? ` · ${strike.date}` : ""}${where}`;
}
