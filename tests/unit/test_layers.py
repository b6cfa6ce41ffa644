"""The layers run one way: graph at the bottom, then ingest, then api; claimgraph (the CLI) on top.

Read from the source files with ast, so no import is executed and a lazy import inside a function
counts the same as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support.paths import ROOT

# package → the project packages it may not import
FORBIDDEN = {
    "graph": {"ingest", "api", "claimgraph"},
    "ingest": {"api", "claimgraph"},
    "api": {"claimgraph"},
}


def imported_packages(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(package):
    files = sorted((ROOT / package).rglob("*.py"))
    assert files
    crossing = {str(f.relative_to(ROOT)): sorted(imported_packages(f) & FORBIDDEN[package]) for f in files}
    assert not {f: names for f, names in crossing.items() if names}


def test_the_check_sees_a_crossing(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("def late():\n    from api.app import create_app\n")
    assert "api" in imported_packages(module)
