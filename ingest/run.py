"""An ingest put together once: the one place that wires the database, schema, writer and extractor.

The CLI, `POST /articles`, the benchmarks and the tests all build their ingest here, so each of them
checks the database first and has the id constraints that make concurrent MERGEs safe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graph.db import Graph
from graph.errors import InputError
from graph.queries import QueryLibrary
from graph.schema import apply_schema
from graph.settings import Settings
from ingest.model import ArticleInput
from ingest.pipeline import FileOutcome, IngestReport, ingest
from ingest.write import ArticleWriter

if TYPE_CHECKING:
    from ingest.extract import Extractor


@dataclass
class Ingest:
    """A ready ingest: call it with articles (or the errors reading them gave) as often as needed."""

    extractor: Extractor
    writer: ArticleWriter

    def __call__(
        self,
        items: Iterable[ArticleInput | InputError],
        *,
        force: bool = False,
        on_outcome: Callable[[FileOutcome], None] | None = None,
    ) -> IngestReport:
        return ingest(items, self.extractor, self.writer, force=force, on_outcome=on_outcome)


def prepare_ingest(graph: Graph, settings: Settings, extractor: Extractor | None = None) -> Ingest:
    """Check the database (a down one fails now, before the language model loads), apply the schema
    (idempotent), and build the writer and, unless one is given, the extractor."""
    graph.check()
    apply_schema(graph.driver, graph.database, settings.cypher_dir / "schema")
    writer = ArticleWriter(graph, QueryLibrary(settings.cypher_dir))
    if extractor is None:
        from ingest.extract import Extractor

        extractor = Extractor(settings.spacy_model)
    return Ingest(extractor, writer)
