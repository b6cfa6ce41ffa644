"""The curated Cypher queries (those with a `// browser:` line), for the console's menu."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import QueriesDep
from api.models import NamedQueryInfo, NamedQueryText, error_responses
from graph.errors import NotFound
from graph.queries import NamedQuery, browser_folder, curated

router = APIRouter(prefix="/queries", tags=["queries"])


def info(query: NamedQuery) -> dict:
    return {
        "name": query.name, "description": query.description, "parameters": list(query.parameters),
        "example": query.example, "folder": browser_folder(query),
    }  # fmt: skip


@router.get("")
def list_queries(queries: QueriesDep) -> list[NamedQueryInfo]:
    """Curated queries with their description, parameters and runnable example values."""
    return [NamedQueryInfo(**info(q)) for q in curated(queries)]


@router.get("/{name}", responses=error_responses(404))
def get_query(queries: QueriesDep, name: str) -> NamedQueryText:
    """One curated query with its Cypher text."""
    match = next((q for q in curated(queries) if q.name == name), None)
    if match is None:
        raise NotFound(f"no curated query named {name!r}")
    return NamedQueryText(**info(match), text=match.text)
