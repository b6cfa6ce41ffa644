"""The FastAPI application: `create_app(settings)` is what `kg serve` and the tests run."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from api.cache import CachedResponses, GraphWatcher, ResponseCache
from api.cypher_console import CypherConsole
from api.errors import install_error_handlers
from api.limits import BodyLimit
from api.models import error_responses
from api.routes import (
    actors,
    articles,
    claims,
    cypher,
    health,
    map,
    matrix,
    network,
    people,
    places,
    queries,
    search,
    strikes,
)
from api.search import NameIndex
from api.store import QUERIES
from graph.db import Graph, make_driver
from graph.queries import QueryLibrary
from graph.settings import Settings

if TYPE_CHECKING:  # imported when first needed: loading it loads spaCy
    from ingest.extract import Extractor

STATIC = Path(str(files("api") / "static"))
VENDOR = STATIC / "vendor"  # the explorer's npm scripts, and nothing else of node_modules
NO_EXPLORER = """<!doctype html><html lang="en"><meta charset="utf-8"><title>claimgraph</title>
<h1>claimgraph</h1><p>The explorer page is not installed (api/static/index.html is missing).
The REST API is described at <a href="/docs">/docs</a>.</p></html>"""


class OptionalStaticFiles(StaticFiles):
    """Files from a directory that may not exist (node_modules before `npm install`): 404 until it does."""

    async def check_config(self) -> None:
        if self.directory is not None and Path(self.directory).is_dir():
            await super().check_config()


class LazyExtractor:
    """The spaCy pipeline, loaded once on the first POST /articles (it takes seconds and memory)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._extractor: Extractor | None = None

    def get(self, model_name: str) -> Extractor:
        with self._lock:
            if self._extractor is None:
                from ingest.extract import Extractor

                self._extractor = Extractor(model_name)
            return self._extractor


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API with its routes, error mapping, body limit, CORS and the explorer's static files."""
    settings = settings or Settings()
    cache = ResponseCache(settings.cache_entries)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        library = QueryLibrary(settings.cypher_dir)
        library.require(QUERIES)
        # Answer 503 within seconds while the database is down rather than retry for long;
        # the pool reconnects by itself when it is back.
        driver = make_driver(settings, max_transaction_retry_time=3.0, connection_acquisition_timeout=5.0)
        graph = Graph(driver, settings.database)
        watcher = GraphWatcher(graph, library["api_graph_version"], cache, settings.cache_check)
        app.state.settings = settings
        app.state.queries = library
        app.state.graph = graph
        app.state.watcher = watcher
        app.state.names = NameIndex(graph, library, version=lambda: cache.version)
        app.state.console = CypherConsole(driver, settings)
        app.state.extractor = LazyExtractor()
        watcher.start()
        try:
            yield
        finally:
            watcher.stop()
            app.state.console.close()
            driver.close()

    app = FastAPI(
        title="claimgraph",
        summary="Who claims what in conflict news: people, groups, places, strikes and claims.",
        version="0.1.0",
        lifespan=lifespan,
        responses=error_responses(422, 503),
    )
    install_error_handlers(app)
    app.add_middleware(CachedResponses, cache=cache)  # innermost: CORS applies to cached answers too
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "X-API-Key"],
    )
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    for module in (
        health,
        search,
        actors,
        claims,
        strikes,
        map,
        places,
        people,
        network,
        matrix,
        queries,
        cypher,
        articles,
    ):
        app.include_router(module.router)

    @app.get("/", include_in_schema=False)
    def explorer():
        index = STATIC / "index.html"
        return FileResponse(index) if index.is_file() else HTMLResponse(NO_EXPLORER)

    app.mount("/static", OptionalStaticFiles(directory=STATIC, check_dir=False), name="static")
    # In a checkout the vendored scripts are links into node_modules; only those links are reachable.
    vendor = OptionalStaticFiles(directory=VENDOR, check_dir=False, follow_symlink=True)
    app.mount("/assets", vendor, name="assets")
    return app
