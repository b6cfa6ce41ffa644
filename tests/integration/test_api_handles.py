"""Filters take the handles people use (ids, names, an article's url or file name), say what they do
with undated items, and answer 404 for what does not exist; /articles lists and shows articles."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Graph
from ingest.model import ArticleGraph
from ingest.write import ArticleWriter
from tests.support.sample_graph import _chain, _Story, api_settings, write_sample_graph

UNDATED_SOURCE = "undated-bulletin.txt"


@pytest.fixture(scope="module")
def ids(driver, server_settings, queries) -> dict[str, str]:
    """The sample graph and one more article, without a date, with one claim about an undated strike."""
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    found = write_sample_graph(graph, queries)
    sentence = "Shells fell on a market in Ariha, the Syrian Observatory for Human Rights said."
    story = _Story(UNDATED_SOURCE, "Test Bulletin", None, "Shelling reported in Ariha", None, [sentence])
    strike = story.strike(0, kind="shelling", place_id="place:ariha")
    claim = story.claim(
        0, "shells fell on a market in Ariha", "said", claimant_ids=[found["sohr"]], about_ids=[strike.id]
    )
    entities = _chain("sohr", "ariha")
    doc = ArticleGraph(article=story.article, entities=entities, claims=[claim], strikes=[strike])
    ArticleWriter(graph, queries).write(doc)
    undated = {"article_undated": story.article.id, "claim_undated": claim.id, "strike_undated": strike.id}
    return found | undated


@pytest.fixture(scope="module")
def client(server_settings, ids):
    with TestClient(create_app(api_settings(server_settings))) as test_client:
        yield test_client


def get(client: TestClient, path: str, **params) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def claim_ids(client: TestClient, **params) -> set[str]:
    return {c["id"] for c in get(client, "/claims", limit=200, **params)["items"]}


# ---------------------------------------------------------------------- names and ids


@pytest.mark.parametrize(
    ("param", "by_id", "by_name"),
    [
        ("claimant", "sohr", "Syrian Observatory for Human Rights"),
        ("claimant", "person:igor-konashenkov", "Konashenkof"),  # a typo still names one person
        ("about", "person:abu-khalid-al-shami", "al-Shami"),  # an alias
        ("about", "place:kafr-nabl", "Kafranbel"),
        ("place", "place:idlib", "Idleb"),
    ],
)
def test_claim_filters_take_an_id_or_a_name(client, ids, param, by_id, by_name):
    expected = claim_ids(client, **{param: ids.get(by_id, by_id)})
    assert expected
    assert claim_ids(client, **{param: by_name}) == expected


def test_strike_filters_take_an_id_or_a_name(client, ids):
    by_id = get(client, "/strikes", place="place:idlib", perpetrator="group:russian-aerospace-forces")
    by_name = get(client, "/strikes", place="Idlib province", perpetrator="Russian Aerospace Forces")
    assert by_id == by_name
    assert [s["id"] for s in by_id["items"]] == [ids["strike_kafr_nabl"]]


def test_an_ambiguous_name_lists_its_candidates(client):
    response = client.get("/claims", params={"claimant": "Defence Ministry"})
    assert response.status_code == 422, response.text
    body = response.json()
    candidates = {c["id"] for c in body["candidates"]}
    assert {"group:russian-defence-ministry", "group:syrian-defence-ministry"} <= candidates
    assert "group:russian-defence-ministry" in body["detail"] and "claimant" in body["detail"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/claims", {"claimant": "group:no-such-group"}),
        ("/claims", {"claimant": "Nobody Anyone Knows"}),
        ("/claims", {"about": "strike:0000000000000000"}),
        ("/claims", {"place": "Atlantis"}),
        ("/claims", {"article": "no-such-file.txt"}),
        ("/strikes", {"place": "place:atlantis"}),
        ("/strikes", {"perpetrator": "Nobody Anyone Knows"}),
        ("/network", {"id": "place:idlib", "place": "place:atlantis"}),
        ("/network", {"id": "place:no-such-place"}),
        ("/articles/article:0000000000000000", {}),
        ("/actors/group:no-such-group", {}),
        ("/strikes/strike:0000000000000000", {}),
        ("/claims/claim:0000000000000000", {}),
        ("/places/place:atlantis", {}),
        ("/people/person:nobody/fate", {}),
    ],
)
def test_what_does_not_exist_is_404_never_an_empty_list(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code == 404, response.text
    assert response.json()["detail"]


def test_an_id_of_the_wrong_kind_is_422(client):
    response = client.get("/claims", params={"claimant": "place:idlib"})
    assert response.status_code == 422
    assert "is a place, not a person or group" in response.json()["detail"]


def test_article_filter_takes_its_id_url_or_file_name(client, ids):
    by_id = claim_ids(client, article=ids["article_a"])
    assert len(by_id) == 4
    assert claim_ids(client, article="https://levantwire.example/2024/03/05/kafr-nabl-strike") == by_id
    assert claim_ids(client, article="levant-wire-2024-03-05.txt") == by_id


# ---------------------------------------------------------------------- undated items


def test_date_filters_keep_undated_items_by_default_and_count_them(client, ids):
    every = get(client, "/claims", limit=200)
    assert every["total"] == 13 and every["undated"] == 1
    assert every["items"][-1]["id"] == ids["claim_undated"], "undated last"
    ranged = get(client, "/claims", date_from="2024-03-06", date_to="2024-03-09", limit=200)
    assert ranged["undated"] == 1
    assert ids["claim_undated"] in {c["id"] for c in ranged["items"]}
    assert {c["published"] for c in ranged["items"]} == {"2024-03-06", "2024-03-09", None}
    dated = get(client, "/claims", date_from="2024-03-06", date_to="2024-03-09", undated="exclude", limit=200)
    assert dated["undated"] == 0 and dated["total"] == ranged["total"] - 1
    strikes = get(client, "/strikes", date_from="2024-03-06")
    assert strikes["undated"] == 1 and ids["strike_undated"] in {s["id"] for s in strikes["items"]}
    assert get(client, "/strikes", date_from="2024-03-06", undated="exclude")["undated"] == 0
    assert client.get("/claims", params={"undated": "maybe"}).status_code == 422


def test_network_date_filters_say_what_they_do_with_undated_claims(client, ids):
    def nodes(**params) -> set[str]:
        answer = get(client, "/network", id=ids["sohr"], date_from="2024-03-06", **params)
        return {n["data"]["id"] for n in answer["elements"]["nodes"]}

    assert ids["claim_undated"] in nodes()
    assert ids["claim_undated"] not in nodes(undated="exclude")
    assert ids["claim_sohr_14"] in nodes(undated="exclude")


# ---------------------------------------------------------------------- /articles


def test_articles_are_listed_newest_first_with_counts(client, ids):
    page = get(client, "/articles")
    assert page["total"] == 5 and page["undated"] == 1
    items = page["items"]
    assert [a["published"] for a in items] == ["2024-03-12", "2024-03-09", "2024-03-06", "2024-03-05", None]
    first = next(a for a in items if a["id"] == ids["article_a"])
    assert first["title"] == "Russia says strike near Kafr Nabl killed 30 militants"
    assert first["outlet"] == "Levant Wire"
    assert (first["claim_count"], first["strike_count"]) == (4, 1)
    second = get(client, "/articles", offset=1, limit=2)
    assert [a["id"] for a in second["items"]] == [a["id"] for a in items[1:3]]


def test_articles_text_filter(client, ids):
    assert {a["id"] for a in get(client, "/articles", q="levant WIRE")["items"]} == {
        ids["article_a"], ids["article_d"]
    }  # fmt: skip
    assert [a["id"] for a in get(client, "/articles", q="anbar-drone")["items"]] == [ids["article_c"]]
    assert get(client, "/articles", q="nothing like this")["total"] == 0


@pytest.mark.parametrize("handle", ["article_a", "levant-wire-2024-03-05.txt"])
def test_one_article_with_its_claims_in_reading_order_and_strikes(client, ids, handle):
    detail = get(client, f"/articles/{quote(ids.get(handle, handle), safe='')}")
    assert detail["article"]["id"] == ids["article_a"]
    assert [c["id"] for c in detail["claims"]] == [
        ids[k] for k in ("claim_ru_strike", "claim_fate_killed", "claim_hts_denial", "claim_sohr_12")
    ]
    assert [s["id"] for s in detail["strikes"]] == [ids["strike_kafr_nabl"]]
