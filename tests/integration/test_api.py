"""The REST API through the real app (lifespan, driver, routes) against the test server's sample graph."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Graph
from tests.support.sample_graph import api_settings, write_sample_graph

KEY = "test-key-0123456789"
ORIGIN = "http://explorer.example"


@pytest.fixture(scope="module")
def ids(driver, server_settings, queries) -> dict[str, str]:
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    return write_sample_graph(graph, queries)


@pytest.fixture(scope="module")
def client(server_settings, ids):
    settings = api_settings(server_settings, api_key=KEY, cors_origins=[ORIGIN], max_body_bytes=50_000)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def get(client: TestClient, path: str, **params) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def path_id(node_id: str) -> str:
    return quote(node_id, safe="")


def names(items: list[dict]) -> list[str]:
    return [i["name"] for i in items]


# ---------------------------------------------------------------------- health and stats


def test_health_and_stats(client):
    assert get(client, "/health/live") == {"status": "ok"}
    assert get(client, "/health/ready") == {"status": "ok", "database": "kg"}
    stats = get(client, "/stats")
    assert stats["nodes"] == {"Article": 4, "Person": 4, "Group": 11, "Place": 7, "Strike": 3, "Claim": 12}
    assert stats["relationships"]["CLAIMED_BY"] == 12
    assert stats["relationships"]["DISPUTED_BY"] == 4
    assert stats["relationships"]["MEMBER_OF"] == 4


def test_openapi_documents_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = """/search /actors /actors/{actor_id} /claims /claims/{claim_id} /strikes /strikes/{strike_id}
        /places /places/{place_id} /network /people/{person_id}/fate /queries /queries/{name} /cypher
        /articles /map /health/live /health/ready /stats"""
    assert set(paths.split()) <= set(spec["paths"])
    assert "ClaimSummary" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 200


# ---------------------------------------------------------------------- search


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Qaida", "group:al-qaeda"),  # alias, transliteration
        ("al-Qaeda", "group:al-qaeda"),
        ("Konashenkof", "person:igor-konashenkov"),  # typo
        ("Idleb", "place:idlib"),  # alias
        ("Husaibah", "place:husaybah"),
        ("white helmets", "group:syria-civil-defence"),  # alias of another name
        ("russian defense ministry", "group:russian-defence-ministry"),  # US spelling
        ("CENTCOM", "group:us-central-command"),
        ("airstrike kafr nabl", None),  # strikes are found by kind and place
    ],
)
def test_search_is_alias_aware_and_tolerant(client, ids, query, expected):
    items = get(client, "/search", q=query)["items"]
    assert items, query
    assert items[0]["id"] == (expected or ids["strike_kafr_nabl"])
    assert 0 < items[0]["score"] <= 1


def test_search_filters_types_and_ranks_exact_first(client):
    items = get(client, "/search", q="Syria", types="Place")["items"]
    expected = {
        "id": "place:syria",
        "label": "Place",
        "name": "Syria",
        "kind": "country",
        "detail": "country",
    }
    assert items[0] == expected | {"score": 1.0}
    assert {i["label"] for i in items} == {"Place"}
    person = get(client, "/search", q="konashenkov", types="Person,Group")["items"][0]
    assert person["detail"] == "spokesman, Russian Defence Ministry"


def test_search_rejects_unknown_types_and_empty_queries(client):
    assert client.get("/search", params={"q": "x", "types": "Person,Bogus"}).status_code == 422
    response = client.get("/search", params={"q": ""})
    assert response.status_code == 422
    assert "query parameter 'q'" in response.json()["detail"]


# ---------------------------------------------------------------------- actors


def test_actor_list_pages_by_name(client):
    first = get(client, "/actors", limit=5)
    second = get(client, "/actors", offset=5, limit=5)
    assert first["total"] == second["total"] == 15
    assert (first["offset"], first["limit"], second["offset"]) == (0, 5, 5)
    every = names(get(client, "/actors", limit=100)["items"])
    assert names(first["items"]) + names(second["items"]) == every[:10]
    assert every == sorted(every, key=str.lower)


def test_actor_list_filters(client):
    people = get(client, "/actors", label="Person")
    assert people["total"] == 4 and {a["label"] for a in people["items"]} == {"Person"}
    ngos = get(client, "/actors", kind="ngo")["items"]
    assert names(ngos) == ["Syria Civil Defence", "Syrian Observatory for Human Rights"]
    found = get(client, "/actors", q="defence ministry")["items"]
    assert {a["id"] for a in found} >= {"group:russian-defence-ministry", "group:syrian-defence-ministry"}
    ministry = next(a for a in found if a["id"] == "group:russian-defence-ministry")
    assert ministry["claim_count"] == 4  # two by its spokesman, two by itself
    assert "Russian Ministry of Defence" in ministry["aliases"]
    assert client.get("/actors", params={"kind": "bogus"}).status_code == 422


def test_actor_detail(client, ids):
    detail = get(client, f"/actors/{path_id(ids['ministry'])}")
    assert detail["actor"]["name"] == "Russian Defence Ministry" and detail["actor"]["label"] == "Group"
    made = {c["id"] for c in detail["claims_made"]}
    assert made == {ids["claim_ru_strike"], ids["claim_fate_killed"], ids["claim_fate_killed_again"],
                    ids["claim_ceasefire"]}  # fmt: skip
    published = [c["published"] for c in detail["claims_made"]]
    assert published == sorted(published, reverse=True)
    totals = {"claims_made": 4, "claims_disputed": 0, "claims_about": len(detail["claims_about"])}
    assert detail["totals"] == totals | {"strikes_carried_out": 0, "strikes_targeted": 0}
    assert detail["members"] == [
        {"person": {"id": ids["konashenkov"], "label": "Person", "name": "Igor Konashenkov", "kind": None},
         "role": "spokesman"}
    ]  # fmt: skip

    hts = get(client, f"/actors/{path_id(ids['hts'])}")
    assert {c["id"] for c in hts["claims_disputed"]} == {
        ids["claim_ru_strike"], ids["claim_fate_killed"], ids["claim_fate_killed_again"]
    }  # fmt: skip
    assert [s["id"] for s in hts["strikes_targeted"]] == [ids["strike_kafr_nabl"]]
    assert {m["person"]["name"]: m["role"] for m in hts["members"]} == {
        "Abu Khalid al-Shami": "commander", "Abu Omar al-Halabi": "spokesman"
    }  # fmt: skip

    person = get(client, f"/actors/{path_id(ids['al_shami'])}")
    assert len(person["claims_about"]) == 3
    assert person["member_of"][0]["group"]["id"] == ids["hts"]
    aerospace = get(client, f"/actors/{path_id(ids['aerospace'])}")
    assert [s["id"] for s in aerospace["strikes_carried_out"]] == [ids["strike_kafr_nabl"]]


def test_unknown_actor_is_404(client):
    response = client.get(f"/actors/{path_id('group:nobody')}")
    assert response.status_code == 404
    assert response.json() == {"detail": "no person or group with id 'group:nobody'"}


# ---------------------------------------------------------------------- claims


def claim_ids(client: TestClient, **params) -> set[str]:
    page = get(client, "/claims", limit=200, **params)
    assert page["total"] == len(page["items"])
    return {c["id"] for c in page["items"]}


def test_claims_page_newest_first(client):
    page = get(client, "/claims", limit=5)
    assert page["total"] == 12 and len(page["items"]) == 5
    rest = get(client, "/claims", offset=5, limit=10)["items"]
    dates = [c["published"] for c in page["items"] + rest]
    assert len(dates) == 12 and dates == sorted(dates, reverse=True)
    assert not {c["id"] for c in page["items"]} & {c["id"] for c in rest}


def test_claimant_filter_includes_members(client, ids):
    by_ministry = claim_ids(client, claimant=ids["ministry"])
    by_spokesman = claim_ids(client, claimant=ids["konashenkov"])
    assert by_spokesman == {ids["claim_ru_strike"], ids["claim_fate_killed"]}
    assert by_ministry == by_spokesman | {ids["claim_fate_killed_again"], ids["claim_ceasefire"]}
    assert claim_ids(client, claimant=ids["hts"]) == {ids["claim_hts_denial"], ids["claim_fate_alive"]}


def test_place_filters_include_places_within(client, ids):
    in_syria = claim_ids(client, place=ids["syria"])
    assert ids["claim_ariha_unconfirmed"] in in_syria and ids["claim_sohr_14"] in in_syria
    assert ids["claim_ceasefire"] in in_syria  # about Idlib itself
    assert ids["claim_centcom"] not in in_syria
    assert claim_ids(client, place=ids["iraq"]) == {ids["claim_centcom"], ids["claim_joc"]}
    about_idlib = claim_ids(client, about=ids["idlib"])
    assert about_idlib == in_syria  # everything in Syria here is in Idlib
    assert claim_ids(client, about=ids["al_shami"]) == {
        ids["claim_fate_killed"], ids["claim_fate_alive"], ids["claim_fate_killed_again"]
    }  # fmt: skip


def test_disputed_article_and_date_filters(client, ids):
    disputed = claim_ids(client, disputed="true")
    assert disputed == {ids["claim_ru_strike"], ids["claim_fate_killed"], ids["claim_hts_denial"],
                        ids["claim_ariha_unconfirmed"], ids["claim_fate_killed_again"]}  # fmt: skip
    assert len(claim_ids(client, disputed="false")) == 12 - len(disputed)
    assert len(claim_ids(client, article=ids["article_b"])) == 4
    window = get(client, "/claims", date_from="2024-03-06", date_to="2024-03-09", limit=50)["items"]
    assert {c["published"] for c in window} == {"2024-03-06", "2024-03-09"}
    combined = claim_ids(client, claimant=ids["sohr"], date_from="2024-03-06")
    assert combined == {ids["claim_sohr_14"], ids["claim_ariha_unconfirmed"]}


def test_claim_detail(client, ids):
    claim = get(client, f"/claims/{path_id(ids['claim_sohr_14'])}")
    assert claim["killed"] == 14 and claim["qualifier"] == "at least"
    assert claim["article"]["outlet"] == "North Syria Monitor" and claim["article"]["url"] is None
    assert claim["claimants"] == [
        {"id": ids["sohr"], "label": "Group", "name": "Syrian Observatory for Human Rights", "kind": "ngo"}
    ]
    assert claim["about"] == [
        {"id": ids["strike_kafr_nabl"], "label": "Strike", "name": "airstrike, 2024-03-05"}
    ]
    assert claim["sentence"].startswith("The death toll") and claim["end"] - claim["start"] == len(
        claim["sentence"]
    )
    denial = get(client, f"/claims/{path_id(ids['claim_ariha_unconfirmed'])}")
    assert denial["stance"] == "unconfirmed" and denial["disputed"] is True
    assert denial["disputers"][0]["name"] == "Syrian Defence Ministry"
    assert client.get(f"/claims/{path_id('claim:none')}").status_code == 404


def test_bad_filter_values_are_422_with_a_clear_message(client):
    response = client.get("/claims", params={"date_from": "March"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("query parameter 'date_from':")
    for path, params in (("/claims", {}), ("/strikes", {}), ("/network", {"id": "place:syria"})):
        assert client.get(path, params=params).status_code == 200, path
        for bad in ({"date_from": "-3.6e-220"}, {"date_to": "1711929600"}):  # not read as Unix timestamps
            response = client.get(path, params=params | bad)
            assert response.status_code == 422 and "YYYY-MM-DD" in response.text, (path, response.text)
    assert client.get("/claims", params={"date_from": "2024-03-05"}).status_code == 200
    assert client.get("/claims", params={"limit": 201}).status_code == 422
    assert client.get("/claims", params={"offset": -1}).status_code == 422
    assert client.get("/claims", params={"disputed": "maybe"}).status_code == 422


# ---------------------------------------------------------------------- strikes


def test_strike_list_and_filters(client, ids):
    page = get(client, "/strikes")
    assert page["total"] == 3
    assert [s["date"] for s in page["items"]] == ["2024-03-08", "2024-03-06", "2024-03-05"]
    in_syria = {s["id"] for s in get(client, "/strikes", place=ids["syria"])["items"]}
    assert in_syria == {ids["strike_kafr_nabl"], ids["strike_ariha"]}
    by_centcom = get(client, "/strikes", perpetrator=ids["centcom"])["items"]
    assert [s["id"] for s in by_centcom] == [ids["strike_husaybah"]]
    assert by_centcom[0]["place"]["name"] == "Husaybah"
    assert {t["name"] for t in by_centcom[0]["targets"]} == {"Hamza al-Rawi", "al-Qaeda"}
    assert get(client, "/strikes", kind="shelling")["total"] == 1
    assert get(client, "/strikes", date_from="2024-03-06", date_to="2024-03-07")["total"] == 1
    assert client.get("/strikes", params={"kind": "nuclear"}).status_code == 422


def test_strike_detail_groups_claims_and_figures(client, ids):
    strike = get(client, f"/strikes/{path_id(ids['strike_kafr_nabl'])}")
    assert strike["kind"] == "airstrike" and strike["place"]["id"] == ids["kafr_nabl"]
    assert strike["claim_count"] == 6  # two articles' reports resolved to one strike
    grouped = {stance: {c["id"] for c in claims} for stance, claims in strike["claims"].items()}
    assert grouped == {
        "claimed": {ids["claim_sohr_12"], ids["claim_sohr_14"], ids["claim_white_helmets"]},
        "disputed": {ids["claim_ru_strike"], ids["claim_fate_killed"], ids["claim_hts_denial"]},
        "unconfirmed": set(),
    }
    figures = {(f["claimant"]["name"], f["killed"], f["wounded"], f["qualifier"]) for f in strike["figures"]}
    assert figures == {
        ("Igor Konashenkov", 30, None, None),
        ("Syrian Observatory for Human Rights", 12, 20, None),
        ("Syrian Observatory for Human Rights", 14, None, "at least"),
        ("Syria Civil Defence", 9, 25, None),
    }
    assert [a["id"] for a in strike["articles"]] == [ids["article_a"], ids["article_b"]]
    ariha = get(client, f"/strikes/{path_id(ids['strike_ariha'])}")
    assert [c["id"] for c in ariha["claims"]["unconfirmed"]] == [ids["claim_ariha_unconfirmed"]]
    assert client.get(f"/strikes/{path_id('strike:none')}").status_code == 404


def test_map_places_strikes_with_coordinates_and_contest(client, ids):
    answer = get(client, "/map")
    assert answer["truncated"] is False
    by_id = {s["id"]: s for s in answer["strikes"]}
    assert [s["date"] for s in answer["strikes"]] == ["2024-03-08", "2024-03-06", "2024-03-05"]
    kafr_nabl = by_id[ids["strike_kafr_nabl"]]
    assert (kafr_nabl["place_id"], kafr_nabl["lat"], kafr_nabl["lon"]) == (ids["kafr_nabl"], 35.61, 36.56)
    assert kafr_nabl["claim_count"] == 6 and kafr_nabl["dispute_count"] == 2
    assert kafr_nabl["contest"] == "disputed"  # one perpetrator named, claims about it disputed
    assert by_id[ids["strike_husaybah"]]["contest"] == "none"
    in_syria = {s["id"] for s in get(client, "/map", place=ids["syria"])["strikes"]}
    assert in_syria == {ids["strike_kafr_nabl"], ids["strike_ariha"]}
    by_centcom = get(client, "/map", perpetrator=ids["centcom"])["strikes"]
    assert [s["id"] for s in by_centcom] == [ids["strike_husaybah"]]
    assert len(get(client, "/map", date_from="2024-03-06", date_to="2024-03-07")["strikes"]) == 1
    assert get(client, "/map", limit=2)["truncated"] is True
    assert client.get("/map", params={"perpetrator": "nobody-at-all-xyz"}).status_code == 404


# ---------------------------------------------------------------------- places


def test_places_list_and_search(client):
    page = get(client, "/places")
    assert page["total"] == 7
    assert names(page["items"]) == sorted(names(page["items"]), key=str.lower)
    assert names(get(client, "/places", kind="country")["items"]) == ["Iraq", "Syria"]
    assert get(client, "/places", q="Kafranbel")["items"][0]["name"] == "Kafr Nabl"
    assert get(client, "/places", q="Idleb", limit=1) == {
        "items": [{"id": "place:idlib", "name": "Idlib", "kind": "admin", "country_code": "SY",
                   "lat": 35.93, "lon": 36.63}],
        "total": 1, "offset": 0, "limit": 1,
    }  # fmt: skip


def test_place_detail_hierarchy_and_strikes_within(client, ids):
    village = get(client, f"/places/{path_id(ids['kafr_nabl'])}")
    assert [p["id"] for p in village["ancestors"]] == [ids["idlib"], ids["syria"]]
    assert village["children"] == []
    assert [s["id"] for s in village["strikes"]] == [ids["strike_kafr_nabl"]]
    country = get(client, f"/places/{path_id(ids['syria'])}")
    assert country["ancestors"] == [] and names(country["children"]) == ["Idlib"]
    assert [s["id"] for s in country["strikes"]] == [ids["strike_ariha"], ids["strike_kafr_nabl"]]
    assert names(get(client, f"/places/{path_id(ids['idlib'])}")["children"]) == ["Ariha", "Kafr Nabl"]
    assert client.get(f"/places/{path_id('place:atlantis')}").status_code == 404


# ---------------------------------------------------------------------- fate timeline


def test_fate_timeline_killed_then_alive_then_killed(client, ids):
    timeline = get(client, f"/people/{path_id(ids['al_shami'])}/fate")
    assert timeline["person"]["name"] == "Abu Khalid al-Shami"
    events = [(e["fate"], e["date"], e["claim"]["claimants"][0]["name"]) for e in timeline["events"]]
    assert events == [
        ("killed", "2024-03-05", "Igor Konashenkov"),
        ("alive", "2024-03-06", "Abu Omar al-Halabi"),
        ("killed", "2024-03-12", "Russian Defence Ministry"),
    ]
    assert [e["claim"]["disputed"] for e in timeline["events"]] == [True, False, True]
    assert get(client, f"/people/{path_id(ids['konashenkov'])}/fate")["events"] == []
    assert client.get(f"/people/{path_id(ids['hts'])}/fate").status_code == 404  # a group has no fate


# ---------------------------------------------------------------------- network


def network(client: TestClient, **params) -> tuple[dict[str, dict], list[dict], dict]:
    body = get(client, "/network", **params)
    nodes = {n["data"]["id"]: n["data"] for n in body["elements"]["nodes"]}
    edges = [e["data"] for e in body["elements"]["edges"]]
    for edge in edges:
        assert edge["source"] in nodes and edge["target"] in nodes, edge
    return nodes, edges, body


def test_network_is_cytoscape_json_around_a_node(client, ids):
    nodes, edges, body = network(client, id=ids["strike_kafr_nabl"])
    assert body["center"] == ids["strike_kafr_nabl"] and body["truncated"] is False
    strike = nodes[ids["strike_kafr_nabl"]]
    assert strike["label"] == "Strike" and strike["name"] == "airstrike, Kafr Nabl, 2024-03-05"
    assert strike["claim_count"] == 6
    assert {n["label"] for n in nodes.values()} == {"Strike", "Claim", "Group", "Place"}
    assert {e["type"] for e in edges} >= {"ABOUT", "CARRIED_OUT_BY", "TARGETED", "LOCATED_IN"}
    assert ids["konashenkov"] not in nodes  # two steps away: claimant of a claim about the strike
    claim = nodes[ids["claim_sohr_12"]]
    assert claim["name"] == "12 civilians were killed and 20 wounded in the strike"
    assert claim["sentence"].startswith("The Syrian Observatory") and claim["published"] == "2024-03-05"
    assert not any(n["id"].startswith("article:") for n in nodes.values())

    deeper, deeper_edges, _ = network(client, id=ids["strike_kafr_nabl"], depth=2)
    assert ids["konashenkov"] in deeper and ids["idlib"] in deeper
    assert {"CLAIMED_BY", "DISPUTED_BY"} <= {e["type"] for e in deeper_edges}
    assert len({e["id"] for e in deeper_edges}) == len(deeper_edges)


@pytest.mark.parametrize(
    ("center", "depth", "limit"), [("strike_kafr_nabl", 2, 300), ("hts", 3, 12), ("syria", 2, 9)]
)
def test_network_has_every_edge_among_its_nodes(client, driver, server_settings, ids, center, depth, limit):
    nodes, edges, _ = network(client, id=ids[center], depth=depth, limit=limit)
    rows = Graph(driver, server_settings.database).read(
        "MATCH (a)-[r:CLAIMED_BY|DISPUTED_BY|ABOUT|LOCATED_IN|CARRIED_OUT_BY|TARGETED|MEMBER_OF]->(b) "
        "WHERE a.id IN $ids AND b.id IN $ids RETURN a.id AS source, type(r) AS type, b.id AS target",
        ids=list(nodes),
    )
    assert {(e["source"], e["type"], e["target"]) for e in edges} == {
        (r["source"], r["type"], r["target"]) for r in rows
    }


def test_network_caps_and_filters(client, ids):
    nodes, _, body = network(client, id=ids["hts"], depth=3, limit=8)
    assert len(nodes) == 8 and body["truncated"] is True
    disputed, _, _ = network(client, id=ids["hts"], depth=1, disputed_only="true")
    claims = [n for n in disputed.values() if n["label"] == "Claim"]
    assert claims and all(n["disputed"] for n in claims)
    early, _, _ = network(client, id=ids["al_shami"], date_to="2024-03-06")
    assert {n["published"] for n in early.values() if n["label"] == "Claim"} == {"2024-03-05", "2024-03-06"}
    iraq_only, _, _ = network(client, id=ids["sohr"], depth=2, place=ids["iraq"])
    assert [n for n in iraq_only.values() if n["label"] in ("Claim", "Strike")] == []
    people, _, _ = network(client, id=ids["strike_kafr_nabl"], depth=2, actor_kind="person")
    assert {n["label"] for n in people.values() if n["id"] != ids["strike_kafr_nabl"]} >= {"Person"}
    assert "Group" not in {n["label"] for n in people.values()}


def test_network_errors(client):
    assert client.get("/network", params={"id": "group:nobody"}).status_code == 404
    assert client.get("/network", params={"id": "group:al-qaeda", "depth": 4}).status_code == 422
    assert client.get("/network", params={"id": "group:al-qaeda", "limit": 2001}).status_code == 422
    response = client.get("/network", params={"id": "group:al-qaeda", "actor_kind": "aliens"})
    assert response.status_code == 422 and "actor_kind" in response.json()["detail"]


# ---------------------------------------------------------------------- curated queries


def test_curated_queries_are_listed_with_their_examples(client):
    listed = get(client, "/queries")
    assert listed, "cypher/ has curated queries"
    assert all(q["name"] and q["description"] and q["folder"] for q in listed)
    assert not any(q["name"].startswith("api_") for q in listed)  # code-only queries are not on the menu
    first = listed[0]
    detail = get(client, f"/queries/{first['name']}")
    assert detail["text"].startswith("//") and set(first["parameters"]) <= set(detail["example"])
    assert client.get("/queries/api_claims_page").status_code == 404


def test_a_curated_query_runs_in_the_console_with_its_example(client):
    for query in get(client, "/queries"):
        text = get(client, f"/queries/{query['name']}")["text"]
        response = client.post("/cypher", json={"query": text, "params": query["example"]})
        assert response.status_code == 200, (query["name"], response.text)


# ---------------------------------------------------------------------- explorer and CORS


def test_explorer_page_and_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<html" in page.text.lower()
    assert client.get("/static/no-such-file.js").status_code == 404


def test_page_loads_without_node_modules(server_settings, ids, monkeypatch, tmp_path):
    monkeypatch.setattr("api.app.VENDOR", tmp_path / "vendor")  # as when `npm ci` never ran
    with TestClient(create_app(api_settings(server_settings))) as bare:
        assert bare.get("/").status_code == 200
        missing = bare.get("/assets/cytoscape.min.js")
        assert missing.status_code == 404 and missing.json()["detail"].startswith("not found")


def test_cors_allows_only_configured_origins(client):
    allowed = client.get("/stats", headers={"Origin": ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    other = client.get("/stats", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options(
        "/cypher",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200


# ---------------------------------------------------------------------- errors


def test_wrong_methods_and_paths_are_clean(client):
    response = client.post("/stats")
    assert response.status_code == 405 and response.headers["allow"] == "GET"
    assert response.json() == {"detail": "method POST is not allowed on /stats; allowed: GET"}
    assert client.delete("/claims").status_code == 405
    assert client.get("/cypher").status_code == 405
    missing = client.get("/nowhere")
    assert missing.status_code == 404 and missing.json()["detail"].startswith("not found: /nowhere")


def test_malformed_json_is_422(client):
    response = client.post("/cypher", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert "malformed JSON" in response.json()["detail"]
    missing = client.post("/cypher", json={"params": {}})
    assert missing.status_code == 422 and "body.query" in missing.json()["detail"]


def test_oversized_bodies_are_413(client):
    big = {"query": "RETURN 1", "params": {"x": "a" * 60_000}}
    response = client.post("/cypher", json=big)
    assert response.status_code == 413
    assert response.json() == {"detail": "request body over the 50,000 byte limit"}

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(20):
            yield b"x" * 5_000

    streamed = client.post("/cypher", content=chunks(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413
    assert client.get("/health/live").status_code == 200


def test_articles_need_the_api_key(client):
    body = {"articles": [{"text": "Nothing to see here."}]}
    missing = client.post("/articles", json=body)
    assert missing.status_code == 401 and missing.json() == {"detail": "missing X-API-Key header"}
    wrong = client.post("/articles", json=body, headers={"X-API-Key": "guess"})
    assert wrong.status_code == 401 and wrong.json() == {"detail": "wrong API key"}
    assert client.post("/articles", json={"articles": []}, headers={"X-API-Key": KEY}).status_code == 422


def test_articles_are_refused_when_no_key_is_configured(server_settings, ids):
    with TestClient(create_app(api_settings(server_settings, api_key=None))) as no_key:
        response = no_key.post("/articles", json={"articles": [{"text": "x"}]}, headers={"X-API-Key": ""})
    assert response.status_code == 503
    assert "no KG_API_KEY" in response.json()["detail"]


def test_unexpected_errors_are_a_clean_500(server_settings, ids, monkeypatch):
    from api.store import Store

    def boom(self, claim_id):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(Store, "claim", boom)
    with TestClient(create_app(api_settings(server_settings)), raise_server_exceptions=False) as c:
        response = c.get("/claims/claim:x")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal error; it has been logged"}
    assert "secret" not in response.text and "Traceback" not in response.text
