"""Strikes as reported: where, when, by whom, and what each source claims about them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Day, PagingDep, StoreDep
from api.models import Page, StrikeDetail, StrikeSummary, error_responses
from api.routes.claims import iso
from graph.vocab import StrikeKind

router = APIRouter(prefix="/strikes", tags=["strikes"])


@router.get("")
def list_strikes(
    store: StoreDep,
    paging: PagingDep,
    place: Annotated[str | None, Query(description="a place id; includes places within it")] = None,
    perpetrator: Annotated[str | None, Query(description="an actor id; a group includes its members")] = None,
    kind: Annotated[StrikeKind | None, Query()] = None,
    date_from: Annotated[Day | None, Query(description="on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[Day | None, Query(description="on or before (YYYY-MM-DD)")] = None,
) -> Page[StrikeSummary]:
    """Strikes, latest first, filtered by place, perpetrator, kind and date."""
    return store.strike_page(
        paging.offset, paging.limit, place=place, perpetrator=perpetrator, kind=kind,
        date_from=iso(date_from), date_to=iso(date_to),
    )  # fmt: skip


@router.get("/{strike_id}", responses=error_responses(404))
def get_strike(store: StoreDep, strike_id: str) -> StrikeDetail:
    """One strike: claims about it by stance, casualty figures per claimant, the articles reporting it."""
    return store.strike(strike_id)
