"""Every named query in cypher/ is used somewhere, and an unknown name fails at start-up (no server)."""

from __future__ import annotations

import pytest

from graph.errors import UnknownQuery
from graph.queries import QueryLibrary
from tests.support.paths import ROOT

LIBRARY = QueryLibrary(ROOT / "cypher")
PACKAGES = ("claimgraph", "graph", "ingest", "api")
CODE = "\n".join(p.read_text() for d in PACKAGES for p in (ROOT / d).rglob("*.py"))
BROWSER_FAVORITE = "browser:"  # curated queries for Neo4j Browser users are used by people, not code


@pytest.mark.parametrize("name", LIBRARY.names())
def test_query_is_used(name):
    text = LIBRARY[name]
    assert f'"{name}"' in CODE or BROWSER_FAVORITE in text, f"{name}.cypher is used by nothing"


def test_unknown_name_fails_at_start_up():
    with pytest.raises(UnknownQuery, match="no_such_query"):
        LIBRARY.require(["article_upsert", "no_such_query"])
