"""The fate timeline and the strike view read with stance: a denial reads as a denial, a disputer's own
sentence stands beside the claim it disputes, a source's revised toll is one row, and the perpetrator is
named according to whoever names it. Through the API and in Chromium."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Graph
from ingest.model import ArticleGraph
from ingest.write import ArticleWriter
from tests.support.explorer_page import chromium_browser, served_app
from tests.support.paths import ROOT
from tests.support.sample_graph import _chain, _Story, api_settings, sample_articles, write_sample_graph

ARTIFACTS = ROOT / "test-artifacts"
DENIAL = "Hayat Tahrir al-Sham denied on Thursday that Abu Khalid al-Shami had been killed."


@pytest.fixture(scope="module")
def ids(driver, server_settings, queries) -> dict[str, str]:
    """The sample graph and one more article: the militants deny that their commander was killed."""
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    found = write_sample_graph(graph, queries)
    title = "Militants deny commander killed"
    story = _Story("idlib-daily-2024-03-07.txt", "Idlib Daily", date(2024, 3, 7), title, None, [DENIAL])
    denial = story.claim(0, "Abu Khalid al-Shami was not killed", "denied", stance="disputed", fate="killed",
                         claimant_ids=[found["hts"]], about_ids=[found["al_shami"]])  # fmt: skip
    doc = ArticleGraph(article=story.article, entities=_chain("hts", "al_shami"), claims=[denial])
    ArticleWriter(graph, queries).write(doc)
    return found | {"claim_fate_denied": denial.id}


@pytest.fixture(scope="module")
def client(server_settings, ids):
    with TestClient(create_app(api_settings(server_settings))) as test_client:
        yield test_client


def get(client: TestClient, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


def sentence_of_claim(claim_id: str) -> str:
    docs, _ = sample_articles()
    return next(c.sentence for doc in docs for c in doc.claims if c.id == claim_id)


def path_id(node_id: str) -> str:
    return quote(node_id, safe="")


# ---------------------------------------------------------------------- API


def test_each_fate_entry_says_its_stance_and_who_says_it(client, ids):
    events = get(client, f"/people/{path_id(ids['al_shami'])}/fate")["events"]
    assert [(e["date"], e["fate"], e["stance"]) for e in events] == [
        ("2024-03-05", "killed", "claimed"),
        ("2024-03-06", "alive", "claimed"),
        ("2024-03-07", "killed", "disputed"),
        ("2024-03-12", "killed", "claimed"),
    ]
    assert [[a["id"] for a in e["claimants"]] for e in events] == [
        [ids["konashenkov"]], [ids["al_halabi"]], [ids["hts"]], [ids["ministry"]]
    ]  # fmt: skip
    assert [a["id"] for a in events[0]["disputers"]] == [ids["hts"]]


def test_each_dispute_has_the_disputer_s_own_sentence_beside_it(client, ids):
    strike = get(client, f"/strikes/{path_id(ids['strike_kafr_nabl'])}")
    pairs = {(d["claim"]["id"], d["disputer"]["id"]): d["answer"] for d in strike["disputes"]}
    answer = pairs[(ids["claim_ru_strike"], ids["hts"])]
    assert answer["id"] == ids["claim_hts_denial"]
    assert answer["sentence"] == sentence_of_claim(ids["claim_hts_denial"])
    assert answer["sentence"] != sentence_of_claim(ids["claim_ru_strike"])
    shelling = get(client, f"/strikes/{path_id(ids['strike_ariha'])}")
    [dispute] = shelling["disputes"]
    assert dispute["disputer"]["id"] == ids["syrian_ministry"]
    assert dispute["answer"] is None, "the ministry's denial is about no strike: it has no claim here"


def test_a_source_s_figures_are_one_entry_never_set_against_each_other(client, ids):
    strike = get(client, f"/strikes/{path_id(ids['strike_kafr_nabl'])}")
    sources = [s["claimant"]["id"] for s in strike["figures_by_source"]]
    assert len(sources) == len(set(sources))
    sohr = next(s for s in strike["figures_by_source"] if s["claimant"]["id"] == ids["sohr"])
    assert [(f["killed"], f["wounded"], f["qualifier"], f["published"]) for f in sohr["figures"]] == [
        (12, 20, None, "2024-03-05"),
        (14, None, "at least", "2024-03-06"),
    ]


def test_the_perpetrator_is_named_according_to_its_claimant(client, ids):
    strike = get(client, f"/strikes/{path_id(ids['strike_kafr_nabl'])}")
    [source] = strike["perpetrator_sources"]
    assert source["perpetrator"]["id"] == ids["aerospace"]
    assert [a["id"] for a in source["according_to"]] == [ids["konashenkov"]]
    assert [a["id"] for a in source["disputed_by"]] == [ids["hts"]]
    [shelling] = get(client, f"/strikes/{path_id(ids['strike_ariha'])}")["perpetrator_sources"]
    assert [a["id"] for a in shelling["according_to"]] == [ids["sohr"]]
    assert [a["id"] for a in shelling["disputed_by"]] == [ids["syrian_ministry"]]


# ---------------------------------------------------------------------- explorer


@pytest.fixture(scope="module")
def page(server_settings, ids):
    with served_app(server_settings) as site, chromium_browser() as browser:
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        tab.set_default_timeout(20_000)
        problems: list[str] = []
        tab.on("pageerror", lambda error: problems.append(str(error)))
        tab.on("console", lambda m: m.type == "error" and problems.append(m.text))
        tab.site = site
        ARTIFACTS.mkdir(exist_ok=True)
        yield tab
        assert not problems, problems


def open_node(page, node_id: str) -> None:
    page.goto(f"{page.site}/#id={path_id(node_id)}&node={path_id(node_id)}")


@pytest.mark.browser
def test_the_fate_timeline_reads_a_denial_as_a_denial(page, ids):
    open_node(page, ids["al_shami"])
    page.wait_for_selector(".timeline .fate-event")
    tags = page.locator(".fate-summary .tag").all_inner_texts()
    assert tags == ["killed", "alive", "not killed", "killed"]
    events = page.locator(".timeline .fate-event")
    denial = events.nth(2)
    assert "Hayat Tahrir al-Sham" in denial.inner_text() and DENIAL in denial.inner_text()
    for index in (1, 2):  # alive, and the denial: never drawn as "killed"
        classes = events.nth(index).get_attribute("class").split()
        assert "fate-killed" not in classes
        assert events.nth(index).locator(".timeline-head .tag").inner_text() != "killed"
    page.screenshot(path=str(ARTIFACTS / "desktop-fate-stance.png"))


@pytest.mark.browser
def test_the_strike_view_shows_stance(page, ids):
    open_node(page, ids["strike_kafr_nabl"])
    page.wait_for_selector(".dispute-card")
    header = " ".join(page.locator("#panel .perpetrators").inner_text().split())
    assert "Carried out by Russian Aerospace Forces according to Igor Konashenkov" in header
    assert "disputed by Hayat Tahrir al-Sham" in header
    assert page.locator("#panel .strike-date").inner_text() == "on 2024-03-05"
    card = page.locator(f".dispute-card[data-claim='{ids['claim_ru_strike']}'][data-disputer='{ids['hts']}']")
    assert card.locator(".dispute-claim blockquote").inner_text() == sentence_of_claim(ids["claim_ru_strike"])
    assert card.locator(".dispute-answer blockquote").inner_text() == sentence_of_claim(
        ids["claim_hts_denial"]
    )
    rows = page.locator(".figures tbody tr")
    sohr = page.locator(f".figures tbody tr[data-claimant='{ids['sohr']}']")
    assert rows.count() == 3 and sohr.count() == 1, "one row per source"
    sohr_text = " ".join(sohr.inner_text().split())
    assert "12 killed" in sohr_text and "at least 14 killed" in sohr_text and "20 wounded" in sohr_text
    page.screenshot(path=str(ARTIFACTS / "desktop-strike-stance.png"), full_page=True)
