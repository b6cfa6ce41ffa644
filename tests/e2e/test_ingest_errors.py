"""`kg ingest` when extraction or reading raises on one article: one line for it, the rest written;
the traceback only with --verbose. Runs the real command in this process, against the test server,
with an extractor that crashes on one article's text."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import ingest.extract
import ingest.read
from claimgraph.cli import app
from ingest.model import ArticleGraph, ArticleInput
from tests.support.reliability_helpers import kg_env, write_corpus


class CrashOnZanzibar:
    """Parses nothing; raises the way an extraction bug would for one article of a batch."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name

    def extract_batch(self, articles: list[ArticleInput]) -> list[ArticleGraph]:
        if any("ZANZIBAR" in a.text for a in articles):
            raise KeyError("DEPARTMENT")
        return [ArticleGraph(article=a) for a in articles]


@pytest.fixture
def corpus(tmp_path, monkeypatch, graph):
    monkeypatch.setattr(ingest.extract, "Extractor", CrashOnZanzibar)
    paths = write_corpus(tmp_path, 3)
    paths[1].write_text(paths[1].read_text().replace("MOSCOW", "ZANZIBAR"))
    return paths


def run(settings, *args: str):
    env = {k: v for k, v in kg_env(settings).items() if k.startswith("KG_") or k == "COLUMNS"}
    return CliRunner().invoke(app, ["ingest", *args], env=env)


@pytest.mark.parametrize("verbose", [False, True])
def test_an_extraction_crash_is_one_line_and_the_rest_is_written(corpus, graph, server_settings, verbose):
    result = run(server_settings, *map(str, corpus), *(["--verbose"] if verbose else []))
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {corpus[1].name}: extraction failed: KeyError: 'DEPARTMENT'"]
    assert ("Traceback (most recent call last)" in result.output) is verbose
    assert graph.read("MATCH (a:Article) RETURN count(a) AS n") == [{"n": 2}]


def test_a_reading_crash_fails_only_its_file(corpus, graph, server_settings, monkeypatch):
    read_one = ingest.read.read_one

    def crashes_on_the_first(path, **kwargs):
        if path == corpus[0]:
            raise ValueError("a reader bug")
        return read_one(path, **kwargs)

    monkeypatch.setattr(ingest.read, "read_one", crashes_on_the_first)
    result = run(server_settings, str(corpus[0]), str(corpus[2]))
    assert result.exit_code == 1, result.output
    assert f"error: {corpus[0]}: reading failed: ValueError: a reader bug" in result.output
    assert graph.read("MATCH (a:Article) RETURN count(a) AS n") == [{"n": 1}]


def test_files_of_a_kind_not_read_are_named_in_the_summary(corpus, graph, server_settings):
    folder = corpus[0].parent
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "notes.docx").write_bytes(b"PK")
    result = run(server_settings, str(folder))
    assert "skipped 2 files of a kind not read:" in result.output
    assert "notes.docx" in result.output and "report.pdf" in result.output
