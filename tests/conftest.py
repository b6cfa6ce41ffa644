"""Shared fixtures: a throwaway embedded graph server for the whole session, a clean database per test."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph.db import Graph, make_driver
from graph.queries import QueryLibrary
from graph.schema import apply_schema
from graph.server import EmbeddedServer
from graph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def throwaway_server(data_dir: Path, **overrides) -> Iterator[EmbeddedServer]:
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


@pytest.fixture(scope="session")
def server_settings(tmp_path_factory) -> Iterator[Settings]:
    """Settings of the session's throwaway server, shared by every test that needs a graph."""
    with throwaway_server(tmp_path_factory.mktemp("kg")) as server:
        yield server.settings


@pytest.fixture(scope="session")
def driver(server_settings):
    drv = make_driver(server_settings)
    apply_schema(drv, server_settings.database, server_settings.cypher_dir / "schema")
    yield drv
    drv.close()


@pytest.fixture(scope="session")
def queries(server_settings) -> QueryLibrary:
    return QueryLibrary(server_settings.cypher_dir)


@pytest.fixture
def graph(driver, server_settings) -> Graph:
    """The test database, emptied before the test so no test sees another's data."""
    g = Graph(driver, server_settings.database)
    g.write("MATCH (n) DETACH DELETE n")
    return g
