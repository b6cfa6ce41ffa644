"""Named Cypher: one query per `cypher/NAME.cypher` file, loaded by name.

The same files serve the API, the CLI and Neo4j Browser users (as favorites), so each starts
with `//` comment lines that say what it answers and which `$parameters` it takes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import UnknownQuery

PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
EXAMPLE = "params:"
BROWSER_TAG = "// browser:"  # marks a curated query, and names its Neo4j Browser favorites folder


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    description: str
    parameters: tuple[str, ...]
    example: dict[str, Any]  # from a `// params: {...}` line: runnable values, shown to Browser users too


def _parse(name: str, text: str) -> NamedQuery:
    comments = [ln[2:].strip() for ln in text.splitlines() if ln.startswith("//")]
    body = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))
    params = tuple(dict.fromkeys(PARAM.findall(body)))
    examples = (json.loads(c[len(EXAMPLE) :]) for c in comments if c.startswith(EXAMPLE))
    example: dict[str, Any] = next(examples, {})
    return NamedQuery(name, text.strip(), " ".join(comments[:1]), params, example)


class QueryLibrary:
    """Every `.cypher` file directly in `directory`, by file stem."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._queries = {
            p.stem: _parse(p.stem, p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.cypher"))
        }

    def __getitem__(self, name: str) -> str:
        return self.get(name).text

    def get(self, name: str) -> NamedQuery:
        try:
            return self._queries[name]
        except KeyError:
            raise UnknownQuery(f"no query named {name!r} in {self.directory}") from None

    def require(self, names: Iterable[str]) -> None:
        """Fail at start-up, not at the first request, when code names a query that is missing."""
        missing = sorted(set(names) - self._queries.keys())
        if missing:
            raise UnknownQuery(f"missing queries in {self.directory}: {', '.join(missing)}")

    def names(self) -> list[str]:
        return list(self._queries)

    def __iter__(self) -> Iterator[NamedQuery]:
        return iter(self._queries.values())


def browser_folder(query: NamedQuery) -> str | None:
    """The favorites folder a curated query goes in, or None for queries only code uses."""
    for line in query.text.splitlines():
        if line.startswith(BROWSER_TAG):
            return line[len(BROWSER_TAG) :].strip() or "queries"
    return None


def curated(library: QueryLibrary) -> list[NamedQuery]:
    """The queries meant for people (Neo4j Browser favorites, the API's query menu)."""
    return [q for q in library if browser_folder(q) is not None]
