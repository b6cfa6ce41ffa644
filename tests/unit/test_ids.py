"""Node ids: built and parsed in graph/ids.py only."""

from __future__ import annotations

from graph import ids


def test_ids_are_stable_and_readable():
    assert ids.person("Abu Mohammed al-Golani") == "person:abu-mohammed-al-golani"
    assert ids.state("sy") == ids.state("SY") == "group:state-sy"
    assert ids.national_body("RU", "ministry-Defense") == "group:ru-ministry-defense"
    assert ids.text_place(None, "Kalaz Taktani") == "place:xx-kalaz-taktani"
    assert ids.claim("article:1", 10, "group:a") == ids.claim("article:1", 10, "group:a")
    assert ids.claim("article:1", 10) != ids.claim("article:1", 11)


def test_only_a_country_code_is_parsed_back():
    assert ids.state_code(ids.state("UA")) == "UA"
    assert ids.country_code(ids.country("ye")) == "YE"
    # a group whose name starts like a state's id is not a state
    assert ids.state_code(ids.group("State Department")) is None
    assert ids.state_code("group:state-of-law-coalition") is None
    assert ids.country_code(ids.listed_place("Country Club")) is None
    assert ids.state_code(ids.country("SY")) is None
