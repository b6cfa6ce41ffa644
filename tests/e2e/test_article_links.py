"""An article's url is stored, answered and linked only when it is http(s): a `javascript:` url never
reaches an href, whether it comes in through ingest, sits in an older graph, or reaches the page."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Graph
from graph.urls import web_url
from ingest.model import ArticleInput
from tests.support.explorer_page import chromium_browser, served_app
from tests.support.sample_graph import api_settings, write_sample_graph

SCRIPT = "javascript:alert(1)"


@pytest.mark.parametrize(
    "url",
    [SCRIPT, " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
     "//evil.example/x", "/relative/path", "https:alert(1)", "ftp://files.example/a"],
)  # fmt: skip
def test_only_web_urls_are_kept(url):
    assert web_url(url) is None
    article = ArticleInput(source_name="story.json", text="t", url=url)
    assert article.url is None
    assert article.id == ArticleInput(source_name="story.json", text="t").id  # known by its source name


def test_web_urls_are_kept_as_given():
    assert ArticleInput(source_name="s", text="t", url=" https://wire.example/a?b=1 ").url == (
        "https://wire.example/a?b=1"
    )
    assert web_url("HTTP://Wire.example/x") == "HTTP://Wire.example/x"


@pytest.fixture(scope="module")
def sample(driver, server_settings, queries) -> dict[str, str]:
    """The sample graph with one article's url made a script, as a graph written before the check holds."""
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    found = write_sample_graph(graph, queries)
    graph.write("MATCH (a:Article {source_name: 'levant-wire-2024-03-05.txt'}) SET a.url = $url", url=SCRIPT)
    return found


def test_the_api_never_answers_a_script_url(server_settings, sample):
    with TestClient(create_app(api_settings(server_settings))) as client:
        claim = client.get(f"/claims/{quote(sample['claim_ru_strike'], safe='')}").json()
        strike = client.get(f"/strikes/{quote(sample['strike_kafr_nabl'], safe='')}").json()
        listed = client.get("/claims", params={"limit": 200}).text
    assert claim["article"]["source_name"] == "levant-wire-2024-03-05.txt"
    assert claim["article"]["url"] is None
    assert "levant-wire-2024-03-05.txt" in {a["source_name"] for a in strike["articles"]}
    assert all(a["url"] is None or a["url"].startswith("https://") for a in strike["articles"])
    assert "javascript" not in listed.lower()


@pytest.mark.browser
def test_the_explorer_never_links_a_script_url(server_settings, sample):
    """The page's own guard, with the API answer rewritten on its way to the page to carry the script."""

    def inject(route):
        answer = route.fetch()
        body = json.loads(answer.text())
        for article in [body.get("article") or {}, *body.get("articles", [])]:
            article["url"] = SCRIPT
        for stance in (body.get("claims") or {}).values():
            for claim in stance:
                claim["article"]["url"] = SCRIPT
        route.fulfill(response=answer, body=json.dumps(body))

    with served_app(server_settings) as site, chromium_browser() as browser:
        page = browser.new_page()
        page.route("**/claims/*", inject)
        page.route("**/strikes/*", inject)
        for node in (sample["claim_ru_strike"], sample["strike_kafr_nabl"]):
            page.goto(f"{site}/#id={quote(node, safe='')}&node={quote(node, safe='')}")
            page.wait_for_selector(".panel.open .provenance figcaption, .panel.open .side-card figcaption")
            page.wait_for_timeout(200)
            hrefs = page.eval_on_selector_all("#panel [href]", "els => els.map(e => e.getAttribute('href'))")
            shown = page.locator("#panel").inner_text()
            assert "Russia says strike near Kafr Nabl" in shown, "the article is still named, unlinked"
            assert not [h for h in hrefs if "javascript" in h.lower()], hrefs
