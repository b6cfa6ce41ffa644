// The side panel: details and provenance of whatever node is chosen, the strike view (who claims,
// who disputes, who has no information, each claimant's casualty figures side by side) and a
// person's fate timeline.
import { api, enc, query } from "./api.js";
import { badge, clear, h, humanize, labelOfId, LABEL_COLORS, strikeTitle, webUrl } from "./dom.js";

const ENDPOINT = {
  Person: (id) => `/actors/${enc(id)}`,
  Group: (id) => `/actors/${enc(id)}`,
  Place: (id) => `/places/${enc(id)}`,
  Strike: (id) => `/strikes/${enc(id)}`,
  Claim: (id) => `/claims/${enc(id)}`,
};

function figureText(killed, wounded, qualifier) {
  const parts = [];
  if (killed !== null && killed !== undefined) parts.push(`${qualifier ? `${qualifier} ` : ""}${killed} killed`);
  if (wounded !== null && wounded !== undefined) parts.push(`${wounded} wounded`);
  return parts.join(", ");
}

// What a fate claim says, read with its stance: a denial that he was killed reads "not killed", an
// unconfirmed report "killed, unconfirmed"; only a claim made as such reads "killed".
export function fateReading(fate, stance) {
  if (stance === "disputed") return { text: `not ${fate}`, cls: "fate-denied", stance: "denied" };
  if (stance === "unconfirmed") return { text: `${fate}, unconfirmed`, cls: "fate-unconfirmed", stance };
  return { text: fate, cls: `fate-${fate}`, stance: "claimed" };
}

// "on 2024-03-05", "in the week of 2024-03-04", "in 2024-03 (month)", "in 2024 (year)", "date unknown".
export function dateWithPrecision(strike) {
  if (!strike.date) return "date unknown";
  const precision = strike.date_precision || "day";
  if (precision === "day") return `on ${strike.date}`;
  if (precision === "week") return `in the week of ${strike.date}`;
  return `in ${strike.date.slice(0, precision === "month" ? 7 : 4)} (to the ${precision})`;
}

// Dates beside figures only where a source gave more than one figure: there they tell a revision.
function sourcesRevise(sources, figure) {
  return sources.some((s) => s.figures.length > 1 && s.figures.includes(figure));
}

export class Panel {
  constructor(root, { onOpenNetwork, onFilterPlace, onSelect, onClose, onError }) {
    this.root = root;
    this.body = root.querySelector(".panel-body");
    this.onOpenNetwork = onOpenNetwork;
    this.onFilterPlace = onFilterPlace;
    this.onSelect = onSelect;
    this.onError = onError;
    this.token = 0;
    this.placeholder = [...this.body.childNodes];
    root.querySelector(".panel-close").addEventListener("click", onClose);
  }

  close() {
    this.token++;
    this.root.classList.remove("open");
    clear(this.body, this.placeholder);
  }

  /** Show the node `id` (label from the id's prefix when not given). */
  async show(id, label = labelOfId(id)) {
    const endpoint = ENDPOINT[label];
    if (!endpoint) return;
    const token = ++this.token;
    this.root.classList.add("open");
    clear(this.body, h("p", { class: "muted" }, "Loading…"));
    try {
      const data = await api(endpoint(id));
      if (token !== this.token) return;
      const view = {
        Person: () => this.actorView(data),
        Group: () => this.actorView(data),
        Place: () => this.placeView(data),
        Strike: () => this.strikeView(data),
        Claim: () => this.claimView(data),
      }[label]();
      clear(this.body, view);
      this.body.scrollTop = 0;
      if (label === "Person") await this.loadFate(id, token);
    } catch (error) {
      if (token !== this.token) return;
      clear(this.body, h("p", { class: "error" }, `Could not load ${id}: ${error.message}`));
      this.onError(error);
    }
  }

  // ------------------------------------------------------------------ building blocks

  chip(ref, label = ref.label || labelOfId(ref.id)) {
    return h(
      "button",
      {
        type: "button",
        class: "chip",
        style: { "--chip": LABEL_COLORS[label] || "#888" },
        title: `${label || ""} ${ref.id}`.trim(),
        onclick: () => this.select(ref.id),
      },
      ref.name || (ref.kind ? strikeTitle(ref) : ref.id),
    );
  }

  chips(refs) {
    return refs.length
      ? h(
          "span",
          { class: "chips" },
          refs.map((ref) => this.chip(ref)),
        )
      : h("span", { class: "muted" }, "—");
  }

  select(id) {
    this.onSelect(id);
  }

  header(label, title, ...extra) {
    return h(
      "header",
      { class: "panel-header" },
      h("div", { class: "kicker" }, badge(label), ...extra),
      h("h2", {}, title),
    );
  }

  actions(...buttons) {
    return h("div", { class: "actions" }, buttons);
  }

  section(title, count, ...content) {
    return h(
      "section",
      { class: "panel-section" },
      h("h3", {}, title, count === null ? null : h("span", { class: "count" }, count)),
      ...content,
    );
  }

  articleLink(article, title) {
    const href = webUrl(article.url);
    return href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, title) : title;
  }

  source(claim) {
    const article = claim.article || {};
    const title = article.title || article.source_name || "article";
    return h(
      "figcaption",
      {},
      article.outlet ? h("strong", {}, article.outlet) : null,
      claim.published || article.published ? ` · ${claim.published || article.published} · ` : " · ",
      this.articleLink(article, title),
    );
  }

  provenance(claim) {
    return h("figure", { class: "provenance" }, h("blockquote", {}, claim.sentence), this.source(claim));
  }

  claimItem(claim, { showSentence = true } = {}) {
    const figures = figureText(claim.killed, claim.wounded, claim.qualifier);
    return h(
      "li",
      { class: `claim-item${claim.disputed ? " is-disputed" : ""}` },
      h("button", { type: "button", class: "link claim-link", onclick: () => this.select(claim.id) }, claim.text),
      h(
        "div",
        { class: "claim-meta" },
        claim.published ? h("time", {}, claim.published) : null,
        claim.claimants?.length ? [" · by ", claim.claimants.map((a) => a.name).join(", ")] : null,
        claim.disputed ? h("span", { class: "tag tag-disputed" }, "disputed") : null,
        claim.stance && claim.stance !== "claimed"
          ? h("span", { class: `tag tag-${claim.stance}` }, claim.stance)
          : null,
        figures ? h("span", { class: "tag" }, figures) : null,
      ),
      showSentence && claim.sentence ? h("blockquote", { class: "sentence" }, claim.sentence) : null,
    );
  }

  // "50 of 4,647" when the API sent only the newest of a long list.
  shown(items, total) {
    return total > items.length ? `${items.length} of ${total.toLocaleString()}` : items.length;
  }

  claimList(title, claims, total) {
    if (!claims?.length) return null;
    return this.section(
      title,
      this.shown(claims, total),
      h(
        "ul",
        { class: "claim-list" },
        claims.map((c) => this.claimItem(c)),
      ),
    );
  }

  strikeItem(strike) {
    return h(
      "li",
      {},
      h("button", { type: "button", class: "link", onclick: () => this.select(strike.id) }, strikeTitle(strike)),
      h(
        "div",
        { class: "claim-meta" },
        figureText(strike.killed, strike.wounded) || "no toll given",
        ` · ${strike.claim_count ?? 0} claims`,
      ),
    );
  }

  strikeList(title, strikes, total) {
    if (!strikes?.length) return null;
    return this.section(
      title,
      this.shown(strikes, total),
      h(
        "ul",
        { class: "plain-list" },
        strikes.map((s) => this.strikeItem(s)),
      ),
    );
  }

  matrixButton(params, title) {
    const onclick = () => this.showMatrix(params, title);
    return h("button", { type: "button", class: "button matrix-button", onclick }, "Claims matrix");
  }

  // The claims matrix (GET /matrix) in the panel: sources down, strikes (or one strike's facts) across;
  // a cell opens the sentences behind it.
  async showMatrix(params, title) {
    const token = ++this.token;
    clear(this.body, h("p", { class: "muted" }, "Loading the claims matrix…"));
    try {
      const data = await api(`/matrix${query(params)}`);
      if (token !== this.token) return;
      clear(this.body, this.matrixView(data, title, token));
      this.body.scrollTop = 0;
    } catch (error) {
      if (token !== this.token) return;
      clear(this.body, h("p", { class: "error" }, `Could not load the claims matrix: ${error.message}`));
      this.onError(error);
    }
  }

  matrixView(data, title, token) {
    const byCell = new Map(data.cells.map((c) => [`${c.row}|${c.column}`, c]));
    const sentences = h("div", { class: "matrix-sentences" });
    const open = async (cell, source) => {
      clear(sentences, h("p", { class: "muted" }, "Loading…"));
      const claims = await Promise.all(cell.claim_ids.map((id) => api(`/claims/${enc(id)}`)));
      if (token !== this.token) return;
      clear(
        sentences,
        this.section(
          `${source.name || source.id}: ${cell.stance}`,
          claims.length,
          h("ul", { class: "claim-list" }, claims.map((c) => this.claimItem(c))),
        ),
      );
    };
    const cellButton = (row, column) => {
      const cell = byCell.get(`${row.id}|${column.id}`);
      if (!cell) return h("td", { class: "matrix-empty" }, "");
      return h(
        "td",
        {},
        h(
          "button",
          {
            type: "button",
            class: `matrix-cell stance-${cell.stance}`,
            title: `${row.name || row.id} · ${column.name}: ${cell.stance}`,
            dataset: { row: row.id, column: column.id },
            onclick: () => open(cell, row).catch(this.onError),
          },
          cell.stance,
          cell.figure ? h("span", { class: "matrix-figure" }, cell.figure) : null,
        ),
      );
    };
    return [
      this.header("Matrix", `Claims matrix: ${title || ""}`),
      data.truncated ? h("p", { class: "muted" }, "The latest 50 strikes are shown.") : null,
      data.rows.length
        ? h(
            "div",
            { class: "matrix-scroll" },
            h(
              "table",
              { class: "matrix" },
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  h("th", { scope: "col" }, "Source"),
                  data.columns.map((column) =>
                    h(
                      "th",
                      { scope: "col" },
                      column.kind === "strike"
                        ? h(
                            "button",
                            { type: "button", class: "link", onclick: () => this.select(column.id) },
                            column.name,
                          )
                        : column.name,
                    ),
                  ),
                ),
              ),
              h(
                "tbody",
                {},
                data.rows.map((row) =>
                  h(
                    "tr",
                    {},
                    h("th", { scope: "row" }, this.chip(row)),
                    data.columns.map((column) => cellButton(row, column)),
                  ),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, "Nobody claims anything here."),
      sentences,
    ];
  }

  networkButton(id) {
    return h("button", { type: "button", class: "button", onclick: () => this.onOpenNetwork(id) }, "Open its network");
  }

  // ------------------------------------------------------------------ views

  claimView(claim) {
    const figures = figureText(claim.killed, claim.wounded, claim.qualifier);
    return [
      this.header(
        "Claim",
        claim.text,
        claim.disputed ? h("span", { class: "tag tag-disputed" }, "disputed") : null,
        claim.stance && claim.stance !== "claimed"
          ? h("span", { class: `tag tag-${claim.stance}` }, claim.stance)
          : null,
        claim.fate ? this.fateTag(claim.fate, claim.stance) : null,
      ),
      this.section("Source sentence", null, this.provenance(claim)),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, "Claimed by"),
        h("dd", {}, this.chips(claim.claimants || [])),
        h("dt", {}, "Disputed by"),
        h("dd", {}, this.chips(claim.disputers || [])),
        h("dt", {}, "About"),
        h("dd", {}, this.chips(claim.about || [])),
        figures ? [h("dt", {}, "Figures"), h("dd", {}, figures)] : null,
        h("dt", {}, "Cue"),
        h("dd", {}, `“${claim.cue}”`),
        h("dt", {}, "Confidence"),
        h(
          "dd",
          {},
          claim.confidence === null || claim.confidence === undefined ? "—" : `${Math.round(claim.confidence * 100)}%`,
        ),
        h("dt", {}, "Offsets"),
        h("dd", {}, `characters ${claim.start}–${claim.end} of ${claim.article?.source_name || "the article"}`),
      ),
    ];
  }

  actorView(data) {
    const actor = data.actor;
    const aliases = (actor.aliases || []).filter((a) => a !== actor.name);
    const isPerson = actor.label === "Person";
    return [
      this.header(actor.label, actor.name, actor.kind ? h("span", { class: "tag" }, humanize(actor.kind)) : null),
      aliases.length ? h("p", { class: "aliases" }, "Also reported as: ", aliases.join(" · ")) : null,
      this.actions(this.networkButton(actor.id), this.matrixButton({ actor: actor.id }, actor.name)),
      isPerson ? h("div", { class: "fate-slot" }) : null,
      data.member_of?.length
        ? this.section(
            "Member of",
            null,
            h(
              "span",
              { class: "chips" },
              data.member_of.map((m) => [this.chip(m.group), h("span", { class: "role" }, humanize(m.role))]),
            ),
          )
        : null,
      data.members?.length
        ? this.section(
            "Members",
            null,
            h(
              "span",
              { class: "chips" },
              data.members.map((m) => [this.chip(m.person), h("span", { class: "role" }, humanize(m.role))]),
            ),
          )
        : null,
      this.claimList("Claims made", data.claims_made, data.totals?.claims_made),
      this.claimList("Claims it disputes", data.claims_disputed, data.totals?.claims_disputed),
      this.claimList("Claims about it", data.claims_about, data.totals?.claims_about),
      this.strikeList("Strikes carried out", data.strikes_carried_out, data.totals?.strikes_carried_out),
      this.strikeList("Strikes targeting it", data.strikes_targeted, data.totals?.strikes_targeted),
    ];
  }

  placeView(data) {
    const place = data.place;
    const coords =
      place.lat !== null && place.lat !== undefined ? `${place.lat.toFixed(2)}, ${place.lon.toFixed(2)}` : null;
    return [
      this.header(
        "Place",
        place.name,
        place.kind ? h("span", { class: "tag" }, humanize(place.kind)) : null,
        place.country_code ? h("span", { class: "tag" }, place.country_code) : null,
      ),
      data.ancestors?.length
        ? h(
            "nav",
            { class: "breadcrumb", "aria-label": "Inside" },
            "In ",
            data.ancestors.map((p, i) => [i ? " › " : "", this.chip(p, "Place")]),
          )
        : null,
      coords ? h("p", { class: "muted" }, `Coordinates ${coords}`) : null,
      this.actions(
        this.networkButton(place.id),
        this.matrixButton({ place: place.id }, place.name),
        h(
          "button",
          { type: "button", class: "button", onclick: () => this.onFilterPlace(place) },
          "Filter the network to this place",
        ),
      ),
      data.children?.length
        ? this.section(
            "Contains",
            data.children.length,
            h(
              "span",
              { class: "chips" },
              data.children.map((p) => this.chip(p, "Place")),
            ),
          )
        : null,
      this.strikeList("Strikes here", data.strikes, data.strikes_total) ||
        this.section("Strikes here", 0, h("p", { class: "muted" }, "No strike reported inside this place.")),
    ];
  }

  // One row per source: a source that revised its toll shows each figure in date order, never two rows
  // set against each other. Each figure says what it counts, with its qualifier ("at least 14 killed").
  figuresTable(sources) {
    if (!sources?.length) return h("p", { class: "muted" }, "No claimant gives a casualty figure.");
    const all = sources.flatMap((s) => s.figures);
    const max = Math.max(1, ...all.map((f) => Math.max(f.killed || 0, f.wounded || 0)));
    // A claim has one qualifier; it goes with its death toll, or its injuries when it gives no deaths.
    const qualifies = (f, kind) =>
      f.qualifier && (kind === "killed" || f.killed === null || f.killed === undefined);
    const value = (f, kind) =>
      f[kind] === null || f[kind] === undefined
        ? null
        : h(
            "button",
            {
              type: "button",
              class: "link bar-cell",
              title: "the claim and its sentence",
              dataset: { claim: f.claim_id },
              onclick: () => this.select(f.claim_id),
            },
            h("span", { class: `bar bar-${kind}`, style: { width: `${Math.max(4, (48 * f[kind]) / max)}px` } }),
            h(
              "span",
              { class: "bar-value" },
              qualifies(f, kind) ? h("span", { class: "qualifier" }, `${f.qualifier} `) : null,
              `${f[kind]} ${kind}`,
            ),
            f.published && sourcesRevise(sources, f) ? h("time", { class: "muted" }, f.published) : null,
          );
    const cell = (figures, kind) => {
      const values = figures.map((f) => value(f, kind)).filter(Boolean);
      return values.length ? h("div", { class: "figure-values" }, values) : h("span", { class: "muted" }, "—");
    };
    return h(
      "table",
      { class: "figures" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Source"),
          h("th", { scope: "col" }, "Killed"),
          h("th", { scope: "col" }, "Wounded"),
        ),
      ),
      h(
        "tbody",
        {},
        sources.map((source) =>
          h(
            "tr",
            { dataset: { claimant: source.claimant?.id || "" } },
            h(
              "th",
              { scope: "row" },
              source.claimant
                ? h(
                    "button",
                    { type: "button", class: "link", onclick: () => this.select(source.claimant.id) },
                    source.claimant.name,
                  )
                : h("span", { class: "muted" }, "unattributed"),
              source.figures.length > 1 ? h("span", { class: "tag" }, "revised") : null,
            ),
            h("td", {}, cell(source.figures, "killed")),
            h("td", {}, cell(source.figures, "wounded")),
          ),
        ),
      ),
    );
  }

  sideCard(actors, claim, verb) {
    return h(
      "li",
      { class: "side-card" },
      h(
        "div",
        { class: "side-line" },
        actors.length ? actors.map((a) => this.chip(a)) : h("span", { class: "muted" }, "unattributed"),
        h("span", { class: "verb" }, verb),
        h("button", { type: "button", class: "link", onclick: () => this.select(claim.id) }, claim.text),
        verb === "says" && claim.disputed ? h("span", { class: "tag tag-disputed" }, "disputed") : null,
      ),
      h("blockquote", { class: "sentence" }, claim.sentence),
      this.source(claim),
    );
  }

  strikeView(data) {
    // The API groups claims by how contested they are; the view groups the actors by what they say.
    const claims = data.claims || {};
    const all = [...(claims.claimed || []), ...(claims.disputed || []), ...(claims.unconfirmed || [])];
    const claimCards = all
      .filter((c) => c.stance !== "disputed" && c.stance !== "unconfirmed")
      .map((c) => this.sideCard(c.claimants || [], c, "says"));
    // A disputer's answer is shown beside the claim it answers, and not once more on its own.
    const answers = new Set((data.disputes || []).map((d) => d.answer?.id).filter(Boolean));
    const disputeCards = [
      ...(data.disputes || []).map((d) => this.disputeCard(d)),
      ...all
        .filter((c) => c.stance === "disputed" && !answers.has(c.id))
        .map((c) => this.sideCard(c.claimants || [], c, "denies")),
    ];
    const silentCards = all
      .filter((c) => c.stance === "unconfirmed")
      .map((c) => this.sideCard(c.claimants || [], c, "says"));
    const column = (title, cls, cards, empty) =>
      h(
        "div",
        { class: `side ${cls}` },
        h("h4", {}, title, h("span", { class: "count" }, cards.length)),
        cards.length ? h("ul", {}, cards) : h("p", { class: "muted" }, empty),
      );
    return [
      this.header("Strike", strikeTitle(data), h("span", { class: "tag strike-date" }, dateWithPrecision(data))),
      this.perpetratorLine(data),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, "Where"),
        h("dd", {}, data.place ? this.chip(data.place, "Place") : h("span", { class: "muted" }, "unknown")),
        h("dt", {}, "Carried out by"),
        h("dd", {}, this.chips(data.perpetrators || [])),
        h("dt", {}, "Targeted"),
        h("dd", {}, this.chips(data.targets || [])),
        h("dt", {}, "Toll on record"),
        h("dd", {}, figureText(data.killed, data.wounded) || "none given"),
      ),
      this.actions(this.networkButton(data.id), this.matrixButton({ strike: data.id }, strikeTitle(data))),
      this.section(
        "Casualty figures by source",
        data.figures_by_source?.length ?? 0,
        this.figuresTable(data.figures_by_source),
      ),
      h(
        "section",
        { class: "panel-section sides" },
        h("h3", {}, "Who says what"),
        column("Claims it", "side-claimed", claimCards, "Nobody claims it."),
        column("Disputes it", "side-disputed", disputeCards, "Nobody disputes it."),
        column("No information", "side-unconfirmed", silentCards, "No unconfirmed or no-information statements."),
      ),
      data.articles?.length
        ? this.section(
            "Reported in",
            data.articles.length,
            h(
              "ul",
              { class: "plain-list" },
              data.articles.map((a) =>
                h(
                  "li",
                  {},
                  this.articleLink(a, a.title || a.source_name),
                  h("div", { class: "claim-meta" }, [a.outlet, a.published].filter(Boolean).join(" · ")),
                ),
              ),
            ),
          )
        : null,
    ];
  }

  // "Carried out by Russian Aerospace Forces, according to Igor Konashenkov; denied or disputed by …".
  perpetratorLine(data) {
    const sources = data.perpetrator_sources || [];
    if (!sources.length) return h("p", { class: "perpetrators muted" }, "No perpetrator named.");
    return h(
      "p",
      { class: "perpetrators" },
      "Carried out by ",
      sources.map((p, i) => [
        i ? "; " : "",
        this.chip(p.perpetrator),
        p.according_to.length
          ? [" according to ", this.chips(p.according_to)]
          : h("span", { class: "muted" }, " (no claimant names it)"),
        p.disputed_by.length ? [", disputed by ", this.chips(p.disputed_by)] : null,
      ]),
    );
  }

  // A dispute: the disputed claim's sentence, and beside it the disputer's own, from the same article.
  disputeCard(dispute) {
    const claim = dispute.claim;
    return h(
      "li",
      { class: "side-card dispute-card", dataset: { claim: claim.id, disputer: dispute.disputer.id } },
      h(
        "div",
        { class: "side-line" },
        this.chip(dispute.disputer),
        h("span", { class: "verb" }, "disputes"),
        h("button", { type: "button", class: "link", onclick: () => this.select(claim.id) }, claim.text),
        claim.claimants?.length
          ? [h("span", { class: "verb" }, "by"), claim.claimants.map((a) => this.chip(a))]
          : null,
      ),
      h(
        "div",
        { class: "dispute-pair" },
        h(
          "figure",
          { class: "dispute-claim" },
          h("figcaption", {}, "The claim"),
          h("blockquote", { class: "sentence" }, claim.sentence),
        ),
        h(
          "figure",
          { class: "dispute-answer" },
          h("figcaption", {}, `${dispute.disputer.name || "The disputer"} says`),
          dispute.answer
            ? h("blockquote", { class: "sentence" }, dispute.answer.sentence)
            : h("p", { class: "muted" }, "No sentence of its own in this article."),
        ),
      ),
      this.source(claim),
    );
  }

  async loadFate(id, token) {
    const slot = this.body.querySelector(".fate-slot");
    if (!slot) return;
    try {
      const fate = await api(`/people/${enc(id)}/fate`);
      if (token !== this.token) return;
      clear(slot, this.fateTimeline(fate.events || []));
    } catch (error) {
      if (token === this.token) clear(slot, h("p", { class: "error" }, `Fate timeline unavailable: ${error.message}`));
    }
  }

  fateTag(fate, stance) {
    const reading = fateReading(fate, stance);
    return h("span", { class: `tag ${reading.cls}`, dataset: { stance: reading.stance } }, reading.text);
  }

  fateTimeline(events) {
    if (!events.length) return null;
    return this.section(
      "Fate timeline",
      events.length,
      h(
        "p",
        { class: "fate-summary" },
        events.map((e, i) => [i ? h("span", { class: "arrow" }, " → ") : null, this.fateTag(e.fate, e.stance)]),
      ),
      h(
        "ol",
        { class: "timeline" },
        events.map((e) =>
          h(
            "li",
            { class: `fate-event ${fateReading(e.fate, e.stance).cls}` },
            h(
              "div",
              { class: "timeline-head" },
              h("time", {}, e.date || "undated"),
              this.fateTag(e.fate, e.stance),
            ),
            h(
              "div",
              { class: "claim-meta" },
              "according to ",
              this.chips(e.claimants || e.claim.claimants || []),
              e.disputers?.length ? [" · disputed by ", this.chips(e.disputers)] : null,
            ),
            h("figure", { class: "provenance" }, h("blockquote", {}, e.claim.sentence), this.source(e.claim)),
          ),
        ),
      ),
    );
  }
}
