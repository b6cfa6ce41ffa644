"""The who-claims-what network around a node, for a graph view."""

from __future__ import annotations

from typing import Annotated, get_args

from fastapi import APIRouter, Query

from api.deps import Day, NamesDep, StoreDep, Undated
from api.handles import resolve
from api.models import Network, error_responses
from api.network import NetworkFilters, build_network
from api.routes.claims import iso
from graph.vocab import GroupKind

router = APIRouter(tags=["network"])
ACTOR_KINDS = sorted({*get_args(GroupKind), "person"})
KINDS_LIST = rf"^({'|'.join(ACTOR_KINDS)})(,({'|'.join(ACTOR_KINDS)}))*$"


@router.get("/network", responses=error_responses(404))
def network(
    store: StoreDep,
    names: NamesDep,
    id: Annotated[str, Query(min_length=1, description="a person, group, place, strike or claim id")],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=2000, description="at most this many nodes")] = 300,
    date_from: Annotated[
        Day | None, Query(description="claims published, strikes dated, on or after (YYYY-MM-DD)")
    ] = None,
    date_to: Annotated[
        Day | None, Query(description="claims published, strikes dated, on or before (YYYY-MM-DD)")
    ] = None,
    place: Annotated[
        str | None, Query(description="only strikes, claims and places within this place (an id or a name)")
    ] = None,
    actor_kind: Annotated[
        str | None, Query(description="comma-separated group kinds, and/or 'person'", pattern=KINDS_LIST)
    ] = None,
    disputed_only: Annotated[bool, Query(description="only claims that are disputed or are denials")] = False,
    undated: Undated = "include",
    through_hubs: Annotated[
        bool,
        Query(description="walk on through states, international bodies and actors in 25+ claims"),
    ] = False,
) -> Network:
    """Nodes and edges around `id` to `depth` steps, as Cytoscape JSON; `truncated` when capped."""
    kinds = frozenset(actor_kind.split(",")) if actor_kind else None
    place_id = resolve(store, names, "place", place, ("Place",))
    filters = NetworkFilters(
        iso(date_from), iso(date_to), place_id, kinds, disputed_only, undated, through_hubs
    )
    return build_network(store, id, depth, limit, filters)
