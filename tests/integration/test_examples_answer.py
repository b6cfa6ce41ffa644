"""What the README and the Neo4j Browser favorites show a new user works on the sample articles: every
curated query's `// params:` example and every curl example of the README answer something once
examples/articles is ingested (real extraction, as `./dev up` does)."""

from __future__ import annotations

import json
import re
import shlex
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Graph
from graph.queries import QueryLibrary, curated
from ingest.extract import Extractor
from ingest.pipeline import ingest
from ingest.read import read_paths
from ingest.write import ArticleWriter
from tests.support.paths import ROOT
from tests.support.sample_graph import api_settings

EXAMPLES = ROOT / "examples" / "articles"
README = ROOT / "README.md"
BASE = "http://127.0.0.1:8000"
CURATED = curated(QueryLibrary(ROOT / "cypher"))


def readme_curls() -> list[str]:
    """Every curl command of the README's bash blocks that calls the API, its continuation lines (after a
    backslash, or inside an open quote) joined."""
    blocks = re.findall(r"```bash\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    commands, pending = [], ""
    for block in blocks:
        for line in block.replace("\\\n", " ").splitlines():
            pending = f"{pending}\n{line}" if pending else line
            try:
                shlex.split(pending)
            except ValueError:  # a quote still open
                continue
            if pending.strip().startswith("curl") and BASE in pending:
                commands.append(pending.strip())
            pending = ""
    return commands


@pytest.fixture(scope="module")
def examples_graph(driver, server_settings, queries) -> Graph:
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    extractor = Extractor(server_settings.spacy_model)
    report = ingest(read_paths([EXAMPLES]), extractor, ArticleWriter(graph, queries))
    assert [o.source for o in report.outcomes if o.status != "written"] == []
    return graph


@pytest.fixture(scope="module")
def client(server_settings, examples_graph):
    with TestClient(create_app(api_settings(server_settings))) as test_client:
        yield test_client


def test_every_curated_query_has_an_example():
    assert len(CURATED) >= 9
    assert all(q.example or not q.parameters for q in CURATED)


@pytest.mark.parametrize("query", CURATED, ids=[q.name for q in CURATED])
def test_curated_query_example_answers_on_the_sample_articles(examples_graph, query):
    assert set(query.parameters) <= set(query.example), "every parameter has an example value"
    rows = examples_graph.export(query.text, **query.example)
    assert len(rows) > 0, f"{query.name} with {query.example} answers nothing on examples/articles"


def test_the_readme_has_curl_examples():
    assert len(readme_curls()) >= 5


@pytest.mark.parametrize("command", readme_curls())
def test_readme_curl_example_answers_on_the_sample_articles(client, command):
    words = shlex.split(command)
    url = next(w for w in words if w.startswith(BASE))
    data = words[words.index("-d") + 1] if "-d" in words else None
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    response = client.post(target, json=json.loads(data)) if data else client.get(target)
    assert response.status_code == 200, response.text
    body = response.json()
    answered = next(body[key] for key in ("items", "rows", "events", "claims") if key in body)
    assert answered, f"{command} answers nothing"
