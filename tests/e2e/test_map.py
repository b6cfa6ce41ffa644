"""The explorer's map in headless Chromium: strikes drawn where their places are, coloured by how
contested they are, filtered like the network, and a click opens the strike view."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from graph.db import Graph
from tests.support.explorer_page import chromium_browser, served_app
from tests.support.paths import ROOT
from tests.support.sample_graph import write_sample_graph

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def ids(driver, server_settings, queries) -> dict[str, str]:
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    return write_sample_graph(graph, queries)


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


def dot(page, strike_id: str):
    return page.locator(f"#map circle.strike[data-id='{strike_id}']")


def centre(page, strike_id: str) -> tuple[float, float]:
    circle = dot(page, strike_id)
    return float(circle.get_attribute("cx")), float(circle.get_attribute("cy"))


def inside_country(page, strike_id: str, country: str) -> bool:
    return page.evaluate(
        """([id, country]) => {
          const circle = document.querySelector(`#map circle.strike[data-id="${id}"]`);
          const point = new DOMPoint(+circle.getAttribute("cx"), +circle.getAttribute("cy"));
          return [...document.querySelectorAll("#map path.country")]
            .some((p) => p.querySelector("title").textContent === country && p.isPointInFill(point));
        }""",
        [strike_id, country],
    )


@pytest.mark.browser
def test_the_map_draws_strikes_where_they_are_and_opens_the_strike_view(page, ids):
    page.goto(f"{page.site}/#view=map")
    page.wait_for_selector("body[data-map='ready']")
    assert page.locator("#map path.country").count() > 100, "world-atlas outlines drawn"
    assert page.locator("#map circle.strike").count() == 3
    kafr_nabl, husaybah = centre(page, ids["strike_kafr_nabl"]), centre(page, ids["strike_husaybah"])
    assert husaybah[0] > kafr_nabl[0] and husaybah[1] > kafr_nabl[1], "Husaybah lies east and south"
    assert inside_country(page, ids["strike_kafr_nabl"], "Syria")
    assert not inside_country(page, ids["strike_kafr_nabl"], "Iraq")
    assert "contest-disputed" in dot(page, ids["strike_kafr_nabl"]).get_attribute("class")
    assert "contest-none" in dot(page, ids["strike_husaybah"]).get_attribute("class")
    page.screenshot(path=str(ARTIFACTS / "desktop-map.png"))

    dot(page, ids["strike_kafr_nabl"]).click()
    page.wait_for_selector("#panel .strike-date")
    assert page.locator("#panel .strike-date").inner_text() == "on 2024-03-05"
    assert f"node={quote(ids['strike_kafr_nabl'], safe='')}" in page.url or "node=strike" in page.url


@pytest.mark.browser
def test_the_map_follows_the_filters(page, ids):
    page.goto(f"{page.site}/#view=map&place={quote(ids['syria'], safe='')}&place_name=Syria")
    page.wait_for_selector("body[data-map='ready']")
    page.wait_for_function("document.querySelectorAll('#map circle.strike').length === 2")
    assert dot(page, ids["strike_husaybah"]).count() == 0
    page.goto(f"{page.site}/#view=map&perpetrator={quote(ids['centcom'], safe='')}&perpetrator_name=CENTCOM")
    page.wait_for_function("document.querySelectorAll('#map circle.strike').length === 1")
    assert dot(page, ids["strike_husaybah"]).count() == 1
    assert page.locator("#perpetrator-filter").input_value() == "CENTCOM"
