"""People and groups."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import NamesDep, PagingDep, StoreDep
from api.models import ActorDetail, ActorListItem, Page, error_responses
from graph.vocab import GroupKind

router = APIRouter(prefix="/actors", tags=["actors"])


@router.get("")
def list_actors(
    store: StoreDep,
    names: NamesDep,
    paging: PagingDep,
    q: Annotated[str | None, Query(max_length=200, description="name or alias, typos allowed")] = None,
    label: Annotated[Literal["Person", "Group"] | None, Query()] = None,
    kind: Annotated[GroupKind | None, Query(description="a group's kind")] = None,
) -> Page[ActorListItem]:
    """People and groups by name (or best match for `q` first), with how many claims each made."""
    if not q or not q.strip():
        return store.actor_page(paging.offset, paging.limit, label, kind)
    ids, total = names.page(q, [label] if label else ["Person", "Group"], kind, paging.offset, paging.limit)
    return Page[ActorListItem](items=store.actors(ids), total=total, offset=paging.offset, limit=paging.limit)


@router.get("/{actor_id}", responses=error_responses(404))
def get_actor(store: StoreDep, actor_id: str) -> ActorDetail:
    """One person or group: claims it made (with its members'), disputed, is about; strikes; memberships."""
    return store.actor(actor_id)
