"""Property-based tests over the OpenAPI spec: every operation, generated inputs, zero server errors.

Schemathesis calls the real app (lifespan run, sample graph written) in-process and checks every
answer against the spec: no 5xx, documented status codes and content types, bodies that match the
declared response models; invalid inputs (negative mode) must be refused with a 4xx. POST /articles
runs without a key, so it must answer 401 every time. Hypothesis drives schemathesis' strategies
directly (its pytest plugin does not run on this pytest).
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance

from api.app import create_app
from graph.db import Graph
from graph.settings import Settings
from tests.support.sample_graph import api_settings, write_sample_graph

EXAMPLES = 20  # per operation and mode: enough to hit every parameter, bounded to a minute or two
SPEC = create_app(Settings(_env_file=None)).openapi()  # the spec alone needs no database
OPERATIONS = [(method.upper(), path) for path, methods in SPEC["paths"].items() for method in methods]
# Invalid inputs need inputs that can be wrong: a query parameter with a type or bounds, or a body.
WITH_INPUTS = [
    (method.upper(), path)
    for path, methods in SPEC["paths"].items()
    for method, op in methods.items()
    if op.get("requestBody") or any(p["in"] == "query" for p in op.get("parameters", []))
]
NAME_FILTERS = ("/claims", "/strikes", "/network", "/matrix", "/map")
CASES = [(m, p, GenerationMode.POSITIVE) for m, p in OPERATIONS] + [
    (m, p, GenerationMode.NEGATIVE) for m, p in WITH_INPUTS
]


@pytest.fixture(scope="module")
def api_schema(driver, server_settings, queries):
    graph = Graph(driver, server_settings.database)
    graph.write("MATCH (n) DETACH DELETE n")
    write_sample_graph(graph, queries)
    app = create_app(api_settings(server_settings, api_key="schemathesis-never-sends-this"))
    with TestClient(app):  # runs the lifespan: the driver and the rest live on app.state until the end
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_is_covered():
    assert len(OPERATIONS) >= 16
    assert ("POST", "/cypher") in OPERATIONS and ("GET", "/network") in OPERATIONS


@pytest.mark.parametrize(
    ("method", "path", "mode"),
    CASES,
    ids=[f"{m} {p} {'valid' if g.is_positive else 'invalid'}" for m, p, g in CASES],
)
def test_no_server_errors_and_answers_match_the_spec(api_schema, method, path, mode):
    operation = api_schema[path][method]
    # No schema can say which strings are valid Cypher, or which names several nodes answer to: the
    # database refusing one, or a name filter listing its candidates (422), is correct.
    excluded = [positive_data_acceptance] if path in ("/cypher", *NAME_FILTERS) else []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        case.call_and_validate(excluded_checks=excluded)

    check()
