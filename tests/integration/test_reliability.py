"""Ingest is idempotent, replaces edited articles whole, isolates failures, and survives racing writers.

Against the real embedded server; the articles are ours (examples/articles and generated stories).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from graph.db import Graph
from ingest.extract import Extractor
from ingest.model import ArticleGraph, ArticleInput
from ingest.pipeline import ingest
from ingest.read import read_paths
from ingest.write import ArticleWriter
from tests.support.paths import ROOT
from tests.support.reliability_helpers import (
    claims_by_article,
    counts,
    duplicates,
    kg_env,
    shared_story,
    write_corpus,
)
from tests.support.sample_graph import sample_articles

EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture
def writer(graph, queries) -> ArticleWriter:
    return ArticleWriter(graph, queries)


@pytest.fixture
def corpus(tmp_path) -> list[Path]:
    """Our example articles, when present, and a dozen generated stories sharing actors and places."""
    paths = write_corpus(tmp_path / "generated", 12)
    return [*sorted(EXAMPLES.glob("*.*")), *paths]


def statuses(report) -> dict[str, int]:
    return {status: report.count(status) for status in ("written", "unchanged", "failed")}


def test_ingesting_the_same_corpus_again_changes_nothing(graph, extractor, writer, corpus):
    first = ingest(read_paths(corpus), extractor, writer)
    assert statuses(first) == {"written": len(corpus), "unchanged": 0, "failed": 0}, first.failed
    before, claims = counts(graph), claims_by_article(graph)
    assert before["Article"] == len(corpus) and before["Claim"] > 0

    again = ingest(read_paths(corpus), extractor, writer)
    assert statuses(again) == {"written": 0, "unchanged": len(corpus), "failed": 0}
    assert counts(graph) == before and claims_by_article(graph) == claims

    forced = ingest(read_paths(corpus), extractor, writer, force=True)  # rewrites every article in place
    assert statuses(forced) == {"written": len(corpus), "unchanged": 0, "failed": 0}
    assert counts(graph) == before and claims_by_article(graph) == claims
    assert not duplicates(graph).keys() & {f"{label}.id" for label in ("Person", "Group", "Place", "Claim")}


def test_every_claim_points_into_its_article_text(graph, extractor, writer, corpus):
    """Offsets are into Article.text as the reader produced it (headline and date line taken out)."""
    ingest(read_paths(corpus), extractor, writer)
    rows = graph.read(
        "MATCH (c:Claim)-[:REPORTED_IN]->(a:Article) RETURN a.text AS text, c.sentence AS sentence, "
        "c.start AS start, c.end AS end"
    )
    assert rows
    for row in rows:
        assert row["text"][row["start"] : row["end"]] == row["sentence"]


def test_an_edited_article_replaces_its_own_claims_and_no_one_elses(tmp_path, graph, extractor, writer):
    paths = write_corpus(tmp_path, 6)
    ingest(read_paths(paths), extractor, writer)
    before = claims_by_article(graph)
    edited = paths[2]
    [old_article] = read_paths([edited])
    old_sentence = before[old_article.id][-1][1].strip()  # a sentence the extractor took a claim from
    new_sentence = "The United Nations said on Thursday that it could not verify the number of dead."
    edited.write_text(edited.read_text().replace(old_sentence, new_sentence))

    report = ingest(read_paths(paths), extractor, writer)
    assert statuses(report) == {"written": 1, "unchanged": 5, "failed": 0}
    after = claims_by_article(graph)
    assert {k: v for k, v in after.items() if k != old_article.id} == {
        k: v for k, v in before.items() if k != old_article.id
    }
    sentences = {claim[1].strip() for claim in after[old_article.id]}
    assert old_sentence not in sentences and new_sentence in sentences
    # Nothing of the old version is left hanging: every claim is reported in exactly one article.
    assert graph.read(
        "MATCH (c:Claim) OPTIONAL MATCH (c)-[r:REPORTED_IN]->() WITH c, count(r) AS n WHERE n <> 1 "
        "RETURN count(c) AS orphans"
    ) == [{"orphans": 0}]
    assert counts(graph)["Claim"] == sum(len(claims) for claims in after.values())


def wrong_strike_counts(graph: Graph) -> list[dict]:
    return graph.read(
        "MATCH (p:Place) WITH p, COUNT { (p)<-[:LOCATED_IN]-(:Strike) } AS n "
        "WHERE p.strike_count IS NULL OR p.strike_count <> n RETURN p.id AS id, p.strike_count AS stored, n"
    )


def test_place_strike_counts_follow_strikes_written_and_removed(graph, queries):
    # The writer keeps them so that concurrent writers of one place's strikes conflict (see
    # cypher/place_strike_counts.cypher); they must also stay true.
    docs, ids = sample_articles()
    writer = ArticleWriter(graph, queries)
    for doc in docs:
        writer.write(doc)
    assert wrong_strike_counts(graph) == []
    ariha = "MATCH (p:Place {id: $id}) RETURN p.strike_count AS n"
    assert graph.read(ariha, id=ids["ariha"]) == [{"n": 1}]

    # The one article reporting the Ariha shelling, edited so that it no longer does.
    [doc] = [d for d in docs if any(s.place_id == ids["ariha"] for s in d.strikes)]
    writer.write(
        doc.model_copy(update={"strikes": [s for s in doc.strikes if s.place_id != ids["ariha"]]}), force=True
    )
    assert graph.read(ariha, id=ids["ariha"]) == [{"n": 0}]
    assert wrong_strike_counts(graph) == []


class CrashesOn:
    """The real extractor, except that it raises on any batch holding an article with `word` in it."""

    def __init__(self, extractor: Extractor, word: str):
        self.extractor, self.word = extractor, word

    def extract_batch(self, articles: list[ArticleInput]) -> list[ArticleGraph]:
        if any(self.word in a.text for a in articles):
            raise RuntimeError("the tagger crashed on this text")
        return self.extractor.extract_batch(articles)


def test_an_extraction_crash_fails_only_its_own_article(tmp_path, graph, extractor, writer):
    paths = write_corpus(tmp_path, 5)
    paths[1].write_text(paths[1].read_text().replace("MOSCOW", "ZANZIBAR"))
    report = ingest(read_paths(paths), CrashesOn(extractor, "ZANZIBAR"), writer)
    assert statuses(report) == {"written": 4, "unchanged": 0, "failed": 1}
    [failed] = report.failed
    assert failed.source == paths[1].name
    assert failed.error == "extraction failed: RuntimeError: the tagger crashed on this text"
    assert graph.read("MATCH (a:Article) RETURN count(a) AS n") == [{"n": 4}]


def test_two_different_articles_under_one_name_are_not_merged(tmp_path, graph, extractor, writer):
    first, second = write_corpus(tmp_path / "a", 1), write_corpus(tmp_path / "b", 1, first_seed=1)
    second[0].rename(second[0].with_name(first[0].name))  # same file name, other story
    report = ingest(read_paths([tmp_path / "a", tmp_path / "b"]), extractor, writer)
    assert statuses(report) == {"written": 1, "unchanged": 0, "failed": 1}
    assert "same file name or url but other text" in report.failed[0].error
    [stored] = graph.read("MATCH (a:Article) RETURN a.text AS text")
    assert "(story 0)" in stored["text"]


# ---------------------------------------------------------------- racing writers


def test_six_racing_writers_make_no_duplicates(graph, queries):
    """Every thread writes its articles at the same moment as the others, all naming the same nodes.

    ArcadeDB answers such races with DeadlockDetected (retried by the driver) and with a duplicate key
    on the id index (ConstraintError, retried by us); either way each article must end up written once.
    """
    writers, per_writer = 6, 5
    barrier = threading.Barrier(writers, timeout=120)
    errors: list[BaseException] = []

    def run(writer_no: int) -> None:
        article_writer = ArticleWriter(graph, queries)
        for number in range(per_writer):
            barrier.wait()
            try:
                article_writer.write(shared_story(writer_no, number))
            except Exception as exc:  # collected, then shown by the assertion below
                errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert [str(e) for e in errors] == []
    racing = counts(graph)

    graph.write("MATCH (n) DETACH DELETE n")
    for number in range(per_writer):
        for writer_no in range(writers):
            ArticleWriter(graph, queries).write(shared_story(writer_no, number))
    assert racing == counts(graph)
    assert racing["Article"] == writers * per_writer
    assert (racing["Person"], racing["Group"], racing["Place"], racing["Strike"]) == (4, 2, 2, 1)
    assert duplicates(graph) == {}


def test_two_transactions_merging_one_relationship_leave_it_once(graph, driver, server_settings):
    """Both MERGE the same edge before either commits, onto places that already have edges.

    ArcadeDB can merge two appends to one edge list at commit; were it to here, both would commit and
    the edge would exist twice. The later commit must fail as a retryable conflict instead.
    """
    from neo4j.exceptions import TransientError

    graph.write(
        "CREATE (a:Place {id: 'place:a'}), (b:Place {id: 'place:b'}), (c:Place {id: 'place:c'}), "
        "(a)-[:LOCATED_IN]->(c), (c)-[:LOCATED_IN]->(b)"
    )
    link = "MATCH (a:Place {id: 'place:a'}), (b:Place {id: 'place:b'}) MERGE (a)-[:LOCATED_IN]->(b)"
    with (
        driver.session(database=server_settings.database) as first,
        driver.session(database=server_settings.database) as second,
    ):
        first_tx, second_tx = first.begin_transaction(), second.begin_transaction()
        first_tx.run(link).consume()
        second_tx.run(link).consume()
        first_tx.commit()
        with pytest.raises(TransientError):
            second_tx.commit()
    edges = "MATCH (:Place {id: 'place:a'})-[r:LOCATED_IN]->(:Place {id: 'place:b'}) RETURN count(r) AS n"
    assert graph.read(edges) == [{"n": 1}]


def test_kill_9_inside_a_transaction_leaves_nothing_of_the_article(graph, queries, server_settings):
    """The writer's whole transaction runs, then the process dies before COMMIT."""
    script = textwrap.dedent(
        """
        import os, signal
        from graph.db import Graph, make_driver
        from graph.queries import QueryLibrary
        from graph.settings import Settings
        from ingest.write import ArticleWriter
        from tests.support.reliability_helpers import shared_story

        settings = Settings()
        graph = Graph(make_driver(settings), settings.database)
        writer = ArticleWriter(graph, QueryLibrary(settings.cypher_dir))

        def work(tx):
            writer._write(tx, shared_story(9, 9), False)
            tx.run("MATCH (c:Claim) RETURN count(c) AS n").single()  # every statement reached the server
            os.kill(os.getpid(), signal.SIGKILL)

        graph.execute(work)
        """
    )
    died = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=kg_env(server_settings),
        capture_output=True,
        timeout=60,
    )
    assert died.returncode == -9, died.stderr.decode()
    assert counts(graph) == dict.fromkeys(counts(graph), 0)

    # The server holds nothing of it either: the same article now writes cleanly, once.
    ArticleWriter(graph, queries).write(shared_story(9, 9))
    assert counts(graph)["Article"] == 1 and counts(graph)["Claim"] == 4


def test_graph_execute_gives_up_on_a_real_duplicate(graph: Graph):
    """Duplicate keys are retried only as MERGE races: a CREATE of a taken id still fails, in bounded time."""
    from neo4j.exceptions import ConstraintError

    graph.write("CREATE (:Group:Actor {id: 'group:taken'})")
    with pytest.raises(ConstraintError):
        graph.execute(
            lambda tx: tx.run("CREATE (:Group:Actor {id: 'group:taken'})").consume(), merge_only=True
        )
