"""Neo4j Browser favorites: the curated queries of `cypher/` packed as an archive the Browser imports.

A curated query carries a `// browser: <folder>` line. Neo4j Browser names a favorite after its
first comment line (our description) and, when a `.zip` is dropped on it, files every `.cypher`
inside under a favorites folder named after the file's directory in the archive.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from graph.errors import UnknownQuery
from graph.queries import BROWSER_TAG, QueryLibrary, browser_folder, curated

FOLDER_PREFIX = "claimgraph"
STYLE_FILE = "browser/claimgraph.grass"


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
