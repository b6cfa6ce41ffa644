"""What is claimed about a person over time."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep
from api.models import FateTimeline, error_responses

router = APIRouter(prefix="/people", tags=["people"])


@router.get("/{person_id}/fate", responses=error_responses(404))
def fate(store: StoreDep, person_id: str) -> FateTimeline:
    """Every claim that a person was killed, wounded, captured or is alive, oldest first, with who says so."""
    return store.fate(person_id)
