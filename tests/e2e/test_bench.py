"""`kg bench ingest` and `kg bench api` at tiny sizes: the commands run end to end and print their figures.

No timing is asserted (the machine running the tests decides that); what must hold is that every
run produced numbers, nothing failed, and the API answered every request without an error.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from claimgraph.bench.synth import World

NUMBER = r"\d+(?:\.\d+)?"


def kg(*args: str, cwd, env: dict[str, str], timeout: float = 300) -> str:
    """Run the real `kg` command; wide columns so rich prints each table row on one line."""
    result = subprocess.run(
        [sys.executable, "-m", "claimgraph", *args], cwd=cwd, env=env | {"COLUMNS": "200"},
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def without_kg_settings() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("KG_")}


def row(output: str, name: str) -> list[str]:
    """The cells of the table row whose first cell is `name`."""
    for line in output.splitlines():
        cells = [c.strip() for c in re.split(r"[│┃]", line)[1:-1]]
        if cells and cells[0] == name:
            return cells
    raise AssertionError(f"no row {name!r} in:\n{output}")


def test_synthetic_articles_are_deterministic_and_consistent():
    first, again = list(World(3).stories(40)), list(World(3).stories(40))
    assert [s.file_text() for s in first] == [s.file_text() for s in again]
    for story in first:
        doc = story.article_graph()
        ids = {e.id for e in doc.entities} | {s.id for s in doc.strikes}
        for claim in doc.claims:
            assert doc.article.text[claim.start : claim.end] == claim.sentence
            assert set(claim.claimant_ids + claim.disputer_ids + claim.about_ids) <= ids
    # Several articles report one strike, under one id, as resolution will keep it.
    strikes = [s.event.id for s in first]
    assert len(set(strikes)) < len(strikes)


def test_bench_ingest_prints_throughput_and_memory(tmp_path):
    # A private embedded server, as by default: no KG_ settings, and no .env in the working directory.
    out = kg("bench", "ingest", "--articles", "10", "--workers", "1", cwd=tmp_path, env=without_kg_settings())
    spacy_row = row(out, "raw spaCy nlp.pipe")
    assert float(spacy_row[4]) > 0  # words/s
    ingest_row = row(out, "ingest, 1 worker")
    assert ingest_row[1] == "1" and float(ingest_row[3]) > 0  # processes, articles/s
    assert re.fullmatch(rf"{NUMBER} [✓✗]", ingest_row[5])  # ratio to raw spaCy, judged against the target
    assert ingest_row[6] == "0"  # failed
    assert float(row(out, "1")[2]) > 0 and float(row(out, "10")[2]) > 0  # peak RSS at 1 and at 10 articles
    assert re.search(rf"worker peak RSS grew {NUMBER}× for 10× the articles", out)


@pytest.mark.parametrize(
    ("options", "setup"),
    [
        ((), "2 API workers, response cache on"),
        (("--workers", "1", "--no-cache"), "1 API worker, response cache off"),
    ],
)
def test_bench_api_prints_latency_per_endpoint(tmp_path, server_settings, driver, options, setup):
    # The session's server, named as a user names an existing one: through KG_BOLT_URI.
    env = without_kg_settings() | {
        "KG_BOLT_URI": server_settings.uri, "KG_USER": server_settings.user,
        "KG_PASSWORD": server_settings.auth[1], "KG_DATABASE": server_settings.database,
    }  # fmt: skip
    out = kg(
        "bench", "api", "--articles", "30", "--clients", "4", "--seconds", "3", "--warmup", "1", *options,
        cwd=tmp_path, env=env,
    )  # fmt: skip
    assert row(out, "API server")[1] == setup  # as many `kg serve` workers as asked served every request
    for endpoint in ("actor", "claim", "strike", "search", "network"):
        cells = row(out, endpoint)
        requests, p50, p99, errors = int(cells[1]), float(cells[3]), float(cells[5]), int(cells[7])
        assert requests > 0 and 0 < p50 <= p99
        assert errors == 0, out
    assert row(out, "all")[7] == "0"
