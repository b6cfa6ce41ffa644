"""Ingest against a server of its own: concurrent runs on a fresh database, and the database lost mid-run.

These tests stop and kill their server, so they start their own instead of sharing the session's.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph.db import Graph, make_driver
from graph.server import EmbeddedServer
from graph.settings import Settings
from tests.support import throwaway_server
from tests.support.reliability_helpers import (
    LABELS,
    claims_by_article,
    counts,
    duplicates,
    error_lines,
    ingest_here,
    mentions_by_article,
    mergeable_strikes,
    run_kg,
    start_kg,
    summary_count,
    ungrouped,
    write_corpus,
)

pytestmark = pytest.mark.slow  # each test runs `kg ingest` two to four times


@pytest.fixture(scope="module")
def own_server(tmp_path_factory) -> Iterator[Settings]:
    """A fresh embedded server: no schema, no label types yet, as right after `kg db start`."""
    with throwaway_server(tmp_path_factory.mktemp("kg-own")) as server:
        yield server.settings


@contextmanager
def connected(settings: Settings) -> Iterator[Graph]:
    """A short-lived connection: the server under test may be gone between two uses."""
    driver = make_driver(settings)
    try:
        yield Graph(driver, settings.database)
    finally:
        driver.close()


def snapshot(settings: Settings) -> tuple[dict, dict, dict]:
    with connected(settings) as graph:
        return counts(graph), claims_by_article(graph), mentions_by_article(graph)


def wipe(settings: Settings) -> None:
    with connected(settings) as graph:
        graph.write("MATCH (n) DETACH DELETE n")


def order_free_view(settings: Settings) -> tuple:
    """The graph less how reports of a strike were grouped into events: the writer joins a report to an
    event already written, so that grouping may follow the order articles arrive in, racing or not."""
    with connected(settings) as graph:
        nodes = {label: n for label, n in counts(graph).items() if label in LABELS and label != "Strike"}
        edges = graph.read(
            "MATCH (a)-[r]->(b) WHERE NOT a:Strike AND NOT b:Strike RETURN type(r) AS type, count(r) AS n"
        )
        mentions = {
            article: [m for m in found if not m.startswith("strike ")]
            for article, found in mentions_by_article(graph).items()
        }
        return nodes, sorted((e["type"], e["n"]) for e in edges), claims_by_article(graph), mentions


def test_four_concurrent_ingests_on_a_fresh_database_make_no_duplicates(tmp_path, own_server, extractor):
    """Four runs at once, each over its own stories plus eight stories all four share.

    Every story names the same ministry, monitor, armed groups, spokesmen and towns, and the
    database has never seen a node yet, so the runs also race to create its label types.
    """
    shared = tmp_path / "shared"
    write_corpus(shared, 8)
    own = [tmp_path / f"own{k}" for k in range(4)]
    for k, directory in enumerate(own):
        write_corpus(directory, 10, first_seed=100 + 10 * k)

    runs = [start_kg(own_server, "ingest", str(directory), str(shared)) for directory in own]
    results = [(run, *run.communicate(timeout=600)) for run in runs]
    for run, _, stderr in results:
        assert run.returncode == 0, stderr
        assert summary_count(stderr, "failed") == 0
    racing = order_free_view(own_server)
    with connected(own_server) as graph:
        racing_duplicates = duplicates(graph)
        assert mergeable_strikes(graph) == []
        assert graph.read("MATCH (s:Strike) WHERE NOT (s)<-[:MENTIONS]-() RETURN count(s) AS n") == [{"n": 0}]
    assert racing[0]["Article"] == 8 + 40
    assert not {key: rows for key, rows in racing_duplicates.items() if key.endswith(".id")}

    # The same stories written by one run, one after another, make the same graph.
    wipe(own_server)
    with connected(own_server) as graph:
        ingest_here(graph, extractor, *own, shared)
    assert order_free_view(own_server) == racing
    with connected(own_server) as graph:
        assert duplicates(graph) == racing_duplicates


@pytest.mark.parametrize("how", ["stopped", "killed"])
def test_database_lost_mid_ingest_is_one_clear_error_and_a_rerun_resumes(
    tmp_path, own_server, extractor, how
):
    server = EmbeddedServer(own_server)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 40)
    wipe(own_server)
    with connected(own_server) as graph:
        ingest_here(graph, extractor, corpus)
    whole = snapshot(own_server)
    wipe(own_server)

    run = start_kg(own_server, "ingest", str(corpus))
    with connected(own_server) as graph:
        while graph.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] == 0:
            assert run.poll() is None, "the run ended before the database went away"
            time.sleep(0.01)
    lost_at = time.monotonic()
    if how == "stopped":
        server.stop()
    else:
        os.kill(server.pid(), signal.SIGKILL)
    _, stderr = run.communicate(timeout=120)
    gave_up_after = time.monotonic() - lost_at

    assert run.returncode == 3, stderr
    assert "Traceback" not in stderr
    [last] = error_lines(stderr)[-1:]
    assert last.startswith("error: graph database ")
    assert "run the same command again to finish (articles already written are skipped)" in last
    assert gave_up_after < 60  # the driver rides out a blip for 15 s, then the run stops

    server.start()  # after a kill, ArcadeDB recovers its files from the write-ahead log
    partial_counts, partial_claims, partial_mentions = snapshot(own_server)
    assert 0 < len(partial_claims) < 40
    for article, claims in partial_claims.items():  # every article that survived is whole
        assert claims == whole[1][article]
        assert ungrouped(partial_mentions[article]) == ungrouped(whole[2][article])
    assert partial_counts["Claim"] == sum(len(claims) for claims in partial_claims.values())

    again = run_kg(own_server, "ingest", str(corpus))
    assert again.returncode == 0, again.stderr
    assert summary_count(again.stderr, "unchanged") == len(partial_claims)
    assert snapshot(own_server) == whole


def test_ingest_with_the_database_down_fails_at_once_with_one_line(tmp_path, own_server):
    server = EmbeddedServer(own_server)
    corpus: Path = tmp_path / "corpus"
    write_corpus(corpus, 2)
    server.stop()
    try:
        started = time.monotonic()
        result = run_kg(own_server, "ingest", str(corpus))
        elapsed = time.monotonic() - started
    finally:
        server.start()
    assert result.returncode == 3
    [line] = error_lines(result.stderr)
    assert line.startswith("error: graph database unavailable: ") and "Connection refused" in line
    assert "Traceback" not in result.stderr
    assert elapsed < 15  # checked before the language model loads, not after 15 s of retries
