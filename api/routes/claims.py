"""Claims: who says what, where it was reported, who disputes it."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Day, NamesDep, PagingDep, StoreDep, Undated
from api.handles import resolve, resolve_article
from api.models import ClaimDetail, ClaimSummary, DatedPage, error_responses

router = APIRouter(prefix="/claims", tags=["claims"])
ACTORS = ("Person", "Group")
SUBJECTS = ("Person", "Group", "Place", "Strike")


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@router.get("", responses=error_responses(404))
def list_claims(
    store: StoreDep,
    names: NamesDep,
    paging: PagingDep,
    claimant: Annotated[
        str | None, Query(description="a person or group, by id or name; a group includes its members")
    ] = None,
    about: Annotated[
        str | None,
        Query(description="an actor, strike or place, by id or name; a place includes what is in it"),
    ] = None,
    place: Annotated[
        str | None, Query(description="a place, by id or name: claims about strikes and places within it")
    ] = None,
    disputed: Annotated[bool | None, Query(description="disputed by someone, or a denial itself")] = None,
    article: Annotated[str | None, Query(description="an article's id, url or file name")] = None,
    date_from: Annotated[Day | None, Query(description="published on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[Day | None, Query(description="published on or before (YYYY-MM-DD)")] = None,
    undated: Undated = "include",
) -> DatedPage[ClaimSummary]:
    """Claims, newest first (undated last), filtered by claimant, subject, place, dispute, article and
    publication date. A name several nodes answer to gets 422 with `candidates`; an unknown one 404."""
    return store.claim_page(
        paging.offset, paging.limit,
        claimant=resolve(store, names, "claimant", claimant, ACTORS),
        about=resolve(store, names, "about", about, SUBJECTS),
        place=resolve(store, names, "place", place, ("Place",)),
        article=resolve_article(store, "article", article),
        disputed=disputed, date_from=iso(date_from), date_to=iso(date_to), undated=undated,
    )  # fmt: skip


@router.get("/{claim_id}", responses=error_responses(404))
def get_claim(store: StoreDep, claim_id: str) -> ClaimDetail:
    """One claim with its verbatim sentence, offsets, article, claimants, disputers and subjects."""
    return store.claim(claim_id)
