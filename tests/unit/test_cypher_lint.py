"""Every file in cypher/ passes Neo4j's own Cypher 5 linter (@neo4j-cypher/language-support, from npm),
so what runs on the embedded ArcadeDB server is also Cypher that Neo4j 5 accepts."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.support.paths import ROOT

LINT = ROOT / "tests" / "support" / "lint_cypher.mjs"
pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules" / "@neo4j-cypher").is_dir(),
    reason="node or the npm packages (npm ci) are missing",
)


def lint(folder) -> subprocess.CompletedProcess:
    command = ["node", str(LINT), str(folder)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_every_cypher_file_passes_the_neo4j_linter():
    result = lint(ROOT / "cypher")
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 errors" in result.stdout


def test_the_linter_refuses_what_neo4j_would(tmp_path):
    (tmp_path / "broken.cypher").write_text("MATCH (n:Claim RETURN n\n")
    result = lint(tmp_path)
    assert result.returncode == 1 and "broken.cypher:1: error" in result.stdout
