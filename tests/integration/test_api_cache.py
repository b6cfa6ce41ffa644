"""The response cache and the search index against the real server: kept while the graph stands still,
dropped when any writer (this API or another process) changes it."""

from __future__ import annotations

import time
from urllib.parse import quote

from fastapi.testclient import TestClient

from api.app import create_app
from api.search import NameIndex
from ingest.write import ArticleWriter
from tests.support.sample_graph import api_settings, sample_articles, write_sample_graph


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def ready(client: TestClient) -> None:
    """The watcher has read the graph's version once (it starts with the app)."""
    assert wait_for(lambda: client.app.state.watcher.cache.version is not None)


def test_a_repeated_get_is_answered_from_the_cache(graph, queries, server_settings):
    ids = write_sample_graph(graph, queries)
    path = f"/actors/{quote(ids['ministry'], safe='')}"
    with TestClient(create_app(api_settings(server_settings, cache_check=60))) as client:
        ready(client)
        first, second = client.get(path), client.get(path)
        assert (first.status_code, second.status_code) == (200, 200)
        assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
        assert second.content == first.content
        assert second.headers["content-type"] == "application/json"

        missing = [client.get("/actors/group%3Anobody") for _ in range(2)]
        assert [r.status_code for r in missing] == [404, 404]
        assert [r.headers["x-cache"] for r in missing] == ["miss", "miss"]  # errors are never kept
        assert "x-cache" not in client.get("/health/ready").headers  # health always asks the graph


def test_another_writer_empties_the_cache_within_one_check(graph, queries, server_settings):
    docs, ids = sample_articles()
    writer = ArticleWriter(graph, queries)
    for doc in docs[:-1]:
        writer.write(doc)
    with TestClient(create_app(api_settings(server_settings, cache_check=0.2))) as client:
        ready(client)
        before = client.get("/stats").json()["nodes"]["Article"]
        assert client.get("/stats").headers["x-cache"] == "hit"

        writer.write(docs[-1])  # as `kg ingest` in another process would
        assert wait_for(lambda: client.get("/stats").json()["nodes"]["Article"] == before + 1, 5)

        claim = f"/claims/{quote(ids['claim_ru_strike'], safe='')}"
        client.get(claim)
        assert client.get(claim).headers["x-cache"] == "hit"
        # Rewriting an article changes no count, only its ingested_at: the cache must still notice.
        reporting = next(d for d in docs if any(c.id == ids["claim_ru_strike"] for c in d.claims))
        writer.write(reporting, force=True)
        assert wait_for(lambda: client.get(claim).headers["x-cache"] == "miss", 5)


def test_no_cache_when_switched_off(graph, queries, server_settings):
    ids = write_sample_graph(graph, queries)
    path = f"/claims/{quote(ids['claim_ru_strike'], safe='')}"
    with TestClient(create_app(api_settings(server_settings, cache_entries=0))) as client:
        responses = [client.get(path) for _ in range(2)]
        assert [r.status_code for r in responses] == [200, 200]
        assert all("x-cache" not in r.headers for r in responses)


def test_the_search_index_is_rebuilt_only_when_the_graph_moved(graph, queries, server_settings):
    docs, _ = sample_articles()
    writer = ArticleWriter(graph, queries)
    for doc in docs[:-1]:
        writer.write(doc)
    version = {"now": 1}
    index = NameIndex(graph, queries, version=lambda: version["now"], ttl=0)
    builds = []
    build = index._build
    index._build = lambda: builds.append(1) or build()

    assert index.search("Kafr Nabl")[0].name == "Kafr Nabl"  # the first search builds the index
    index.search("Kafr Nabl")
    index.search("Idlib")
    assert len(builds) == 1

    writer.write(docs[-1])
    version["now"] = 2
    assert index.search("Husaybah")[0].name == "Husaybah"  # written after the first build
    assert len(builds) == 2
    index.invalidate()  # what the API does after its own ingest
    index.search("Husaybah")
    assert len(builds) == 3
