"""Liveness, readiness and counts."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GraphDep, QueriesDep
from api.models import Ready, Stats, Status, error_responses

router = APIRouter(tags=["health"])


@router.get("/health/live")
def live() -> Status:
    """The API process answers (says nothing about the database)."""
    return Status()


@router.get("/health/ready", responses=error_responses(503))
def ready(graph: GraphDep, queries: QueriesDep) -> Ready:
    """The database answers a query; 503 while it does not."""
    graph.read(queries["api_ping"])
    return Ready(database=graph.database)


@router.get("/stats")
def stats(graph: GraphDep, queries: QueriesDep) -> Stats:
    """How many nodes of each label and relationships of each type the graph holds."""
    nodes = {r["label"]: r["n"] for r in graph.read(queries["api_stats_labels"])}
    relationships = {r["type"]: r["n"] for r in graph.read(queries["api_stats_relationships"])}
    return Stats(nodes=nodes, relationships=relationships)
