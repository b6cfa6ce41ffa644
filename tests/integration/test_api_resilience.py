"""The API against a private embedded server we can slow down, stop and restart.

- a runaway query is cut at the time limit (server-side on ArcadeDB, client-side as a backstop),
  and a burst of them gets 429 instead of piling up;
- while the database is down the API answers 503 with a clear message, and it recovers by itself
  when the database returns, without restarting the app.
"""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.db import Graph, make_driver
from graph.queries import QueryLibrary
from graph.schema import apply_schema
from tests.support import throwaway_server
from tests.support.sample_graph import write_sample_graph

TIMEOUT = 2.0
# Five scans of the whole graph crossed: minutes of work on any machine.
CARTESIAN = "MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = 'never' RETURN count(*)"


@pytest.fixture(scope="module")
def private_server(tmp_path_factory):
    with throwaway_server(
        tmp_path_factory.mktemp("kg-private"), heap="512m", query_timeout=TIMEOUT
    ) as server:
        settings = server.settings
        with make_driver(settings) as driver:
            apply_schema(driver, settings.database, settings.cypher_dir / "schema")
            write_sample_graph(Graph(driver, settings.database), QueryLibrary(settings.cypher_dir))
        yield server


@pytest.fixture(scope="module")
def client(private_server):
    with TestClient(create_app(private_server.settings)) as test_client:
        yield test_client


def test_a_runaway_query_is_cut_at_the_time_limit(client):
    started = time.monotonic()
    response = client.post("/cypher", json={"query": CARTESIAN})
    elapsed = time.monotonic() - started
    assert response.status_code == 504, response.text
    assert "longer than 2s" in response.json()["detail"]
    assert elapsed < TIMEOUT + 4
    assert client.post("/cypher", json={"query": "MATCH (n:Claim) RETURN count(n)"}).json()["rows"] == [[12]]


def test_a_burst_of_runaway_queries_gets_429(client):
    answers: list[int] = []

    def slow() -> None:
        answers.append(client.post("/cypher", json={"query": CARTESIAN}).status_code)

    workers = [threading.Thread(target=slow) for _ in range(2)]
    for worker in workers:
        worker.start()
    time.sleep(0.5)
    busy = client.post("/cypher", json={"query": "RETURN 1"})
    for worker in workers:
        worker.join()
    assert busy.status_code == 429 and "busy" in busy.json()["detail"]
    assert answers == [504, 504]
    assert client.post("/cypher", json={"query": "RETURN 1"}).status_code == 200  # slots are free again


def test_503_while_the_database_is_down_and_recovery_without_restart(client, private_server):
    assert client.get("/health/ready").status_code == 200
    private_server.stop()
    try:
        for request in (
            lambda: client.get("/health/ready"),
            lambda: client.get("/claims"),
            lambda: client.get("/search", params={"q": "qaeda"}),
            lambda: client.post("/cypher", json={"query": "RETURN 1"}),
        ):
            started = time.monotonic()
            response = request()
            assert response.status_code == 503, response.text
            assert "unavailable" in response.json()["detail"] or "refused" in response.json()["detail"]
            assert time.monotonic() - started < 15
        assert client.get("/health/live").status_code == 200  # the process itself is fine
    finally:
        private_server.start()
    deadline = time.monotonic() + 30
    while client.get("/health/ready").status_code != 200:
        assert time.monotonic() < deadline, "the API did not recover"
        time.sleep(0.5)
    assert client.get("/claims").json()["total"] == 12
    assert client.get("/search", params={"q": "qaeda"}).json()["items"][0]["id"] == "group:al-qaeda"
