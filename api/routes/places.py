"""Places: the hierarchy from village to country, and the strikes within."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import NamesDep, PagingDep, StoreDep
from api.models import Page, PlaceDetail, PlaceRef, error_responses
from graph.vocab import PlaceKind

router = APIRouter(prefix="/places", tags=["places"])


@router.get("")
def list_places(
    store: StoreDep,
    names: NamesDep,
    paging: PagingDep,
    q: Annotated[str | None, Query(max_length=200, description="name or alias, typos allowed")] = None,
    kind: Annotated[PlaceKind | None, Query()] = None,
) -> Page[PlaceRef]:
    """Places by name (or best match for `q` first)."""
    if not q or not q.strip():
        return store.place_page(paging.offset, paging.limit, kind)
    ids, total = names.page(q, ["Place"], kind, paging.offset, paging.limit)
    return Page[PlaceRef](items=store.places(ids), total=total, offset=paging.offset, limit=paging.limit)


@router.get("/{place_id}", responses=error_responses(404))
def get_place(store: StoreDep, place_id: str) -> PlaceDetail:
    """One place: the places containing it (nearest first), the places in it, the strikes within it."""
    return store.place(place_id)
