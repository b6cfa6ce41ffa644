"""docker-compose.yml cannot run here (no Docker daemon); check what it declares instead."""

from __future__ import annotations

import yaml

from tests.support.paths import ROOT

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]


def test_neo4j_is_5_community_with_credentials_from_the_environment():
    neo4j = SERVICES["neo4j"]
    assert neo4j["image"].startswith("neo4j:5") and "community" in neo4j["image"]
    auth = neo4j["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${") and ":?" in auth  # refuses to start without a password
    assert neo4j["healthcheck"]["test"] and "RETURN 1" in " ".join(neo4j["healthcheck"]["test"])
    assert any(v.startswith("neo4j-data:/data") for v in neo4j["volumes"])
    assert "neo4j-data" in COMPOSE["volumes"]


def test_ports_are_published_on_loopback_only():
    for name, service in SERVICES.items():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"


def test_api_waits_for_a_healthy_neo4j_and_points_at_it():
    api = SERVICES["api"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    env = api["environment"]
    assert env["KG_BOLT_URI"] == "bolt://neo4j:7687"
    assert "${" in env["KG_PASSWORD"] and "${" in env["KG_API_KEY"]
    assert "healthcheck" in api and "/health/ready" in " ".join(api["healthcheck"]["test"])


def test_ingest_runs_on_demand_against_the_same_database():
    ingest = SERVICES["ingest"]
    assert ingest["profiles"] == ["ingest"]
    assert ingest["environment"]["KG_BOLT_URI"] == "bolt://neo4j:7687"
    assert ingest["depends_on"]["neo4j"]["condition"] == "service_healthy"


def test_no_secret_is_written_in_the_file():
    for name, service in SERVICES.items():
        for key, value in (service.get("environment") or {}).items():
            if any(word in key for word in ("PASSWORD", "AUTH", "API_KEY")):
                assert "${" in str(value), f"{name}.{key} has a literal secret"


def test_the_image_installs_the_wheel_without_the_embedded_server():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip wheel" in dockerfile and "pip install --no-cache-dir /wheels/*.whl" in dockerfile
    assert "-e ." not in dockerfile and "[embedded" not in dockerfile
