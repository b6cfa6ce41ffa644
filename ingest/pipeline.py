"""The ingest run: read → extract → resolve → write, one transaction per article, errors per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from graph.errors import InputError, KGError
from ingest.extract import Extractor
from ingest.model import ArticleInput
from ingest.write import ArticleWriter

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


def ingest(
    items: Iterable[ArticleInput | InputError],
    extractor: Extractor,
    writer: ArticleWriter,
    *,
    force: bool = False,
    on_outcome: Callable[[FileOutcome], None] | None = None,
) -> IngestReport:
    """Ingest every readable article; a bad one is reported and the rest go on."""
    report = IngestReport()

    def record(outcome: FileOutcome) -> None:
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    for chunk in _batches(items, BATCH):
        articles = [a for a in chunk if isinstance(a, ArticleInput)]
        for bad in (e for e in chunk if isinstance(e, InputError)):
            record(FileOutcome(bad.source, "failed", error=bad.reason))
        for article, doc in zip(articles, extractor.extract_batch(articles), strict=True):
            try:
                result = writer.write(doc, force=force)
            except KGError as exc:
                record(FileOutcome(article.source_name, "failed", error=str(exc), article_id=article.id))
                continue
            record(
                FileOutcome(
                    article.source_name, "unchanged" if result.unchanged else "written",
                    claims=len(doc.claims), strikes=len(doc.strikes), entities=len(doc.entities),
                    article_id=article.id,
                )
            )  # fmt: skip
    return report
