"""Strikes at their places' coordinates, with how contested each is: what the explorer's map draws."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Day, NamesDep, StoreDep, Undated
from api.handles import resolve
from api.models import StrikeMap, error_responses
from api.routes.claims import ACTORS, iso
from graph.vocab import StrikeKind

router = APIRouter(prefix="/map", tags=["strikes"])


@router.get("", responses=error_responses(404))
def strike_map(
    store: StoreDep,
    names: NamesDep,
    place: Annotated[
        str | None, Query(description="a place, by id or name; includes places within it")
    ] = None,
    perpetrator: Annotated[
        str | None, Query(description="an actor, by id or name; a group includes its members")
    ] = None,
    kind: Annotated[StrikeKind | None, Query()] = None,
    date_from: Annotated[Day | None, Query(description="on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[Day | None, Query(description="on or before (YYYY-MM-DD)")] = None,
    undated: Undated = "include",
    limit: Annotated[int, Query(ge=1, le=5000)] = 2000,
) -> StrikeMap:
    """Strikes whose place has coordinates, latest first, filtered like /strikes; `truncated` when more
    than `limit` match."""
    return store.map_strikes(
        limit,
        place=resolve(store, names, "place", place, ("Place",)),
        perpetrator=resolve(store, names, "perpetrator", perpetrator, ACTORS),
        kind=kind, date_from=iso(date_from), date_to=iso(date_to), undated=undated,
    )  # fmt: skip
