"""Read-only Cypher for the console."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ConsoleDep
from api.models import CypherRequest, CypherResult, error_responses

router = APIRouter(tags=["cypher"])


@router.post("/cypher", responses=error_responses(400, 403, 413, 422, 429, 504))
async def run_cypher(console: ConsoleDep, body: CypherRequest) -> CypherResult:
    """Run one read-only Cypher statement with JSON parameters; rows and bytes are capped."""
    result = await console.run(body.query, body.params)
    return CypherResult(**vars(result))
