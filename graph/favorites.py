"""Neo4j Browser favorites: the curated queries of `cypher/` packed as an archive the Browser imports.

A curated query carries a `// browser: <folder>` line. Neo4j Browser names a favorite after its
first comment line (our description) and, when a `.zip` is dropped on it, files every `.cypher`
inside under a favorites folder named after the file's directory in the archive.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from graph.errors import UnknownQuery
from graph.queries import NamedQuery, QueryLibrary

BROWSER_TAG = "// browser:"
FOLDER_PREFIX = "claimgraph"
STYLE_FILE = "browser/claimgraph.grass"


def browser_folder(query: NamedQuery) -> str | None:
    """The favorites folder a curated query goes in, or None for queries only code uses."""
    for line in query.text.splitlines():
        if line.startswith(BROWSER_TAG):
            return line[len(BROWSER_TAG) :].strip() or "queries"
    return None


def curated(library: QueryLibrary) -> list[NamedQuery]:
    return [q for q in library if browser_folder(q) is not None]


def write_favorites(library: QueryLibrary, out: Path) -> list[str]:
    """Write `out` (.zip) with one `<folder>/<name>.cypher` per curated query; return the archive names."""
    queries = curated(library)
    if not queries:
        raise UnknownQuery(f"no query in {library.directory} has a `{BROWSER_TAG}` line")
    names = []
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for query in queries:
            name = f"{FOLDER_PREFIX} - {browser_folder(query)}/{query.name}.cypher"
            archive.writestr(name, query.text + "\n")
            names.append(name)
    return names
