"""The network reads: claimant → claim and disputer ⊣ claim, whole short captions for claims, and no
walk through hub actors (a state speaks about every strike of its war) unless asked."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.network import CLAIM_NAME_CHARS, caption
from graph.db import Graph
from tests.support.explorer_page import chromium_browser, served_app
from tests.support.sample_graph import api_settings

# Two strikes a state speaks about; a local council claims one of them and a militia disputes it.
HUB_GRAPH = """
CREATE (a:Article {id: 'article:hub', source_name: 'hub.txt', title: 'Two strikes', published: '2024-05-01',
                   text_sha256: '0'})
CREATE (state:Group:Actor {id: 'group:state-xx', name: 'Xland', aliases: ['Xland'], kind: 'state'})
CREATE (council:Group:Actor {id: 'group:town-council', name: 'Town Council', aliases: [], kind: 'government'})
CREATE (militia:Group:Actor {id: 'group:militia', name: 'Hill Militia', aliases: [], kind: 'armed_group'})
CREATE (s1:Strike {id: 'strike:one', kind: 'airstrike', date: '2024-05-01', date_precision: 'day'})
CREATE (s2:Strike {id: 'strike:two', kind: 'airstrike', date: '2024-04-20', date_precision: 'day'})
CREATE (c1:Claim {id: 'claim:one',
                  text: 'the strike hit a school, killing four pupils and a teacher who had stayed behind',
                  sentence: 'The council said the strike hit a school.', start: 0, end: 40, cue: 'said',
                  confidence: 0.9, stance: 'claimed', published: '2024-05-01'})
CREATE (c2:Claim {id: 'claim:two', text: 'the strike hit an arms depot',
                  sentence: 'Xland said it hit a depot.', start: 41, end: 70, cue: 'said', confidence: 0.9,
                  stance: 'claimed', published: '2024-05-01'})
CREATE (c1)-[:CLAIMED_BY]->(council), (c1)-[:CLAIMED_BY]->(state), (c1)-[:DISPUTED_BY]->(militia),
       (c1)-[:ABOUT]->(s1), (c2)-[:CLAIMED_BY]->(state), (c2)-[:ABOUT]->(s2),
       (c1)-[:REPORTED_IN]->(a), (c2)-[:REPORTED_IN]->(a)
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 civilians were killed", "12 civilians were killed"),
        ("the strike destroyed a bakery, not a command post, and killed the baker who lived above it",
         "the strike destroyed a bakery…"),
        ("Russian aircraft destroyed an HTS command post near the village of Kafr Nabl in Idlib killing 30",
         "Russian aircraft destroyed an HTS command post near the…"),
    ],
)  # fmt: skip
def test_claim_captions_are_whole_short_phrases(text, expected):
    assert caption(text) == expected
    assert len(caption(text)) <= CLAIM_NAME_CHARS + 1
    kept = caption(text).removesuffix("…")
    assert text.startswith(kept)
    assert kept == text or not text[len(kept)].isalnum(), "no word cut in two"


@pytest.fixture(scope="module")
def hub_graph(driver, server_settings) -> Graph:
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    graph.write(HUB_GRAPH)
    return graph


@pytest.fixture(scope="module")
def client(server_settings, hub_graph):
    with TestClient(create_app(api_settings(server_settings))) as test_client:
        yield test_client


def network(client: TestClient, **params) -> dict:
    response = client.get("/network", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def node_ids(answer: dict) -> set[str]:
    return {n["data"]["id"] for n in answer["elements"]["nodes"]}


def test_expansion_stops_at_hub_actors_unless_asked(client):
    around = network(client, id="strike:one", depth=3)
    assert {"claim:one", "group:state-xx", "group:town-council", "group:militia"} <= node_ids(around)
    assert "claim:two" not in node_ids(around), "what the state says of its other strike stays out"
    state = next(n["data"] for n in around["elements"]["nodes"] if n["data"]["id"] == "group:state-xx")
    assert state["hub"] is True
    edges = {
        (e["data"]["source"], e["data"]["type"], e["data"]["target"]) for e in around["elements"]["edges"]
    }
    assert ("claim:one", "CLAIMED_BY", "group:state-xx") in edges, "the hub keeps its edges to what is shown"
    assert "claim:two" in node_ids(network(client, id="strike:one", depth=3, through_hubs=True))
    from_the_hub = network(client, id="group:state-xx", depth=2)
    assert {"strike:one", "strike:two"} <= node_ids(from_the_hub), "the centre itself is always walked from"


@pytest.mark.browser
def test_the_explorer_draws_claimant_to_claim_and_disputer_tee_claim(server_settings, hub_graph):
    with served_app(server_settings) as site, chromium_browser() as browser:
        page = browser.new_page()
        page.goto(f"{site}/#id=strike%3Aone")
        page.wait_for_function("['ready', 'empty', 'error'].includes(document.body.dataset.network)")
        drawn = page.evaluate(
            """() => {
                const cy = window.claimgraph.network.cy;
                const edge = (type, actor) => cy.edges(`[type = "${type}"][source = "${actor}"]`);
                const claimed = edge("CLAIMED_BY", "group:town-council");
                const disputed = edge("DISPUTED_BY", "group:militia");
                return {
                    claimed: [claimed.length, claimed.data("target"), claimed.style("target-arrow-shape")],
                    disputed: [disputed.length, disputed.data("target"),
                               disputed.style("target-arrow-shape")],
                    caption: cy.$id("claim:one").data("short"),
                };
            }"""
        )
    assert drawn["claimed"] == [1, "claim:one", "triangle"]
    assert drawn["disputed"] == [1, "claim:one", "tee"]
    assert drawn["caption"] == "the strike hit a school…"
