"""The one place errors become HTTP answers: `{"detail": "<one clear message>"}`, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired, TransientError
from starlette.exceptions import HTTPException

from graph.errors import KGError

log = logging.getLogger("claimgraph.api")


def error(status: int, detail: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _where(loc: tuple) -> str:
    if loc and loc[0] in ("query", "path", "header") and len(loc) > 1:
        return f"{loc[0]} parameter '{loc[1]}'"
    if loc and loc[0] == "body":
        return "body" + "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in loc[1:])
    return ".".join(map(str, loc)) or "request"


def validation_message(exc: RequestValidationError) -> str:
    """Pydantic's error list as one line: "query parameter 'limit': Input should be less than..."."""
    parts = []
    for err in exc.errors()[:5]:
        message = err.get("msg", "invalid")
        if err.get("type") == "json_invalid":
            message = f"malformed JSON ({err.get('ctx', {}).get('error', 'invalid')})"
        parts.append(f"{_where(tuple(err.get('loc', ())))}: {message}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(KGError)
    async def kg_error(request: Request, exc: KGError) -> JSONResponse:
        if exc.status_code >= 500:
            log.warning("%s %s: %s", request.method, request.url.path, exc)
        response = error(exc.status_code, str(exc))
        if candidates := getattr(exc, "candidates", None):  # an ambiguous name: what it could mean
            response = JSONResponse(
                {"detail": str(exc), "candidates": candidates}, status_code=exc.status_code
            )
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error(422, validation_message(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"not found: {request.url.path} (the API is described at /docs)"
        elif exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow", "")
            detail = f"method {request.method} is not allowed on {request.url.path}; allowed: {allowed}"
        return error(exc.status_code, str(detail), headers=exc.headers)

    @app.exception_handler(Neo4jError)
    @app.exception_handler(DriverError)
    async def database_error(request: Request, exc: Exception) -> JSONResponse:
        if isinstance(exc, ServiceUnavailable | SessionExpired | TransientError):
            return error(503, "the graph database is unavailable; try again shortly")
        log.error("%s %s: database error", request.method, request.url.path, exc_info=exc)
        return error(500, "the graph database failed to answer this request; the error has been logged")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("%s %s: unexpected error", request.method, request.url.path, exc_info=exc)
        return error(500, "internal error; it has been logged")
