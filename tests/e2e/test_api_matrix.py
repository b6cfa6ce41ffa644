"""GET /matrix: claimants against strikes, or against one strike's facts, cell by cell with stance; and its
page in the explorer."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Graph
from tests.support.explorer_page import chromium_browser, served_app
from tests.support.paths import ROOT
from tests.support.sample_graph import api_settings, write_sample_graph

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def ids(driver, server_settings, queries) -> dict[str, str]:
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    return write_sample_graph(graph, queries)


@pytest.fixture(scope="module")
def client(server_settings, ids):
    with TestClient(create_app(api_settings(server_settings))) as test_client:
        yield test_client


def matrix(client: TestClient, **params) -> dict:
    response = client.get("/matrix", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def cells(answer: dict) -> dict[tuple[str, str], dict]:
    return {(c["row"], c["column"]): c for c in answer["cells"]}


def test_a_place_s_strikes_against_their_claimants(client, ids):
    answer = matrix(client, place="Idlib")
    assert [c["id"] for c in answer["columns"]] == [ids["strike_ariha"], ids["strike_kafr_nabl"]]
    assert answer["columns"][1]["name"] == "airstrike, Kafr Nabl, 2024-03-05"
    found = cells(answer)
    kafr_nabl, ariha = ids["strike_kafr_nabl"], ids["strike_ariha"]
    assert found[ids["hts"], kafr_nabl]["stance"] == "disputed"  # denies it and disputes two claims
    assert found[ids["konashenkov"], kafr_nabl]["stance"] == "claimed"
    assert found[ids["konashenkov"], kafr_nabl]["figure"] == "30 killed"
    sohr = found[ids["sohr"], kafr_nabl]
    assert sohr["stance"] == "claimed" and sohr["figure"] == "at least 14 killed", "its latest figure"
    assert set(sohr["claim_ids"]) == {ids["claim_sohr_12"], ids["claim_sohr_14"]}
    assert found[ids["sohr"], ariha]["stance"] == "unconfirmed"
    assert found[ids["syrian_ministry"], ariha]["stance"] == "disputed"
    assert (ids["syrian_ministry"], kafr_nabl) not in found
    assert answer["rows"][0]["id"] in {ids["sohr"], ids["hts"]}, "the busiest source first"
    assert answer["truncated"] is False


def test_an_actor_s_strikes_and_dates(client, ids):
    answer = matrix(client, actor="Russian Aerospace Forces")
    assert [c["id"] for c in answer["columns"]] == [ids["strike_kafr_nabl"]]
    assert matrix(client, actor="group:us-central-command", date_to="2024-03-01")["columns"] == []


def test_one_strike_s_facts(client, ids):
    answer = matrix(client, strike=ids["strike_kafr_nabl"])
    assert [c["id"] for c in answer["columns"]] == ["toll", "perpetrator", "target"]
    assert answer["columns"][1]["name"] == "carried out by Russian Aerospace Forces"
    found = cells(answer)
    assert found[ids["white_helmets"], "toll"]["figure"] == "9 killed, 25 wounded"
    assert found[ids["konashenkov"], "perpetrator"]["stance"] == "claimed"
    assert found[ids["hts"], "perpetrator"]["stance"] == "disputed"
    assert found[ids["konashenkov"], "target"]["stance"] == "claimed"  # about HTS, the target


@pytest.mark.parametrize(
    ("params", "status"),
    [({}, 422), ({"place": "Idlib", "actor": "HTS"}, 422), ({"place": "Atlantis"}, 404),
     ({"strike": "strike:0000000000000000"}, 404), ({"actor": "Defence Ministry"}, 422)],
)  # fmt: skip
def test_bad_or_unknown_handles(client, params, status):
    assert client.get("/matrix", params=params).status_code == status


@pytest.mark.browser
def test_the_explorer_shows_a_place_s_matrix_and_a_cell_s_sentences(server_settings, ids):
    with served_app(server_settings) as site, chromium_browser() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(20_000)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{site}/#node={quote(ids['idlib'], safe='')}")
        page.locator(".matrix-button").click()
        page.wait_for_selector("table.matrix")
        headers = page.locator("table.matrix thead th").all_inner_texts()
        assert headers[1:] == ["shelling, Ariha, 2024-03-06", "airstrike, Kafr Nabl, 2024-03-05"]
        kafr_nabl = ids["strike_kafr_nabl"]
        cell = page.locator(f".matrix-cell[data-row='{ids['sohr']}'][data-column='{kafr_nabl}']")
        assert " ".join(cell.inner_text().split()) == "claimed at least 14 killed"
        hts = page.locator(f".matrix-cell[data-row='{ids['hts']}'][data-column='{kafr_nabl}']")
        assert "disputed" in hts.get_attribute("class")
        cell.click()
        page.wait_for_selector(".matrix-sentences .claim-item")
        shown = page.locator(".matrix-sentences .sentence").all_inner_texts()
        assert len(shown) == 2 and any("at least 14 civilians" in s for s in shown)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "desktop-claims-matrix.png"))
    assert not errors, errors
