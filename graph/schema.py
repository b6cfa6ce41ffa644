"""Apply `cypher/schema/*.cypher` idempotently; optional features degrade instead of failing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver
from neo4j.exceptions import Neo4jError

from graph.errors import SchemaError

# Files whose statements a server may not support; their failure only turns a feature off.
OPTIONAL = {"fulltext"}


@dataclass
class SchemaReport:
    applied: list[str] = field(default_factory=list)
    unsupported: dict[str, str] = field(default_factory=dict)


def statements(directory: Path) -> list[tuple[str, str]]:
    """(file stem, statement) for every `;`-separated statement, comments dropped, in file order."""
    out = []
    for path in sorted(directory.glob("*.cypher")):
        body = "\n".join(ln for ln in path.read_text().splitlines() if not ln.lstrip().startswith("//"))
        out += [(path.stem, s.strip()) for s in body.split(";") if s.strip()]
    return out


def apply_schema(driver: Driver, database: str, directory: Path) -> SchemaReport:
    report = SchemaReport()
    for stem, statement in statements(directory):
        try:
            driver.execute_query(statement, database_=database)
            report.applied.append(statement)
        except Neo4jError as exc:
            if stem not in OPTIONAL:
                raise SchemaError(f"schema statement failed: {statement}: {exc.message}") from exc
            report.unsupported[stem] = exc.message or str(exc)
    return report
