"""Strikes as reported: where, when, by whom, and what each source claims about them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Day, NamesDep, PagingDep, StoreDep, Undated
from api.handles import resolve
from api.models import DatedPage, StrikeDetail, StrikeSummary, error_responses
from api.routes.claims import ACTORS, iso
from graph.vocab import StrikeKind

router = APIRouter(prefix="/strikes", tags=["strikes"])


@router.get("", responses=error_responses(404))
def list_strikes(
    store: StoreDep,
    names: NamesDep,
    paging: PagingDep,
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
) -> DatedPage[StrikeSummary]:
    """Strikes, latest first (undated last), filtered by place, perpetrator, kind and date. A name several
    nodes answer to gets 422 with `candidates`; an unknown one 404."""
    return store.strike_page(
        paging.offset, paging.limit,
        place=resolve(store, names, "place", place, ("Place",)),
        perpetrator=resolve(store, names, "perpetrator", perpetrator, ACTORS),
        kind=kind, date_from=iso(date_from), date_to=iso(date_to), undated=undated,
    )  # fmt: skip


@router.get("/{strike_id}", responses=error_responses(404))
def get_strike(store: StoreDep, strike_id: str) -> StrikeDetail:
    """One strike: claims about it by stance, casualty figures per claimant, the articles reporting it."""
    return store.strike(strike_id)
