"""/network around a hub: every edge among the nodes it returns is there, however many edges the hub has."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.app import create_app
from tests.support.sample_graph import api_settings


def test_edges_among_the_admitted_nodes_survive_a_busy_hub(graph, server_settings):
    # A ministry that made 120 claims, one of them about a village. The network of that claim reaches
    # the ministry and the village in one step; the edges joining the three must all be there even
    # though the ministry's other 119 claims are many more than the edges a step may read.
    graph.write(
        "CREATE (:Group:Actor {id: 'group:ministry', name: 'Ministry', kind: 'government'}), "
        "(:Place {id: 'place:village', name: 'Village', kind: 'village'})"
    )
    graph.write(
        "MATCH (m:Group {id: 'group:ministry'}) UNWIND range(1, 60) AS i "
        "CREATE (:Claim {id: 'claim:early-' + toString(i), text: 'early'})-[:CLAIMED_BY]->(m)"
    )
    graph.write(
        "MATCH (m:Group {id: 'group:ministry'}), (v:Place {id: 'place:village'}) "
        "CREATE (v)<-[:ABOUT]-(:Claim {id: 'claim:center', text: 'the strike hit the village'})"
        "-[:CLAIMED_BY]->(m)"
    )
    graph.write(
        "MATCH (m:Group {id: 'group:ministry'}) UNWIND range(1, 59) AS i "
        "CREATE (:Claim {id: 'claim:late-' + toString(i), text: 'late'})-[:CLAIMED_BY]->(m)"
    )
    with TestClient(create_app(api_settings(server_settings))) as client:
        body = client.get("/network", params={"id": "claim:center", "depth": 1, "limit": 3}).json()
    nodes = {n["data"]["id"] for n in body["elements"]["nodes"]}
    edges = {(e["data"]["source"], e["data"]["type"], e["data"]["target"]) for e in body["elements"]["edges"]}
    assert nodes == {"claim:center", "group:ministry", "place:village"}
    assert edges == {
        ("claim:center", "CLAIMED_BY", "group:ministry"), ("claim:center", "ABOUT", "place:village")
    }  # fmt: skip
