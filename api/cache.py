"""GET responses kept until the graph changes.

The graph changes only when articles are written, and every article write stamps its Article node
with `ingested_at`. A watcher thread asks the graph for its version (counts and the latest stamp,
`cypher/api_graph_version.cypher`) every `KG_CACHE_CHECK` seconds; the API's own ingest asks at once.
A new version empties the cache, so a response is at most one check behind a `kg ingest` running in
another process. While the graph does not answer, nothing is cached or served from the cache.

A response computed while the version moved is not kept: it may mix the old graph with the new.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.db import Graph
from graph.errors import KGError

log = logging.getLogger(__name__)

# Read-only views of the graph; /health must always ask the graph, and /queries reads no graph.
CACHED_PREFIXES = ("/actors", "/claims", "/strikes", "/places", "/people", "/network", "/search", "/stats",
                   "/articles", "/matrix")  # fmt: skip
MAX_ENTRY_BYTES = 2_000_000  # a response bigger than this is rare and would crowd out many small ones


class ResponseCache:
    """Whole responses (status 200, headers, body) by path and query string, least recently used out."""

    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self._entries: OrderedDict[bytes, tuple[list, bytes]] = OrderedDict()
        self._lock = threading.Lock()  # the watcher thread changes the version under requests' feet
        self.version: Any = None  # None: unknown, so the cache is bypassed

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0 and self.version is not None

    def set_version(self, version: Any) -> None:
        with self._lock:
            if version != self.version:
                self.version = version
                self._entries = OrderedDict()

    def get(self, key: bytes) -> tuple[list, bytes] | None:
        entries = self._entries  # the watcher may swap in a new, empty dict meanwhile
        entry = entries.get(key)
        if entry is not None:
            entries.move_to_end(key)
        return entry

    def put(self, key: bytes, version: Any, headers: list, body: bytes) -> None:
        with self._lock:
            if version is None or version != self.version or len(body) > MAX_ENTRY_BYTES:
                return
            self._entries[key] = (headers, body)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)


class GraphWatcher:
    """Asks the graph for its version every `interval` seconds on a daemon thread."""

    def __init__(self, graph: Graph, query: str, cache: ResponseCache, interval: float):
        self.graph = graph
        self.query = query
        self.cache = cache
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="graph-watcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.interval + 5)

    def check(self) -> None:
        """Read the version now; when the graph does not answer, the version is unknown."""
        try:
            rows = self.graph.read(self.query)
        except KGError as exc:  # the database is down: requests get their 503 from the routes
            log.debug("graph version unknown: %s", exc)
            self.cache.set_version(None)
            return
        except Exception:  # the watcher must outlive one bad answer
            log.exception("graph version check failed")
            self.cache.set_version(None)
            return
        self.cache.set_version(tuple(sorted(rows[0].items())) if rows else None)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.check()
            self._stop.wait(self.interval)


class CachedResponses:
    """ASGI middleware: answers a GET under CACHED_PREFIXES from the cache, or keeps its 200 answer.

    It sits inside the CORS middleware, so cached answers get the same CORS headers as fresh ones.
    `X-Cache: hit` or `miss` tells which it was.
    """

    def __init__(self, app: ASGIApp, cache: ResponseCache):
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        cache = self.cache
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not cache.enabled
            or not scope["path"].startswith(CACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        key = scope["path"].encode() + b"?" + scope["query_string"]
        found = cache.get(key)
        if found is not None:
            headers, body = found
            hit = [*headers, (b"x-cache", b"hit")]
            await send({"type": "http.response.start", "status": 200, "headers": hit})
            await send({"type": "http.response.body", "body": body})
            return
        version = cache.version
        start: Message | None = None
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body" and start is not None and start["status"] == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    cache.put(key, version, list(start.get("headers", [])), b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keep)
