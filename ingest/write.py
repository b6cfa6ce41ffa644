"""Write one ArticleGraph in one transaction: clear the article's old contribution, then batched UNWINDs.

A failure anywhere rolls the whole article back, so the graph never holds half an article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from neo4j import ManagedTransaction

from graph.db import Graph
from graph.queries import QueryLibrary
from graph.vocab import name_key
from ingest.extract.kinds import VAGUE_KINDS
from ingest.model import ArticleGraph, ArticleInput, Entity, Strike
from ingest.resolve import KnownStrike, same_strike, strike_window

QUERIES = (
    "article_hashes", "article_hash", "article_clear", "article_upsert", "upsert_persons", "upsert_groups",
    "upsert_places", "link_places", "link_members", "upsert_claims", "link_claimed_by", "link_disputed_by",
    "link_about_strike", "link_about_actor", "link_about_place", "upsert_strikes", "link_strike_place",
    "link_strike_perpetrator", "link_strike_target", "strike_candidates", "article_strike_places",
    "place_strike_counts",
)  # fmt: skip
UPSERT_BY_LABEL = {"Person": "upsert_persons", "Group": "upsert_groups", "Place": "upsert_places"}


@dataclass
class WriteResult:
    article_id: str
    unchanged: bool
    entities: int = 0
    claims: int = 0
    strikes: int = 0


def _entity_row(e: Entity) -> dict:
    aliases = sorted({e.name, *e.aliases})
    return {
        "id": e.id, "name": e.name, "aliases": aliases, "kind": e.kind, "country_code": e.country_code,
        "lat": e.lat, "lon": e.lon, "mentioned": e.mentioned,
        "search_names": sorted({name_key(a) for a in aliases}),
    }  # fmt: skip


class ArticleWriter:
    """Writes ArticleGraphs through the named queries in `cypher/`."""

    def __init__(self, graph: Graph, queries: QueryLibrary):
        queries.require(QUERIES)
        self.graph = graph
        self.q = queries

    def write(self, doc: ArticleGraph, *, force: bool = False) -> WriteResult:
        # Every node is created by MERGE on its constrained id, so a duplicate key is a lost race with
        # another writer and the whole article is simply written again.
        return self.graph.execute(lambda tx: self._write(tx, doc, force), merge_only=True)

    def unchanged(self, articles: list[ArticleInput]) -> dict[str, WriteResult]:
        """Those of `articles` already in the graph with the same text, by id: a re-run skips them
        before extraction, which is what makes resuming a long interrupted run cheap."""
        text_hash = {a.id: a.text_sha256 for a in articles}
        rows = self.graph.read(self.q["article_hashes"], ids=list(text_hash))
        return {
            r["id"]: WriteResult(r["id"], True, r["entities"], r["claims"], r["strikes"])
            for r in rows if r["text_sha256"] == text_hash[r["id"]]
        }  # fmt: skip

    def _write(self, tx: ManagedTransaction, doc: ArticleGraph, force: bool) -> WriteResult:
        art = doc.article
        stored = tx.run(self.q["article_hash"], id=art.id).single()
        if stored and stored["text_sha256"] == art.text_sha256 and not force:
            return WriteResult(art.id, unchanged=True)
        # Places whose strikes the old version reported: clearing it may lower their counts.
        before = (
            tx.run(self.q["article_strike_places"], id=art.id).single(strict=True)["ids"] if stored else []
        )
        tx.run(self.q["article_clear"], id=art.id).consume()
        tx.run(
            self.q["article_upsert"], id=art.id, source_name=art.source_name, url=art.url, title=art.title,
            outlet=art.outlet, published=art.published.isoformat() if art.published else None,
            text_sha256=art.text_sha256, text=art.text,
            ingested_at=datetime.now(UTC).isoformat(timespec="microseconds"),
        ).consume()  # fmt: skip

        def batch(name: str, rows: list[dict], **extra) -> None:
            if rows:
                tx.run(self.q[name], rows=rows, **extra).consume()

        for label, query in UPSERT_BY_LABEL.items():
            batch(query, [_entity_row(e) for e in doc.entities if e.label == label], article_id=art.id)
        batch("link_places", [{"child": e.id, "parent": e.parent_id} for e in doc.entities if e.parent_id])
        batch("link_members", [m.model_dump() for m in doc.memberships])

        strike_ids: dict[str, str] = {}
        for strike in doc.strikes:
            strike_ids[strike.id] = self._resolve_strike(tx, strike, taken=set(strike_ids.values()))
        strikes = [s.model_copy(update={"id": strike_ids[s.id]}) for s in doc.strikes]
        batch(
            "upsert_strikes", [s.model_dump(include=_STRIKE_PROPS) for s in strikes], article_id=art.id,
            vague_kinds=sorted(VAGUE_KINDS),
        )  # fmt: skip
        batch("link_strike_place", [{"source": s.id, "target": s.place_id} for s in strikes if s.place_id])
        perpetrators = [{"source": s.id, "target": x} for s in strikes for x in s.perpetrator_ids]
        batch("link_strike_perpetrator", perpetrators)
        batch("link_strike_target", [{"source": s.id, "target": x} for s in strikes for x in s.target_ids])
        places = {s.place_id for s in strikes if s.place_id} | set(before)
        if places:
            tx.run(self.q["place_strike_counts"], ids=sorted(places)).consume()

        labels = {e.id: e.label for e in doc.entities} | {sid: "Strike" for sid in strike_ids.values()}
        batch("upsert_claims", [c.model_dump(exclude=_CLAIM_LINKS) for c in doc.claims], article_id=art.id)
        batch("link_claimed_by", [{"source": c.id, "target": x} for c in doc.claims for x in c.claimant_ids])
        batch("link_disputed_by", [{"source": c.id, "target": x} for c in doc.claims for x in c.disputer_ids])
        about: dict[str, list[dict]] = {"Strike": [], "Actor": [], "Place": []}
        for c in doc.claims:
            for target in c.about_ids:
                target = strike_ids.get(target, target)
                kind = {"Person": "Actor", "Group": "Actor"}.get(labels.get(target, ""), labels.get(target))
                if kind in about:
                    about[kind].append({"source": c.id, "target": target})
        for kind, rows in about.items():
            batch(f"link_about_{kind.lower()}", rows)
        return WriteResult(art.id, False, len(doc.entities), len(doc.claims), len(strikes))

    def _resolve_strike(self, tx: ManagedTransaction, strike: Strike, taken: set[str]) -> str:
        """Reuse the id of a strike already in the graph when this is another report of it."""
        window = strike_window(strike)
        if window is None:
            return strike.id
        rows = tx.run(
            self.q["strike_candidates"], place_id=strike.place_id, date_from=window[0], date_to=window[1]
        ).data()
        known = [
            KnownStrike(
                r["id"], r["date"], tuple(r["perpetrator_ids"]), r["kind"], r["precision"], r["same_place"]
            )
            for r in rows
        ]
        return same_strike(strike, known, taken) or strike.id


_STRIKE_PROPS = {"id", "kind", "date", "date_precision", "killed", "wounded"}
_CLAIM_LINKS = {"claimant_ids", "disputer_ids", "about_ids"}
