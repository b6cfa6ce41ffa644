"""Shared fixtures: one spaCy extractor and one throwaway embedded graph server for the whole session,
a clean database per test. Tests by kind: unit/ (pure code), integration/ (against a throwaway server),
e2e/ (browser, CLI, eval, bench, Neo4j Browser, compose)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.db import Graph, make_driver
from graph.queries import QueryLibrary
from graph.schema import apply_schema
from graph.settings import Settings
from ingest.extract import Extractor
from tests.support.server import throwaway_server


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The session's one extractor: loading spaCy is the slow part, and extraction keeps no state."""
    return Extractor(Settings(_env_file=None).spacy_model)


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
