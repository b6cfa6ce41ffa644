"""The embedded server, the schema and transactions behave as the rest of the tool assumes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
from neo4j.exceptions import ConstraintError

from graph.server import EmbeddedServer
from graph.settings import Settings

LABELS = ("Article", "Person", "Group", "Place", "Strike", "Claim", "Actor")


def test_every_label_has_a_unique_id_constraint(graph):
    rows = graph.read("SHOW CONSTRAINTS")
    constrained = {(r["labelsOrTypes"][0], tuple(r["properties"])) for r in rows if r["type"] == "UNIQUENESS"}
    for label in LABELS:
        assert (label, ("id",)) in constrained


def test_merge_twice_makes_one_node(graph):
    for _ in range(2):
        graph.write("MERGE (p:Person:Actor {id: $id}) SET p.name = $name", id="person:x", name="X")
    assert graph.read("MATCH (p:Person {id: 'person:x'}) RETURN count(p) AS n") == [{"n": 1}]
    assert graph.read("MATCH (p:Actor {id: 'person:x'}) RETURN count(p) AS n") == [{"n": 1}]


def test_duplicate_id_is_refused(graph):
    graph.write("CREATE (:Group:Actor {id: 'group:a'})")
    with pytest.raises(ConstraintError):
        graph.write("CREATE (:Group:Actor {id: 'group:a'})")


def test_a_transaction_that_raises_leaves_nothing(graph):
    def work(tx):
        tx.run("CREATE (:Article {id: 'article:half'})").consume()
        tx.run("CREATE (:Claim {id: 'claim:half'})").consume()
        raise RuntimeError("crash mid-article")

    with pytest.raises(RuntimeError):
        graph.execute(work)
    assert graph.read("MATCH (n) WHERE n.id ENDS WITH ':half' RETURN count(n) AS n") == [{"n": 0}]


def test_server_listens_on_loopback_only(server_settings):
    status = EmbeddedServer(server_settings).status()
    assert status.healthy and status.running
    assert status.bolt_uri.startswith("bolt://127.0.0.1:")
    listening = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True).stdout
    ours = [ln for ln in listening.splitlines() if f":{server_settings.bolt_port} " in ln]
    assert ours and all("127.0.0.1" in ln for ln in ours)


def test_password_is_generated_and_private(server_settings):
    mode = stat.S_IMODE(os.stat(server_settings.password_file).st_mode)
    assert mode == 0o600
    assert len(server_settings.password_file.read_text().strip()) >= 24


def test_second_start_reports_the_running_server(server_settings):
    status, started = EmbeddedServer(server_settings).start()
    assert not started and status.healthy


def test_cli_status_json_tells_scripts_how_to_connect(server_settings):
    env = {
        **os.environ,
        "KG_DATA_DIR": str(server_settings.data_dir),
        "KG_BOLT_PORT": str(server_settings.bolt_port),
        "KG_HTTP_PORT": str(server_settings.http_port),
    }
    env.pop("KG_BOLT_URI", None)
    command = [sys.executable, "-m", "claimgraph", "db", "status", "--json"]
    out = subprocess.run(command, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    status = json.loads(out.stdout)
    assert status["healthy"] is True
    assert status["bolt_uri"] == f"bolt://127.0.0.1:{server_settings.bolt_port}"
    assert status["password_file"] == str(server_settings.password_file)
    assert status["database"] == "kg" and status["user"] == "root"


def test_external_server_needs_no_embedded_password(tmp_path):
    settings = Settings(_env_file=None, bolt_uri="bolt://db.example:7687", password="pw", data_dir=tmp_path)
    assert settings.uri == "bolt://db.example:7687"
    assert settings.auth == ("root", "pw")
    assert not settings.embedded
