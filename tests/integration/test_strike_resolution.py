"""Reports of one attack in several articles become one Strike, whatever order they are ingested in:
our own pair on the Pavlohrad missile strike (the first report on the day, a follow-up two days later
with another toll and "Tuesday's strike"), and the four reports of the Mellit market attack."""

from __future__ import annotations

import pytest

from ingest.read import read_paths
from ingest.run import prepare_ingest
from tests.support.paths import ROOT

EXAMPLES = ROOT / "examples" / "articles"
PAVLOHRAD = [EXAMPLES / f"ukraine_pavlohrad_{name}.json" for name in ("missile_strike", "toll_rises")]
MELLIT = sorted(EXAMPLES.glob("sudan_mellit_*"))
STRIKES_AT = """
MATCH (s:Strike)-[:LOCATED_IN]->(:Place {name: $place})
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(s)
RETURN s.id AS id, s.kind AS kind, count(DISTINCT a) AS articles
"""


@pytest.mark.parametrize("reverse", [False, True], ids=["in order", "reversed"])
@pytest.mark.parametrize(("place", "paths"), [("Pavlohrad", PAVLOHRAD), ("Mellit", MELLIT)])
def test_one_attack_reported_by_several_articles_is_one_strike(graph, server_settings, extractor, place,
                                                               paths, reverse):  # fmt: skip
    run = prepare_ingest(graph, server_settings, extractor)
    for path in reversed(paths) if reverse else paths:  # one run each, as separate `kg ingest` calls
        assert not run(read_paths([path])).failed
    [strike] = graph.read(STRIKES_AT, place=place)
    assert strike["articles"] == len(paths)
    assert strike["kind"] in {"missile", "drone"}  # the specific kind, not a follow-up's vaguer one
