"""Claims: who says what, where it was reported, who disputes it."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Day, PagingDep, StoreDep
from api.models import ClaimDetail, ClaimSummary, Page, error_responses

router = APIRouter(prefix="/claims", tags=["claims"])


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@router.get("")
def list_claims(
    store: StoreDep,
    paging: PagingDep,
    claimant: Annotated[
        str | None, Query(description="a person or group id; a group includes its members")
    ] = None,
    about: Annotated[
        str | None, Query(description="an actor, strike or place id; a place includes what is in it")
    ] = None,
    place: Annotated[
        str | None, Query(description="a place id: claims about strikes and places within it")
    ] = None,
    disputed: Annotated[bool | None, Query(description="disputed by someone, or a denial itself")] = None,
    article: Annotated[str | None, Query(description="an article id")] = None,
    date_from: Annotated[Day | None, Query(description="published on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[Day | None, Query(description="published on or before (YYYY-MM-DD)")] = None,
) -> Page[ClaimSummary]:
    """Claims, newest first, filtered by claimant, subject, place, dispute, article and publication date."""
    return store.claim_page(
        paging.offset, paging.limit, claimant=claimant, about=about, place=place, disputed=disputed,
        article=article, date_from=iso(date_from), date_to=iso(date_to),
    )  # fmt: skip


@router.get("/{claim_id}", responses=error_responses(404))
def get_claim(store: StoreDep, claim_id: str) -> ClaimDetail:
    """One claim with its verbatim sentence, offsets, article, claimants, disputers and subjects."""
    return store.claim(claim_id)
