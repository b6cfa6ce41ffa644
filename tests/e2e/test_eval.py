"""Quality on annotated articles: ingest each set into the test server, run ../shared/eval/score.py on it.

Prints the scorer's table for every set so CI logs show the figures; the floors sit a little under what
the extractor reaches, so a regression fails. The shared sets are skipped when ../shared is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph.db import Graph
from ingest.read import read_paths
from ingest.run import prepare_ingest
from tests.support import CORPUS, ROOT, SHARED

SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "gold"

# measure → floor; located_in and disputes are recall, strike dates accuracy, the others F1
FLOORS = {
    "seeds": {
        "attribution": 0.9,
        "disputes": 0.9,
        "entities": 0.93,
        "strikes": 0.85,
        "located_in_recall": 0.9,
    },
    # 28 articles from twenty outlets, most written after the rules: re-based on what the code reaches
    "real": {
        "attribution": 0.81,
        "disputes": 0.42,
        "entities": 0.86,
        "strikes": 0.73,
        "located_in_recall": 0.67,
        "strike_date_accuracy": 0.74,
    },
    # our own articles were written after the rules, so they measure how the rules carry to new text
    # re-based when four articles were added for forms the rules still miss (passive and far-away
    # denials, competing tolls, a fate denial, one attack reported on two days)
    "examples": {
        "attribution": 0.83,
        "disputes": 0.5,
        "entities": 0.85,
        "strikes": 0.84,
        "located_in_recall": 0.72,
        "strike_date_accuracy": 0.72,
    },
}
SETS = {
    "seeds": (CORPUS / "seeds", GOLD / "seeds"),
    "real": (CORPUS / "real", GOLD / "real"),
    "examples": (ROOT / "examples" / "articles", ROOT / "tests" / "gold"),
}


def score(settings, gold: Path, out: Path) -> dict:
    user, password = settings.auth
    command = [sys.executable, str(SCORER), "--gold", str(gold), "--uri", settings.uri, "--user", user,
               f"--password={password}", "--database", settings.database, "--json", str(out)]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    print(run.stdout)
    assert run.returncode == 0, run.stderr
    return json.loads(out.read_text())["summary"]


@pytest.mark.parametrize("name", list(SETS))
def test_scores_stay_above_their_floors(name, graph: Graph, server_settings, extractor, tmp_path):
    corpus, gold = SETS[name]
    if not SCORER.exists() or not corpus.exists() or not gold.exists():
        pytest.skip(f"{name}: articles, gold or scorer not present")
    report = prepare_ingest(graph, server_settings, extractor)(read_paths([corpus]))
    assert not report.failed, [f"{o.source}: {o.error}" for o in report.failed]
    summary = score(server_settings, gold, tmp_path / "score.json")
    assert summary["articles_found"] == summary["articles"]
    reached = {
        "attribution": summary["attribution"]["f1"],
        "disputes": summary["disputes"]["recall"],
        "entities": summary["entities"]["f1"],
        "strikes": summary["strikes"]["f1"],
        "located_in_recall": summary["located_in_recall"],
        "strike_date_accuracy": summary["strike_date_accuracy"],
    }
    floors = FLOORS[name]
    below = {k: (v, floors[k]) for k, v in reached.items() if k in floors and v is not None and v < floors[k]}
    assert not below, f"{name}: below floor (reached, floor): {below}"


def test_ingesting_twice_changes_nothing(graph: Graph, server_settings, extractor):
    articles = ROOT / "examples" / "articles"
    run = prepare_ingest(graph, server_settings, extractor)
    first = run(read_paths([articles]))
    counts = graph.read("MATCH (n) RETURN labels(n)[0] AS label, count(n) AS n ORDER BY label")
    again = run(read_paths([articles]), force=True)
    assert first.count("written") == again.count("written") > 0
    assert graph.read("MATCH (n) RETURN labels(n)[0] AS label, count(n) AS n ORDER BY label") == counts
