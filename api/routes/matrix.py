"""The claims matrix: claimants against strikes (or one strike's facts), cell by cell."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Day, NamesDep, StoreDep, Undated
from api.handles import resolve, resolve_required
from api.matrix import MAX_COLUMNS, strike_facts_matrix, strikes_matrix
from api.models import Matrix, error_responses
from api.routes.claims import ACTORS, iso
from graph.errors import BadRequest

router = APIRouter(tags=["matrix"])


@router.get("/matrix", responses=error_responses(404))
def matrix(
    store: StoreDep,
    names: NamesDep,
    place: Annotated[str | None, Query(description="a place, by id or name: the strikes within it")] = None,
    actor: Annotated[
        str | None,
        Query(
            description="a person or group, by id or name: strikes it carried out, was hit by, or speaks of"
        ),
    ] = None,
    strike: Annotated[str | None, Query(description="a strike's id: its facts as columns")] = None,
    date_from: Annotated[Day | None, Query(description="strikes on or after (YYYY-MM-DD)")] = None,
    date_to: Annotated[Day | None, Query(description="strikes on or before (YYYY-MM-DD)")] = None,
    undated: Undated = "include",
) -> Matrix:
    """Rows are claimants, columns strikes (or, for one strike, its toll, perpetrator and target), cells
    claimed / disputed / unconfirmed with the source's figure and the claims behind it."""
    given = [name for name, value in (("place", place), ("actor", actor), ("strike", strike)) if value]
    if len(given) != 1:
        raise BadRequest("give exactly one of place, actor or strike")
    if strike:
        return strike_facts_matrix(store, resolve_required(store, names, "strike", strike, ("Strike",)))
    dates = {"date_from": iso(date_from), "date_to": iso(date_to), "undated": undated}
    if place:
        page = store.read("api_strikes_page", offset=0, limit=MAX_COLUMNS, kind=None, perpetrator=None,
                          place=resolve(store, names, "place", place, ("Place",)), **dates)[0]  # fmt: skip
        return strikes_matrix(store, page["ids"], page["total"])
    found = store.read("api_matrix_actor_strikes", actor=resolve(store, names, "actor", actor, ACTORS),
                       limit=10_000)[0]  # fmt: skip
    strikes = [s for s in store.strikes(found["ids"]) if _in_dates(s.date, dates)]
    return strikes_matrix(store, [s.id for s in strikes], len(strikes))


def _in_dates(day: str | None, dates: dict) -> bool:
    if day is None:
        return dates["undated"] == "include"
    return (dates["date_from"] is None or day >= dates["date_from"]) and (
        dates["date_to"] is None or day <= dates["date_to"]
    )
