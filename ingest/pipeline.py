"""The ingest run: read → extract → resolve → write, one transaction per article, errors per document.

What goes wrong with one article never stops the others: a document that cannot be read, an
extraction that raises, a write the database refuses are each reported as that article's failure and
the run goes on. Only losing the database stops the run, since nothing after could be written:
DatabaseUnavailable is raised once the outcomes so far are reported, and running again resumes,
skipping every article already written with the same text.
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING

from neo4j.exceptions import Neo4jError

from graph.db import one_line
from graph.errors import DatabaseUnavailable, InputError, KGError
from ingest.model import ArticleGraph, ArticleInput

if TYPE_CHECKING:
    from ingest.extract import Extractor
    from ingest.write import ArticleWriter, WriteResult

BATCH = 16  # articles handed to spaCy's nlp.pipe at once


@dataclass
class FileOutcome:
    source: str
    status: str  # "written", "unchanged" or "failed"
    claims: int = 0
    strikes: int = 0
    entities: int = 0
    error: str | None = None
    article_id: str | None = None
    trace: str | None = None  # traceback of an unexpected failure (`kg ingest --verbose` prints it)


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _extract(
    extractor: Extractor, articles: list[ArticleInput]
) -> list[tuple[ArticleInput, ArticleGraph | Exception]]:
    """Each article with its graph, or with the exception its extraction raised."""
    try:
        return list(zip(articles, extractor.extract_batch(articles), strict=True))
    except Exception:  # one article's text must not sink its batch: find it one by one
        pairs: list[tuple[ArticleInput, ArticleGraph | Exception]] = []
        for article in articles:
            try:
                pairs.append((article, extractor.extract_batch([article])[0]))
            except Exception as exc:  # reported as this article's failure
                pairs.append((article, exc))
        return pairs


class _WriteBehind:
    """One background thread that writes while spaCy parses the next batch, so the database and the NLP
    overlap instead of taking turns. Every outcome is recorded through it too, keeping input order.

    A job that raises stops the jobs after it; the error is raised in the caller's thread by the next
    `run` or on leaving the `with` block, which always waits for the jobs already queued.
    """

    def __init__(self, depth: int):
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, name="ingest-writer", daemon=True)
        self._thread.start()

    def run(self, job: Callable[[], None]) -> None:
        if threading.current_thread() is self._thread:  # a job recording its own outcome
            job()
            return
        if self._error is not None:
            raise self._error
        self._jobs.put(job)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None:
                try:
                    job()
                except BaseException as exc:  # handed to the caller's thread
                    self._error = exc

    def __enter__(self) -> _WriteBehind:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._jobs.put(None)
        self._thread.join()
        if exc is None and self._error is not None:
            raise self._error


def ingest(
    items: Iterable[ArticleInput | InputError],
    extractor: Extractor,
    writer: ArticleWriter,
    *,
    force: bool = False,
    on_outcome: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Ingest every readable article; a bad one is reported and the rest go on.

    Raises DatabaseUnavailable when the graph stops answering (after reporting the article it
    was writing as failed); everything reported "written" before that is committed.
    """
    report = IngestReport()
    first_seen: dict[str, ArticleInput] = {}  # article id → the article that took it in this run
    behind = _WriteBehind(depth=2 * BATCH)

    def append(outcome: FileOutcome) -> None:
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    def record(outcome: FileOutcome) -> None:
        behind.run(partial(append, outcome))

    def fail(article: ArticleInput, error: str, trace: str | None = None) -> None:
        record(FileOutcome(article.source_name, "failed", error=error, article_id=article.id, trace=trace))

    def write(article: ArticleInput, doc: ArticleGraph) -> None:
        try:
            result = writer.write(doc, force=force)
        except DatabaseUnavailable as exc:
            fail(article, str(exc))
            raise
        except KGError as exc:
            fail(article, str(exc))
            return
        except Neo4jError as exc:  # the database refused this article; the next may go in
            fail(article, f"the database refused it: {one_line(exc)}")
            return
        record(_outcome(article, result))

    with behind:
        for chunk in _batches(items, BATCH):
            articles = []
            for item in chunk:
                if isinstance(item, InputError):
                    record(FileOutcome(item.source, "failed", error=item.reason, trace=item.trace))
                elif first_seen.setdefault(item.id, item).text != item.text:
                    # Two different texts under one id: the second would silently replace the first.
                    fail(
                        item,
                        "an earlier article in this run has the same file name or url but other text; "
                        "rename one",
                    )
                else:
                    articles.append(item)
            stored = {} if force else writer.unchanged(articles)
            for article in articles:
                if article.id in stored:
                    record(_outcome(article, stored[article.id]))
            articles = [a for a in articles if a.id not in stored]
            for article, doc in _extract(extractor, articles):
                if isinstance(doc, Exception):
                    trace = "".join(traceback.format_exception(doc))
                    fail(article, f"extraction failed: {type(doc).__name__}: {one_line(doc)}", trace)
                    continue
                behind.run(partial(write, article, doc))
    return report


def _outcome(article: ArticleInput, result: WriteResult) -> FileOutcome:
    status = "unchanged" if result.unchanged else "written"
    return FileOutcome(
        article.source_name, status, result.claims, result.strikes, result.entities, article_id=article.id
    )
