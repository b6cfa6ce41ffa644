"""POST /cypher: read-only whatever we throw at it, on the real embedded server (ArcadeDB).

Each attack is sent through the real app and must be refused (or fail) without changing the graph:
the node and relationship counts and a fingerprint of every node's properties are compared before
and after. The rollback layer is tested with the lexical layer switched off; the lexical layer on its
own in unit/test_cypher_guard.py.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api import cypher_console
from api.app import create_app
from graph.db import Graph
from tests.support.cypher_cases import REFUSED
from tests.support.sample_graph import api_settings, write_sample_graph

MAX_ROWS = 50
MAX_BYTES = 20_000


@pytest.fixture(scope="module")
def graph(driver, server_settings, queries) -> Graph:  # module-wide: the sample graph is written once
    g = Graph(driver, server_settings.database)
    g.write("MATCH (n) DETACH DELETE n")
    write_sample_graph(g, queries)
    return g


@pytest.fixture(scope="module")
def client(server_settings, graph):
    settings = api_settings(server_settings, query_max_rows=MAX_ROWS, query_max_bytes=MAX_BYTES)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def fingerprint(graph: Graph) -> tuple:
    """Counts, labels and every property of every node and relationship: what an attack must not change."""
    nodes = graph.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = graph.read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b")
    indexes = graph.read("SHOW INDEXES")
    return (
        sorted(repr((sorted(n["labels"]), sorted(n["props"].items()))) for n in nodes),
        sorted(repr((r["a"], r["t"], sorted(r["p"].items()), r["b"])) for r in rels),
        sorted(i["name"] for i in indexes),
    )


def run(client: TestClient, query: str, **params):
    return client.post("/cypher", json={"query": query, "params": params})


# ---------------------------------------------------------------------- attacks through the app


def test_reads_work_and_return_json(client):
    response = run(client, "MATCH (g:Group {id: $id}) RETURN g.name AS name, g AS node", id="group:al-qaeda")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["name", "node"] and body["truncated"] is False and body["elapsed_ms"] >= 0
    [[name, node]] = body["rows"]
    assert name == "al-Qaeda"
    assert set(node["labels"]) == {"Group", "Actor"} and node["properties"]["kind"] == "armed_group"
    rels = run(client, "MATCH p = (:Person)-[r:MEMBER_OF]->(:Group) RETURN r, p LIMIT 1").json()["rows"][0]
    assert rels[0]["type"] == "MEMBER_OF" and len(rels[1]["nodes"]) == 2
    assert run(client, "CALL db.labels()").status_code == 200


@pytest.mark.parametrize(("query", "reason"), REFUSED)
def test_attacks_are_refused_and_change_nothing(client, graph, query, reason):
    before = fingerprint(graph)
    response = run(client, query)
    assert response.status_code == 403, response.text
    assert reason.lower() in response.json()["detail"].lower()
    assert fingerprint(graph) == before


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n) `CREATE` (m:Evil)",  # a quoted keyword is a name to the server: a syntax error
        "MATCH (n:Claim) RETURN n.text + CREATE",
        "RETURN 1 +",
    ],
)
def test_queries_the_server_refuses_are_422_and_change_nothing(client, graph, query):
    before = fingerprint(graph)
    response = run(client, query)
    assert response.status_code in (403, 422), response.text
    assert response.json()["detail"]
    assert fingerprint(graph) == before


def test_parameters_are_values_never_code(client, graph):
    before = fingerprint(graph)
    sneaky = "') CREATE (n:Evil) //"
    response = run(client, "MATCH (g:Group) WHERE g.name = $name RETURN $name AS echoed", name=sneaky)
    assert response.status_code == 200 and response.json()["rows"] == []
    echoed = run(client, "RETURN $value AS v", value={"nested": [1, "two", None, True]})
    assert echoed.json()["rows"] == [[{"nested": [1, "two", None, True]}]]
    bad_name = client.post("/cypher", json={"query": "RETURN 1", "params": {"x y": 1}})
    assert bad_name.status_code == 422 and "x y" in bad_name.json()["detail"]
    assert fingerprint(graph) == before


def test_rows_are_capped(client):
    body = run(client, "UNWIND range(1, 1000) AS i RETURN i").json()
    assert body["truncated"] is True and len(body["rows"]) == MAX_ROWS
    assert body["rows"][:3] == [[1], [2], [3]]
    small = run(client, f"UNWIND range(1, {MAX_ROWS}) AS i RETURN i").json()
    assert small["truncated"] is False and len(small["rows"]) == MAX_ROWS


def test_bytes_are_capped(client):
    body = run(client, "UNWIND range(1, 40) AS i RETURN i, $pad AS pad", pad="x" * 1_000).json()
    assert body["truncated"] is True and 10 < len(body["rows"]) < 40
    one_huge_row = run(client, "RETURN [x IN range(1, 20000) | 'abcdefghij'] AS big")
    assert one_huge_row.status_code == 413
    assert "byte limit" in one_huge_row.json()["detail"]


def test_rollback_discards_a_write_that_slips_past_the_check(client, graph, monkeypatch):
    """With the lexical layer off, a plain write still changes nothing: it runs in a transaction that
    is rolled back, and the write the server reports makes the answer a 403.

    (`CALL { } IN TRANSACTIONS` and schema statements are the reason the lexical layer exists: ArcadeDB
    commits those even when the surrounding transaction is rolled back, so they are never sent.)
    """
    monkeypatch.setattr(cypher_console, "check_query", lambda query: None)
    before = fingerprint(graph)
    writes = [
        "CREATE (n:Evil {id: 'evil'}) RETURN n.id",
        "MATCH (c:Claim) SET c.text = 'pwned' RETURN count(c)",
        "MATCH (n:Strike) DETACH DELETE n RETURN count(*)",
    ]
    for query in writes:
        response = run(client, query)
        assert response.status_code == 403, (query, response.text)
        assert "nothing was changed" in response.json()["detail"]
    assert fingerprint(graph) == before
