"""`kg ingest` as a user runs it: a batch full of bad files, and a run killed with SIGKILL then resumed."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest

from tests.support.reliability_helpers import (
    article_text,
    claims_by_article,
    counts,
    duplicates,
    error_lines,
    ingest_here,
    mentions_by_article,
    run_kg,
    start_kg,
    summary_count,
    ungrouped,
    write_corpus,
)

PAGE = (
    "<!doctype html><html><head><title>Monitor reports strike on Saraqeb bakery</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Monitor reports strike on Saraqeb bakery</h1>"
    "<p>The Syrian Observatory for Human Rights said on Friday that an airstrike hit a bakery in Saraqeb, "
    "killing seven people who were queuing for bread.</p>"
    "<p>Russia's Defence Ministry denied that its aircraft had flown over the town, spokesman Ivan Sokolov "
    "told reporters in Moscow.</p></article><footer>Subscribe to our newsletter</footer></body></html>"
)


def test_each_bad_file_is_one_error_line_and_the_rest_of_the_batch_is_written(
    tmp_path, graph, server_settings
):
    batch = tmp_path / "batch"
    batch.mkdir()
    good = {
        "story.txt": article_text(1).encode(),
        "wire.json": json.dumps({"title": "Army says drones downed", "text": article_text(2)}).encode(),
        "bakery.html": PAGE.encode(),
        "old_export.txt": (article_text(3).replace("—", "-") + "Café owner José said so.").encode("cp1252"),
        "feed.jsonl": (json.dumps({"id": "feed-1", "text": article_text(4)}) + "\n{broken\n").encode(),
    }
    bad = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b" \n \n", "empty file (only whitespace)"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (PNG image), not text"),
        "corrupt.txt": (article_text(5).encode() + b"\xe2\x80 cut", "invalid UTF-8"),
        "bad.json": (b'{"text": "The army said', "malformed JSON at line 1"),
        "notext.json": (b'{"title": "Headline only"}', "JSON article has no 'text'"),
    }
    for name, content in {**good, **{name: content for name, (content, _) in bad.items()}}.items():
        (batch / name).write_bytes(content)
    huge = batch / "huge.txt"
    with huge.open("wb") as fh:
        chunk = article_text(6).encode() * 100
        for _ in range(50_000_000 // len(chunk) + 1):
            fh.write(chunk)
    os.mkfifo(batch / "pipe.txt")
    (batch / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (batch / "loop.txt").symlink_to(batch / "loop.txt")
    (batch / "folder.txt").mkdir()  # a directory named like an article file: looked into, not read
    missing = tmp_path / "missing.txt"

    started = time.monotonic()
    result = run_kg(server_settings, "ingest", str(batch), str(missing), timeout=180)
    elapsed = time.monotonic() - started

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    expected = {str(batch / name): reason for name, (_, reason) in bad.items()} | {
        str(huge): f"{huge.stat().st_size / 1e6:.1f} MB is over the 10 MB limit for one article",
        str(batch / "pipe.txt"): "not a regular file (a named pipe)",
        str(batch / "dangling.txt"): "broken symbolic link",
        str(batch / "loop.txt"): "symbolic link loop",
        str(batch / "feed.jsonl") + ":2": "malformed JSON line",
        str(missing): "no such file",
    }
    errors = error_lines(result.stderr)
    assert len(errors) == len(expected), result.stderr
    for path, reason in expected.items():
        [line] = [e for e in errors if e.startswith(f"error: {path}: ")]
        assert reason in line
    assert f"warning: {batch / 'old_export.txt'}: not UTF-8; read as Windows-1252 (Latin-1)" in result.stderr
    assert summary_count(result.stderr, "written") == len(good)
    assert summary_count(result.stderr, "failed") == len(expected)
    stored = graph.read("MATCH (a:Article) RETURN a.source_name AS name, a.text AS text ORDER BY name")
    assert [row["name"] for row in stored] == [
        "bakery.html",
        "feed-1",
        "old_export.txt",
        "story.txt",
        "wire.json",
    ]
    assert "Café owner José" in next(row["text"] for row in stored if row["name"] == "old_export.txt")
    assert elapsed < 120


@pytest.mark.slow
def test_kill_9_mid_run_leaves_only_whole_articles_and_a_rerun_completes(
    tmp_path, graph, server_settings, extractor
):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 48)
    ingest_here(graph, extractor, corpus)
    whole, whole_mentions, whole_counts = claims_by_article(graph), mentions_by_article(graph), counts(graph)
    assert whole_counts["Article"] == 48 and whole_counts["Claim"] > 48
    graph.write("MATCH (n) DETACH DELETE n")

    # Kill right after the first article commits: the run is then writing the rest of its first batch.
    run = start_kg(server_settings, "ingest", str(corpus))
    deadline = time.monotonic() + 120
    while graph.read("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] == 0:
        assert run.poll() is None and time.monotonic() < deadline, "the run ended before it was killed"
        time.sleep(0.01)
    os.kill(run.pid, signal.SIGKILL)
    run.communicate(timeout=30)
    assert run.returncode == -signal.SIGKILL

    partial, partial_mentions = claims_by_article(graph), mentions_by_article(graph)
    assert 0 < len(partial) < 48
    for article, claims in partial.items():
        assert claims == whole[article]  # every article in the graph is there whole
        assert ungrouped(partial_mentions[article]) == ungrouped(whole_mentions[article])
    assert counts(graph)["Claim"] == sum(len(claims) for claims in partial.values())  # and nothing else is

    again = run_kg(server_settings, "ingest", str(corpus))
    assert again.returncode == 0, again.stderr
    assert summary_count(again.stderr, "unchanged") == len(partial)
    assert summary_count(again.stderr, "written") == 48 - len(partial)
    assert counts(graph) == whole_counts
    assert claims_by_article(graph) == whole and mentions_by_article(graph) == whole_mentions
    assert not any(key.endswith(".id") for key in duplicates(graph))
