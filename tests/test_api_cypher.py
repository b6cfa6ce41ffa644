"""POST /cypher: read-only whatever we throw at it, on the real embedded server (ArcadeDB).

Each attack is sent through the real app and must be refused (or fail) without changing the graph:
the node and relationship counts and a fingerprint of every node's properties are compared before
and after. The lexical layer is also tested on its own, and the rollback layer with the lexical
layer switched off.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api import cypher_console
from api.app import create_app
from api.cypher_console import check_query
from graph.db import Graph
from graph.errors import BadRequest, ForbiddenQuery
from tests.sample_graph import api_settings, write_sample_graph

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


# ---------------------------------------------------------------------- the lexical check alone

ALLOWED = [
    "MATCH (n:Group) RETURN n.name LIMIT 5",
    "MATCH (c:Claim) WHERE c.text CONTAINS 'set' OR c.sentence CONTAINS 'CREATE' RETURN c.start, c.end",
    "MATCH (c:Claim)-[:CLAIMED_BY]->(x:Actor) RETURN x.name, count(c) AS n ORDER BY n DESC",
    "MATCH p = shortestPath((a:Person)-[*..4]-(b:Place)) RETURN length(p) LIMIT 1",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "MATCH (n) WHERE EXISTS { (n)-[:MEMBER_OF]->() } RETURN count(n)",
    "MATCH (c:Claim) CALL { WITH c MATCH (c)-[:ABOUT]->(t) RETURN count(t) AS n } RETURN c.id, n",
    "RETURN date('2024-03-05') + duration('P1D') AS d, date.truncate('month', date('2024-03-05'))",
    "WITH {start: 1, end: 2} AS m RETURN m.start",
    "MATCH (n:`Group`) RETURN n.`name` // a comment with CREATE in it\n",
    "/* DELETE everything? no */ MATCH (n:Place) RETURN n.name",
    "RETURN 'it''s' AS a",  # two adjacent strings: the server rejects it, the check does not need to
    "EXPLAIN MATCH (n) RETURN n",
    "MATCH (n) RETURN n.name AS `quoted, with spaces`",
    "RETURN $x AS value",
]

REFUSED = [
    ("CREATE (n:Evil) RETURN n", "CREATE"),
    ("match (n) detach delete n", "DETACH"),
    ("MATCH (c:Claim) SET c.text = 'x'", "SET"),
    ("MERGE (n:Evil {id: 1})", "MERGE"),
    ("MATCH (c:Claim) REMOVE c.text", "REMOVE"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"),
    ("load\n  csv from 'file:///etc/passwd' as row return row", "LOAD CSV"),
    ("LOAD/**/CSV FROM 'https://example.com/x.csv' AS row RETURN row", "LOAD"),
    ("MATCH (n) RETURN n // harmless?\nCREATE (m:Evil)", "CREATE"),
    ("MATCH (n) RETURN n /* */ ; CREATE (m:Evil)", "one statement"),
    ("MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS RETURN count(*)", "IN TRANSACTIONS"),
    ("MATCH (n) CALL (n) { DELETE n } IN 2 CONCURRENT TRANSACTIONS", "IN TRANSACTIONS"),
    ("CALL { CREATE (:Evil) } RETURN 1", "CREATE"),
    ("USE system SHOW USERS", "USE"),
    ("USE other MATCH (n) RETURN n", "USE"),
    ("SHOW DATABASES", "SHOW"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE"),
    ("FOREACH (x IN [1] | CREATE (:Evil))", "FOREACH"),
    ("EXPLAIN CREATE (n:Evil)", "CREATE"),
    ("DROP INDEX person_name", "DROP"),
    ("CREATE INDEX evil IF NOT EXISTS FOR (n:Claim) ON (n.text)", "CREATE"),
    ("CALL dbms.security.listUsers()", "procedure dbms.security.listusers"),
    ("CALL apoc.load.json('file:///etc/passwd')", "LOAD"),
    ("CALL apoc.cypher.runWrite('CREATE (:Evil)', {})", "procedure apoc.cypher.runwrite"),
    ("CALL db.createLabel('Evil')", "procedure db.createlabel"),
    ("CALL `apoc`.`cypher`.`run`('MATCH (n) RETURN n', {})", "procedure apoc.cypher.run"),
    ("RETURN apoc.text.join(['a'], 'b')", "function apoc.text.join()"),
    ("RETURN `apoc.util.sleep`(1000)", "function apoc.util.sleep()"),
    ("RETURN util.sleep(10000)", "function util.sleep()"),
    ("RETURN text.lpad('', 1000000000, 'x')", "function text.lpad()"),
    ("RETURN eval('1 + 1')", "function eval()"),
    ("MATCH (n) RETURN n \\u0043REATE (m)", "escapes"),
    ("MATCH (n) RETURN n ＣREATE (m)", "U+FF23"),
    ("MATCH (n) RETURN n // a line separator ends a comment\u2028CREATE (m:Evil)", "U+2028"),
    ("MATCH (n:`Unterminated) RETURN n", "unterminated"),
    ("RETURN 'unterminated", "unterminated"),
    ("MATCH (n) /* unterminated", "unterminated"),
    ("INSERT (:Evil {id: 1})", "INSERT"),
    ("MATCH (n) WITH n AS set RETURN set", "SET"),
    ("BEGIN", "BEGIN"),
    ("RETURN $ x", "parameter"),
]


@pytest.mark.parametrize("query", ALLOWED)
def test_read_queries_pass_the_check(query):
    check_query(query)


@pytest.mark.parametrize(("query", "reason"), REFUSED)
def test_attacks_fail_the_check(query, reason):
    with pytest.raises(ForbiddenQuery) as refused:
        check_query(query)
    assert reason.lower() in str(refused.value).lower()


def test_empty_query_is_a_bad_request():
    with pytest.raises(BadRequest):
        check_query("  // nothing but a comment\n")


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
