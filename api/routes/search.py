"""Search across people, groups, places and strikes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import NamesDep
from api.models import SearchHit, SearchResults

router = APIRouter(tags=["search"])
TYPES = ("Person", "Group", "Place", "Strike")
TYPES_LIST = rf"^({'|'.join(TYPES)})(,({'|'.join(TYPES)}))*$"


@router.get("/search")
def search(
    names: NamesDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="a name or alias, typos allowed")],
    types: Annotated[
        str | None, Query(description="comma-separated: Person,Group,Place,Strike", pattern=TYPES_LIST)
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchResults:
    """Find people, groups, places and strikes by name or alias, tolerant of typos and transliterations."""
    hits = names.search(q, types.split(",") if types else TYPES, limit)
    return SearchResults(items=[SearchHit(**vars(h)) for h in hits])
