"""A throwaway embedded graph server on free ports, for the session's fixtures and for tests that need
a server of their own (one they stop, or one whose data they replace).

graph/bench/common.py still has its own free_port and server start (bench_server): the bench moves to
claimgraph/ this round, so it was left alone. Product code cannot import tests/, so the shared helper
would live in the product (e.g. beside EmbeddedServer) with this module re-exporting it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from graph.server import EmbeddedServer
from graph.settings import Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def throwaway_server(data_dir: Path, **overrides: Any) -> Iterator[EmbeddedServer]:
    """An embedded server on free ports with its data in `data_dir`, stopped whatever happens."""
    settings = Settings(
        _env_file=None, bolt_uri=None, password=None, data_dir=data_dir,
        bolt_port=free_port(), http_port=free_port(), **({"heap": "1g"} | overrides),
    )  # fmt: skip
    server = EmbeddedServer(settings)
    server.start()
    try:
        yield server
    finally:
        server.stop()
