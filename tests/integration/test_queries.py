"""Every named query in cypher/ parses and runs on the real server (that each is used: unit/)."""

from __future__ import annotations

import pytest

from graph.queries import QueryLibrary
from tests.support.paths import ROOT

LIBRARY = QueryLibrary(ROOT / "cypher")


@pytest.mark.parametrize("name", LIBRARY.names())
def test_query_runs(graph, name):
    query = LIBRARY.get(name)
    missing = set(query.parameters) - set(query.example)
    assert not missing, f"{name}: `// params:` line lacks {missing}"
    graph.execute(lambda tx: tx.run(query.text, query.example).consume())
