"""What Neo4j Browser users get: curated favorites that answer the questions on the sample graph, the
favorites archive the Browser imports, and a style file the Browser's own parser reads."""

from __future__ import annotations

import json
import re
import zipfile

import pytest

from claimgraph.favorites import FOLDER_PREFIX, STYLE_FILE, write_favorites
from graph.queries import QueryLibrary, browser_folder, curated
from tests.support.paths import ROOT
from tests.support.sample_graph import write_sample_graph

LIBRARY = QueryLibrary(ROOT / "cypher")
CURATED = {q.name: q for q in curated(LIBRARY)}
REQUIRED = {
    "who_claims_what_about",
    "disputed_claims",
    "strikes_by_place",
    "contested_events",
    "person_fate_timeline",
}


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Neo4j Browser's grass parser, step for step: quotes dropped, `selector { key: value; }` rules,
    a property whose value holds a second ':' silently ignored."""
    rules, keyword, props, inside_props, inside_string = {}, "", "", False, False
    for char in text:
        if char in "'\"":
            inside_string = not inside_string
            continue
        if char == "{" and not inside_string:
            inside_props = True
            continue
        if char == "}" and not inside_string:
            rules[keyword], keyword, props, inside_props = props, "", "", False
            continue
        if inside_props:
            props += char
        elif not char.isspace():
            keyword += char
    parsed = {}
    for selector, body in rules.items():
        pairs = [p.split(":") for p in body.split(";")]
        parsed[selector] = {k.strip(): v.strip() for k, v, *rest in (p for p in pairs if len(p) == 2)}
    return parsed


def test_the_issue_s_questions_are_all_curated():
    assert CURATED.keys() >= REQUIRED


@pytest.mark.parametrize("name", sorted(CURATED))
def test_curated_query_explains_itself_to_a_browser_user(name):
    query = CURATED[name]
    lines = query.text.splitlines()
    assert lines[0].startswith("// ") and len(lines[0]) > 40, "first line names the favorite in the Browser"
    assert browser_folder(query), "a `// browser: <folder>` line"
    params_line = next(ln for ln in lines if ln.startswith("// params:"))
    example = json.loads(params_line.removeprefix("// params:"))
    assert set(query.parameters) == set(example), "the example sets exactly the query's parameters"
    assert not re.search(r"\bLIMIT\s+\d{5,}", query.text), "results stay readable in the Browser"


def test_favorites_archive_holds_every_curated_query_in_claimgraph_folders(tmp_path):
    out = tmp_path / "favorites.zip"
    names = write_favorites(LIBRARY, out)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(names)
        for name in names:
            folder, file = name.split("/")
            assert folder.startswith(f"{FOLDER_PREFIX} - ")
            text = archive.read(name).decode()
            assert text.strip() == CURATED[file.removesuffix(".cypher")].text
    assert {n.split("/")[1].removesuffix(".cypher") for n in names} == CURATED.keys()


def test_style_colours_every_label_and_tells_claims_from_disputes():
    style = parse_grass((ROOT / "cypher" / STYLE_FILE).read_text())
    for label in ("Person", "Group", "Place", "Strike", "Claim", "Article"):
        rule = style[f"node.{label}"]
        assert re.fullmatch(r"#[0-9a-fA-F]{6}", rule["color"]), label
        assert rule["caption"].startswith("{"), f"{label} shows a property, not its internal id"
    labels = ("Person", "Group", "Place", "Strike", "Claim")
    colours = [style[f"node.{label}"]["color"].lower() for label in labels]
    assert len(set(colours)) == len(colours)
    claimed, disputed = style["relationship.CLAIMED_BY"], style["relationship.DISPUTED_BY"]
    assert claimed["color"].lower() != disputed["color"].lower()
    assert int(disputed["shaft-width"].removesuffix("px")) > int(claimed["shaft-width"].removesuffix("px"))
    assert "node.Actor" not in style, "an Actor rule would repaint every Person and Group"


def _run(graph, name, **params):
    query = CURATED[name]
    return graph.export(query.text, **{**query.example, **params})


def test_curated_queries_answer_on_the_sample_graph(graph, queries):
    ids = write_sample_graph(graph, queries)

    fate = _run(graph, "person_fate_timeline", person="al-Shami")
    assert [(r["date"], r["fate"]) for r in fate] == [
        ("2024-03-05", "killed"),
        ("2024-03-06", "alive"),
        ("2024-03-12", "killed"),
    ]
    assert fate[1]["claimed_by"] == ["Abu Omar al-Halabi"]

    about = _run(graph, "who_claims_what_about", about="Abu Khalid al-Shami")
    assert {r["claim_id"] for r in about} == {
        ids["claim_fate_killed"],
        ids["claim_fate_alive"],
        ids["claim_fate_killed_again"],
    }
    assert all(r["sentence"] and r["outlet"] for r in about)

    disputed = _run(graph, "disputed_claims")
    assert {r["claim_id"] for r in disputed} == {
        ids["claim_ru_strike"], ids["claim_fate_killed"], ids["claim_ariha_unconfirmed"],
        ids["claim_fate_killed_again"],
    }  # fmt: skip
    since = _run(graph, "disputed_claims", date_from="2024-03-06")
    assert {r["claim_id"] for r in since} == {ids["claim_ariha_unconfirmed"], ids["claim_fate_killed_again"]}

    in_idlib = _run(graph, "strikes_by_place", place="Idleb")  # an alias of Idlib
    assert {r["strike_id"] for r in in_idlib} == {ids["strike_kafr_nabl"], ids["strike_ariha"]}
    in_iraq = _run(graph, "strikes_by_place", place="place:iraq")
    assert {r["strike_id"] for r in in_iraq} == {ids["strike_husaybah"]}

    contested = {r["strike_id"]: r for r in _run(graph, "contested_events")}
    assert ids["strike_husaybah"] not in contested  # one figure, nobody disputes it
    kafr_nabl = contested[ids["strike_kafr_nabl"]]
    assert kafr_nabl["distinct_tolls"] == 4
    assert {f["killed"] for f in kafr_nabl["figures"]} == {30, 12, 14, 9}
    assert kafr_nabl["disputed_by"] == ["Hayat Tahrir al-Sham"]

    ministry = _run(graph, "actor_claims", actor="Russian Ministry of Defence")
    assert {r["speaker"] for r in ministry} == {"Russian Defence Ministry", "Igor Konashenkov"}

    top = _run(graph, "top_claimants", limit=3)
    assert top[0]["actor"] == "Syrian Observatory for Human Rights" and top[0]["claims_made"] == 3

    article = _run(graph, "article_claims", article="levant-wire-2024-03-05.txt")
    assert [r["claim_id"] for r in article] == [
        ids["claim_ru_strike"],
        ids["claim_fate_killed"],
        ids["claim_hts_denial"],
        ids["claim_sohr_12"],
    ]


def test_claim_network_draws_claimants_and_disputers_around_a_place(graph, queries):
    ids = write_sample_graph(graph, queries)
    rows = _run(graph, "claim_network_about", about="Kafranbel")
    assert rows
    seen = {node["id"] for row in rows for node in row["claimed"] if isinstance(node, dict)}
    assert ids["strike_kafr_nabl"] in seen
    assert {ids["hts"], ids["konashenkov"], ids["sohr"], ids["white_helmets"]} <= seen
