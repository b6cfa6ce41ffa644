"""Reads the API's shapes out of the graph through the named `cypher/api_*.cypher` queries.

Lists are two steps: a page query filters and orders ids (and counts them), then a summary query
fetches those ids. Detail views reuse the same summary queries, so a claim or strike looks the same
wherever it appears.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from api import models as m
from graph.db import Graph
from graph.errors import NotFound
from graph.queries import QueryLibrary

# Claims or strikes per list in a detail view, the newest; /claims and /strikes page the rest. At 200 a
# hub actor answered ~700 KB and took most of a second on a 10,000-article graph (see BENCHMARKS.md).
DETAIL_CAP = 50
QUERIES = (
    "api_ping", "api_stats_labels", "api_stats_relationships", "api_search_names", "api_actors_page",
    "api_actor_summaries", "api_actor_detail", "api_claims_page", "api_claim_summaries", "api_strikes_page",
    "api_strike_summaries", "api_strike_detail", "api_places_page", "api_place_refs", "api_place_detail",
    "api_person_fate", "api_network_expand", "api_network_nodes", "api_place_scope", "api_graph_version",
    "api_node_find", "api_article_find", "api_articles_page", "api_article_summaries", "api_article_detail",
    "api_matrix_actor_strikes", "api_map_strikes",
)  # fmt: skip
ACTOR_CLAIM_LISTS = ("claims_made", "claims_disputed", "claims_about")
ACTOR_STRIKE_LISTS = ("strikes_carried_out", "strikes_targeted")


def unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def dated(pairs: list[list], *, newest: bool = True, cap: int = DETAIL_CAP) -> tuple[list[str], int]:
    """From a detail query's [date, id] pairs: the ids of the `cap` newest (or oldest), undated last,
    and how many ids there are. Sorting here costs a fraction of what ORDER BY in the query does."""
    undated = "" if newest else "\uffff"
    ordered = sorted(pairs, key=lambda p: (p[0] or undated, p[1]), reverse=newest)
    ids = unique(i for _, i in ordered)
    return ids[:cap], len(ids)


def strike_name(kind: str | None, date: str | None, place: str | None = None) -> str:
    """Strikes have no name; this is how people refer to one: "airstrike, Kafr Nabl, 2024-03-05"."""
    return ", ".join(x for x in ((kind or "strike").replace("_", " "), place, date) if x)


def _claim(row: dict[str, Any]) -> m.ClaimDetail:
    claim = row["claim"]
    about = [
        {**t, "name": t.get("name") or strike_name(t.get("kind"), t.get("date"))}
        if t["label"] == "Strike"
        else t
        for t in row["about"]
    ]
    return m.ClaimDetail(
        **claim,
        article=row["article"],
        claimants=row["claimants"],
        disputers=row["disputers"],
        disputed=claim.get("stance") == "disputed" or bool(row["disputers"]),
        about=about,
    )


class Store:
    """The graph as the API sees it: pages, summaries and detail views."""

    def __init__(self, graph: Graph, queries: QueryLibrary):
        self.graph = graph
        self.q = queries

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        return self.graph.read(self.q[name], **params)

    def rows(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """The items of a query that returns one row, `collect({...}) AS rows`: the driver's cost is per
        row received, ~15 µs each, so a list of 1,200 edges in one row reads 15x cheaper than 1,200 rows."""
        return self.read(name, **params)[0]["rows"]

    def _page(self, name: str, offset: int, limit: int, **filters: Any) -> tuple[int, list[str]]:
        row = self.read(name, offset=offset, limit=limit, **filters)[0]
        return row["total"], row["ids"]

    # ------------------------------------------------------------------ summaries by id

    def claims(self, ids: Iterable[str]) -> list[m.ClaimDetail]:
        ids = unique(ids)
        if not ids:
            return []
        found = {c.id: c for c in map(_claim, self.rows("api_claim_summaries", ids=ids))}
        return [found[i] for i in ids if i in found]

    def strikes(self, ids: Iterable[str]) -> list[m.StrikeSummary]:
        ids = unique(ids)
        if not ids:
            return []
        found = {}
        for row in self.rows("api_strike_summaries", ids=ids):
            found[row["strike"]["id"]] = m.StrikeSummary(
                **row["strike"], place=row["place"], perpetrators=row["perpetrators"], targets=row["targets"],
                claim_count=row["claim_count"],
            )  # fmt: skip
        return [found[i] for i in ids if i in found]

    def actors(self, ids: Iterable[str]) -> list[m.ActorListItem]:
        ids = unique(ids)
        if not ids:
            return []
        rows = self.rows("api_actor_summaries", ids=ids)
        found = {r["actor"]["id"]: m.ActorListItem(**r["actor"], claim_count=r["claim_count"]) for r in rows}
        return [found[i] for i in ids if i in found]

    def places(self, ids: Iterable[str]) -> list[m.PlaceRef]:
        ids = unique(ids)
        if not ids:
            return []
        found = {r["place"]["id"]: m.PlaceRef(**r["place"]) for r in self.rows("api_place_refs", ids=ids)}
        return [found[i] for i in ids if i in found]

    def articles(self, ids: Iterable[str]) -> list[m.ArticleListItem]:
        ids = unique(ids)
        if not ids:
            return []
        found = {
            r["article"]["id"]: m.ArticleListItem(
                **r["article"], claim_count=r["claim_count"], strike_count=r["strike_count"]
            )
            for r in self.rows("api_article_summaries", ids=ids)
        }
        return [found[i] for i in ids if i in found]

    # ------------------------------------------------------------------ pages

    def actor_page(
        self, offset: int, limit: int, label: str | None, kind: str | None
    ) -> m.Page[m.ActorListItem]:
        total, ids = self._page("api_actors_page", offset, limit, label=label, kind=kind)
        return m.Page[m.ActorListItem](items=self.actors(ids), total=total, offset=offset, limit=limit)

    def _dated(self, name: str, items, offset: int, limit: int, **filters: Any) -> m.DatedPage:
        row = self.read(name, offset=offset, limit=limit, **filters)[0]
        return m.DatedPage(
            items=items(row["ids"]), total=row["total"], undated=row["undated"], offset=offset, limit=limit
        )

    def claim_page(self, offset: int, limit: int, **filters: Any) -> m.DatedPage[m.ClaimSummary]:
        return self._dated("api_claims_page", self.claims, offset, limit, **filters)

    def map_strikes(self, limit: int, **filters: Any) -> m.StrikeMap:
        rows = self.rows("api_map_strikes", limit=limit + 1, **filters)
        return m.StrikeMap(strikes=[m.MapStrike(**r) for r in rows[:limit]], truncated=len(rows) > limit)

    def strike_page(self, offset: int, limit: int, **filters: Any) -> m.DatedPage[m.StrikeSummary]:
        return self._dated("api_strikes_page", self.strikes, offset, limit, **filters)

    def article_page(self, offset: int, limit: int, q: str | None) -> m.DatedPage[m.ArticleListItem]:
        return self._dated("api_articles_page", self.articles, offset, limit, q=q)

    def place_page(self, offset: int, limit: int, kind: str | None) -> m.Page[m.PlaceRef]:
        total, ids = self._page("api_places_page", offset, limit, kind=kind)
        return m.Page[m.PlaceRef](items=self.places(ids), total=total, offset=offset, limit=limit)

    # ------------------------------------------------------------------ detail views

    def claim(self, claim_id: str) -> m.ClaimDetail:
        found = self.claims([claim_id])
        if not found:
            raise NotFound(f"no claim with id {claim_id!r}")
        return found[0]

    def actor(self, actor_id: str) -> m.ActorDetail:
        rows = self.read("api_actor_detail", id=actor_id)
        if not rows:
            raise NotFound(f"no person or group with id {actor_id!r}")
        row = rows[0]
        lists = {key: dated(row[key]) for key in ACTOR_CLAIM_LISTS + ACTOR_STRIKE_LISTS}
        totals = {key: total for key, (_, total) in lists.items()}
        claim_ids = [i for key in ACTOR_CLAIM_LISTS for i in lists[key][0]]
        strike_ids = [i for key in ACTOR_STRIKE_LISTS for i in lists[key][0]]
        found = {c.id: c for c in self.claims(claim_ids)} | {s.id: s for s in self.strikes(strike_ids)}
        return m.ActorDetail(
            actor=row["actor"],
            **{key: [found[i] for i in ids if i in found] for key, (ids, _) in lists.items()},
            totals=m.ActorTotals(**totals), member_of=row["member_of"], members=row["members"],
        )  # fmt: skip

    def strike(self, strike_id: str) -> m.StrikeDetail:
        found = self.strikes([strike_id])
        if not found:
            raise NotFound(f"no strike with id {strike_id!r}")
        strike = found[0]
        detail = self.read("api_strike_detail", id=strike_id)[0]
        claims = self.claims(dated(detail["claims"], newest=False)[0])  # oldest first, undated last
        grouped: dict[str, list[m.ClaimSummary]] = {"claimed": [], "disputed": [], "unconfirmed": []}
        for claim in claims:
            grouped[stance_of(claim)].append(claim)
        figures = [
            m.Figure(
                claimant=claimant, killed=c.killed, wounded=c.wounded, qualifier=c.qualifier, claim_id=c.id,
                published=c.published,
            )
            for c in claims
            if c.killed is not None or c.wounded is not None
            for claimant in (c.claimants if c.claimants else [None])
        ]  # fmt: skip
        names = {p["id"]: p["names"] for p in detail["perpetrator_names"]}
        sources = [perpetrator_source(p, names.get(p.id, []), claims) for p in strike.perpetrators]
        articles = sorted(detail["articles"], key=lambda a: (a.get("published") or "", a["id"]))
        return m.StrikeDetail(
            **strike.model_dump(), claims=m.ClaimsByStance(**grouped), figures=figures,
            figures_by_source=by_source(figures), disputes=disputes(claims),
            perpetrator_sources=sources, articles=articles,
        )  # fmt: skip

    def article(self, article_id: str) -> m.ArticleDetail:
        found = self.articles([article_id])
        if not found:
            raise NotFound(f"no article with id {article_id!r}")
        detail = self.read("api_article_detail", id=article_id)[0]
        claim_ids = [i for _, i in sorted(detail["claims"], key=lambda p: (p[0] is None, p[0] or 0, p[1]))]
        return m.ArticleDetail(
            article=found[0], claims=self.claims(claim_ids), strikes=self.strikes(sorted(detail["strikes"]))
        )

    def place(self, place_id: str) -> m.PlaceDetail:
        rows = self.read("api_place_detail", id=place_id)
        if not rows:
            raise NotFound(f"no place with id {place_id!r}")
        row = rows[0]
        ancestors = sorted(row["ancestors"], key=lambda a: a["distance"])
        strike_ids, strikes_total = dated(row["strikes"])
        return m.PlaceDetail(
            place=row["place"],
            ancestors=unique_by_id(a["place"] for a in ancestors),
            children=sorted(unique_by_id(row["children"]), key=lambda p: (p["name"] or "").lower()),
            strikes=self.strikes(strike_ids),
            strikes_total=strikes_total,
        )

    def fate(self, person_id: str) -> m.FateTimeline:
        rows = self.read("api_person_fate", id=person_id)
        if not rows:
            raise NotFound(f"no person with id {person_id!r}")
        events = [
            m.FateEvent(
                claim=c, fate=c.fate, stance=c.stance or "claimed", date=c.published,
                claimants=c.claimants, disputers=c.disputers,
            )
            for c in self.claims(rows[0]["claim_ids"])
            if c.fate
        ]  # fmt: skip
        return m.FateTimeline(person=rows[0]["person"], events=events)


def stance_of(claim: m.ClaimSummary) -> str:
    """How contested a claim is: unconfirmed, disputed (a denial, or someone disputes it), or claimed."""
    if claim.stance == "unconfirmed":
        return "unconfirmed"
    return "disputed" if claim.disputed else "claimed"


def by_source(figures: list[m.Figure]) -> list[m.SourceFigures]:
    """Figures grouped by who gives them, so that a source revising its toll is never set against itself;
    a figure it repeats is kept once. Figures nobody is named for stay one entry per claim."""
    groups: dict[str, m.SourceFigures] = {}
    for f in figures:
        key = f.claimant.id if f.claimant else f.claim_id
        group = groups.setdefault(key, m.SourceFigures(claimant=f.claimant, figures=[]))
        if not any(
            (g.killed, g.wounded, g.qualifier) == (f.killed, f.wounded, f.qualifier) for g in group.figures
        ):
            group.figures.append(f)
    return list(groups.values())


def disputes(claims: list[m.ClaimDetail]) -> list[m.Dispute]:
    """Each disputed claim with each disputer and, beside it, the disputer's own word: its claim about the
    strike in another sentence of the same article, a denial before anything else it says there."""
    found = []
    for claim in claims:
        for disputer in claim.disputers:
            own = [
                c for c in claims
                if c.sentence != claim.sentence and c.article and claim.article
                and c.article.id == claim.article.id and any(a.id == disputer.id for a in c.claimants)
            ]  # fmt: skip
            own.sort(key=lambda c: (c.stance != "disputed", c.start or 0))
            found.append(m.Dispute(claim=claim, disputer=disputer, answer=own[0] if own else None))
    return found


def _names_in(sentence: str | None, names: list[str]) -> bool:
    # Whole words only, and no two-letter names: "IS" is in "this", "US" in "bus".
    return sentence is not None and any(
        re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence, re.IGNORECASE) for n in names if len(n) > 2
    )


def perpetrator_source(
    perpetrator: m.ActorRef, names: list[str], claims: list[m.ClaimDetail]
) -> m.PerpetratorSource:
    """Who says `perpetrator` carried out the strike: whoever makes a claim whose sentence names it (by any
    name it is reported by); those who deny such a claim, or dispute it, are set apart."""
    naming = [c for c in claims if _names_in(c.sentence, names or [perpetrator.name or ""])]
    according = [a for c in naming if c.stance != "disputed" for a in c.claimants]
    against = [a for c in naming if c.stance == "disputed" for a in c.claimants]
    against = unique_by_id([*against, *(a for c in naming for a in c.disputers)])
    denying = {a.id for a in against}  # one who denies it somewhere is not also shown vouching for it
    return m.PerpetratorSource(
        perpetrator=perpetrator, according_to=[a for a in unique_by_id(according) if a.id not in denying],
        disputed_by=against,
        claim_ids=[c.id for c in naming],
    )  # fmt: skip


def unique_by_id(items: Iterable[Any]) -> list[Any]:
    """The first item of each id (a dict's "id" or a model's `.id`), in order."""
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(item["id"] if isinstance(item, dict) else item.id, item)
    return list(seen.values())
