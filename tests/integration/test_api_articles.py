"""POST /articles: the CLI's pipeline (real spaCy extraction, real writer) behind an API key."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Graph
from ingest.model import ArticleInput
from tests.support.sample_graph import api_settings

KEY = "articles-test-key"
# Two short wire stories we wrote for this test.
DEPOT = (
    "Turkish drones struck a fuel depot near the town of Qamishli in northeastern Syria on Sunday, "
    "the Kurdish-led Syrian Democratic Forces said.\n\n"
    "The SDF said three guards were killed. Turkey's Defence Ministry said it had neutralised 12 militants "
    "but did not mention the depot."
)
BRIDGE = (
    "KYIV — Ukraine's air force said on Tuesday that Russian missiles had damaged a road bridge near the "
    "city of Zaporizhzhia.\n\n"
    "Regional governor Ivan Fedorov said two people were wounded. Russia's Defence Ministry said its forces "
    "had hit military targets."
)


@pytest.fixture(scope="module")
def graph(driver, server_settings) -> Graph:
    g = Graph(driver, server_settings.database)
    g.write("MATCH (n) DETACH DELETE n")
    return g


@pytest.fixture(scope="module")
def client(server_settings, graph):
    with TestClient(create_app(api_settings(server_settings, api_key=KEY))) as test_client:
        yield test_client


def post(client: TestClient, articles: list[dict]) -> list[dict]:
    response = client.post("/articles", json={"articles": articles}, headers={"X-API-Key": KEY})
    assert response.status_code == 200, response.text
    return response.json()["results"]


@pytest.fixture(scope="module")
def first_post(client) -> tuple[list[dict], list[dict], list[dict]]:
    """The two stories and a blank one posted once to the empty graph, whichever test runs first:
    the search hits for one of their names before, the articles sent, and the results."""
    client.app.state.names.ttl = 3600  # only the ingest itself may refresh the search index
    before = client.get("/search", params={"q": "Syrian Democratic Forces"}).json()["items"]
    articles = [
        {"text": DEPOT, "title": "Drones hit fuel depot", "outlet": "Test Wire", "published": "2024-05-12"},
        {"text": "   \n  "},
        {"text": BRIDGE, "url": "https://wire.example/bridge", "published": "14 May 2024"},
    ]
    return before, articles, post(client, articles)


def test_articles_are_ingested_and_a_bad_one_fails_alone(client, first_post):
    searched_before, articles, results = first_post
    assert searched_before == []
    assert [r["status"] for r in results] == ["written", "failed", "written"]
    assert results[1]["error"] and results[1]["article_id"] is None
    assert results[2]["source_name"] == "https://wire.example/bridge"
    expected_id = ArticleInput(source_name=results[2]["source_name"], text=BRIDGE).id
    assert results[2]["article_id"] == expected_id
    assert client.get("/stats").json()["nodes"]["Article"] == 2
    for result in (results[0], results[2]):
        assert result["claims"] >= 1
        claims = client.get("/claims", params={"article": result["article_id"], "limit": 200}).json()
        assert claims["total"] == result["claims"]
    bridge = client.get("/claims", params={"article": expected_id}).json()["items"][0]
    assert bridge["article"]["published"] == "2024-05-14" and bridge["article"]["url"] == articles[2]["url"]


def test_a_resent_article_is_unchanged(client, first_post):
    before = client.get("/stats").json()
    results = post(client, [{"text": DEPOT, "title": "Drones hit fuel depot", "outlet": "Test Wire"}])
    assert [r["status"] for r in results] == ["unchanged"]
    assert client.get("/stats").json() == before


def test_new_names_are_searchable_at_once(client, first_post):
    claims = client.get("/claims", params={"limit": 200}).json()["items"]
    claimant = next(c["claimants"][0] for c in claims if c["claimants"])
    hits = client.get("/search", params={"q": claimant["name"]}).json()["items"]
    assert hits[0]["id"] == claimant["id"]
