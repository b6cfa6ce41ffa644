"""The who-claims-what network around one node, breadth first, as Cytoscape JSON with a size cap.

Each step asks the graph for the edges touching the current frontier and for what the new nodes
look like, then admits the nodes the filters keep until the cap is reached. Articles and MENTIONS
stay out: they would connect everything to everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from api import models as m
from api.store import Store, strike_name
from graph.errors import BadRequest, NotFound

NODE_FIELDS = ("kind", "sentence", "published", "stance", "fate", "date", "killed", "wounded",
               "country_code", "lat", "lon")  # fmt: skip
CLAIM_NAME_CHARS = 60
CLAUSE_END = re.compile(r"[,;:]\s|\s[—–-]\s|\s\(")
MIN_CLAUSE_CHARS = 15
# Actors that speak about, or take part in, everything in a conflict: expanding through them pulls in
# every strike of a coalition. They are shown, but not walked through, unless asked.
HUB_KINDS = frozenset({"state", "intl_org"})
HUB_CLAIMS = 25
NODE_CHUNK = 50  # fewest candidates described per query when filters turn many away


@dataclass(frozen=True)
class NetworkFilters:
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    actor_kinds: frozenset[str] | None = None  # group kinds, and "person"
    disputed_only: bool = False
    undated: str = "include"  # or "exclude": claims and strikes without a date
    through_hubs: bool = False  # walk on through states, international bodies and very busy actors


@dataclass(frozen=True)
class PlaceScope:
    places: frozenset[str]  # the place, what lies within it, and what contains it
    strikes: frozenset[str]
    claims: frozenset[str]


def caption(text: str | None) -> str | None:
    """A claim's caption: its text when short, else its first clause when that is a phrase of its own,
    else its words up to the limit; never a word cut in two."""
    if not text or len(text) <= CLAIM_NAME_CHARS:
        return text
    clause = CLAUSE_END.search(text)
    if clause and MIN_CLAUSE_CHARS <= clause.start() <= CLAIM_NAME_CHARS:
        return text[: clause.start()] + "…"
    return text[: CLAIM_NAME_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def is_hub(data: dict[str, Any]) -> bool:
    return data["label"] in ("Person", "Group") and (
        data.get("kind") in HUB_KINDS or data.get("claim_count", 0) >= HUB_CLAIMS
    )


def node_data(row: dict[str, Any]) -> dict[str, Any]:
    """One Cytoscape node's `data` from an `api_network_nodes` row."""
    node, label = row["node"], row["label"]
    data = {"id": node["id"], "label": label, "claim_count": row["claim_count"]}
    data |= {k: node[k] for k in NODE_FIELDS if node.get(k) is not None}
    if label == "Claim":
        data["name"] = caption(node.get("text"))
        data["disputed"] = node.get("stance") == "disputed" or row["has_disputers"]
    elif label == "Strike":
        data["name"] = strike_name(node.get("kind"), node.get("date"), row["place_name"])
    else:
        data["name"] = node.get("name")
    return data


def _in_dates(value: str | None, filters: NetworkFilters) -> bool:
    if value is None:
        return filters.undated == "include"
    return (filters.date_from is None or value >= filters.date_from) and (
        filters.date_to is None or value <= filters.date_to
    )


def admits(data: dict[str, Any], filters: NetworkFilters, scope: PlaceScope | None) -> bool:
    label = data["label"]
    if label == "Claim":
        return (
            _in_dates(data.get("published"), filters)
            and (not filters.disputed_only or data["disputed"])
            and (scope is None or data["id"] in scope.claims)
        )
    if label == "Strike":
        return _in_dates(data.get("date"), filters) and (scope is None or data["id"] in scope.strikes)
    if label == "Place":
        return scope is None or data["id"] in scope.places
    if filters.actor_kinds is not None:
        return (data.get("kind") if label == "Group" else "person") in filters.actor_kinds
    return True


def build_network(store: Store, center: str, depth: int, limit: int, filters: NetworkFilters) -> m.Network:
    """Breadth-first from `center` to `depth` steps, at most `limit` nodes; `truncated` when capped."""
    rows = store.rows("api_network_nodes", ids=[center])
    if not rows:
        raise NotFound(f"no person, group, place, strike or claim with id {center!r}")
    scope = _scope(store, filters.place) if filters.place else None
    nodes = {center: node_data(rows[0])}
    edges: dict[str, dict[str, str]] = {}
    edge_cap = limit * 4
    truncated = False

    def expand(ids: list[str], among: dict[str, bool] | None = None) -> tuple[list[dict[str, str]], bool]:
        """The edges touching `ids` (only those to `among` when given), and whether the cap cut them."""
        found = store.rows("api_network_expand", ids=ids, limit=edge_cap + 1, among=among)
        return found[:edge_cap], len(found) > edge_cap

    def keep(found: list[dict[str, str]]) -> None:
        for e in found:
            if e["source"] in nodes and e["target"] in nodes:
                edge_id = f"{e['source']}|{e['type']}|{e['target']}"
                edges[edge_id] = {"id": edge_id} | e

    def described(ids: list[str]) -> Iterator[tuple[str, dict[str, Any] | None]]:
        """Each id with its node data, fetched a chunk at a time as admission needs it: a hub has a
        thousand neighbours, and describing those the cap turns away was most of the work."""
        start = 0
        while start < len(ids):
            chunk = ids[start : start + max(limit - len(nodes) + 1, NODE_CHUNK)]
            start += len(chunk)
            found = {r["node"]["id"]: node_data(r) for r in store.rows("api_network_nodes", ids=chunk)}
            yield from ((node_id, found.get(node_id)) for node_id in chunk)

    # `unread`: admitted nodes whose edges to other admitted nodes may not all have been read yet: the
    # last nodes admitted, and those whose expansion the edge cap cut short (around a hub).
    frontier, unread = [center], []
    for _ in range(depth):
        if not frontier:
            break
        if len(nodes) >= limit:  # full: going further would only find nodes the cap turns away
            truncated = True
            break
        found, cut = expand(frontier)
        truncated |= cut
        if cut:
            unread += frontier
        new_ids = sorted({i for e in found for i in (e["source"], e["target"])} - nodes.keys())
        frontier = []
        for node_id, data in described(new_ids):  # sorted: the same request always gives the same graph
            if data is None or not admits(data, filters, scope):
                continue
            if len(nodes) >= limit:
                truncated = True
                break
            nodes[node_id] = data
            if filters.through_hubs or not is_hub(data):
                frontier.append(node_id)
            else:
                data["hub"] = True  # its own edges to what is shown are still read below
                unread.append(node_id)
        keep(found)
    if frontier or unread:  # the edges among the nodes admitted, without going further
        found, cut = expand(unread + frontier, among=dict.fromkeys(nodes, True))
        truncated |= cut
        keep(found)
    return m.Network(
        elements=m.Elements(
            nodes=[m.NetworkNode(data=d) for d in nodes.values()],
            edges=[m.NetworkEdge(data=e) for e in edges.values()],
        ),
        truncated=truncated,
        center=center,
    )


def _scope(store: Store, place: str) -> PlaceScope:
    rows = store.read("api_place_scope", place=place)
    if not rows:
        raise BadRequest(f"place filter: no place with id {place!r}")
    row = rows[0]
    return PlaceScope(
        places=frozenset(row["places"]) | frozenset(row["ancestors"]),
        strikes=frozenset(row["strikes"]),
        claims=frozenset(row["claims"]),
    )
