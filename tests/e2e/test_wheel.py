"""The package ships whole: a wheel installed outside the checkout runs the embedded server, an ingest
and a curated query, with its Cypher files, rule data and explorer scripts inside it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.server import free_port

pytestmark = pytest.mark.slow
NOT_SHIPPED = (".git", ".venv", ".kg", "build", "test-artifacts", "*.egg-info", "__pycache__", ".*_cache")

ARTICLE = """Monitor says air strike killed four in Maarat al-Numan

The Syrian Observatory for Human Rights said on Tuesday that an air strike on a market in Maarat
al-Numan killed four civilians. Russia's Defence Ministry denied that its aircraft had carried out
any strikes in the area.
"""


# The throwaway venv must see neither the checkout nor the test venv's own (editable) claimgraph.
CLEAN_ENV = {k: v for k, v in os.environ.items() if not k.startswith("KG_") and k != "PYTHONPATH"}


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("env", CLEAN_ENV)
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, **kwargs)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A throwaway venv holding the wheel (built from this checkout) and nothing of the source tree.
    Its dependencies come from the test venv through a .pth line, so no package is downloaded twice;
    the wheel itself is installed with --no-deps."""
    work = tmp_path_factory.mktemp("wheel")
    # Built from a copy, so setuptools' build/ folder never lands in the checkout.
    source = work / "src"
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(source)])
    [wheel] = work.glob("claimgraph-*.whl")
    venv = work / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    purelib = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = Path(run([str(python), "-c", purelib]).stdout.strip())
    (site / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)])
    return venv


def test_the_wheel_holds_what_a_checkout_links_to(installed):
    python = str(installed / "bin" / "python")
    probe = (
        "import json, graph, api; from importlib.resources import files; "
        "print(json.dumps({'graph': graph.__file__, "
        "'cypher': len(list((files('graph') / 'cypher').glob('*.cypher'))), "
        "'schema': (files('graph') / 'cypher' / 'schema' / 'constraints.cypher').is_file(), "
        "'vendor': sorted(p.name for p in (files('api') / 'static' / 'vendor').iterdir())}))"
    )
    found = json.loads(run([python, "-c", probe], cwd=installed).stdout)
    assert not found["graph"].startswith(str(ROOT))
    assert found["cypher"] == len(list((ROOT / "cypher").glob("*.cypher")))
    assert found["schema"]
    assert found["vendor"] == sorted(p.name for p in (ROOT / "api" / "static" / "vendor").iterdir())


def test_kg_from_the_wheel_starts_the_server_ingests_and_queries(installed, tmp_path):
    kg = str(installed / "bin" / "kg")
    env = CLEAN_ENV | {"KG_DATA_DIR": str(tmp_path / "kg"), "KG_BOLT_PORT": str(free_port()),
            "KG_HTTP_PORT": str(free_port()), "KG_HEAP": "1g"}  # fmt: skip
    article = tmp_path / "maarat-market.txt"
    article.write_text(ARTICLE)
    try:
        run([kg, "db", "start"], cwd=tmp_path, env=env)
        ingested = run([kg, "ingest", str(article)], cwd=tmp_path, env=env)
        assert "written" in ingested.stderr
        rows = run([kg, "query", "article_claims", "article=maarat-market.txt"], cwd=tmp_path, env=env)
        claims = [json.loads(line) for line in rows.stdout.splitlines()]
        assert claims and any("Observatory" in json.dumps(c) for c in claims)
    finally:
        subprocess.run([kg, "db", "stop"], cwd=tmp_path, env=env, capture_output=True, timeout=120)
