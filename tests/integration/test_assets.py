"""/assets serves the explorer's vendored npm scripts and nothing else of node_modules."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.app import STATIC, create_app


def test_the_page_scripts_are_served_and_package_files_are_not(server_settings):
    page = (STATIC / "index.html").read_text()
    scripts = re.findall(r'src="(/assets/[^"]+)"', page)
    assert len(scripts) >= 4
    with TestClient(create_app(server_settings)) as client:
        for path in scripts:
            answer = client.get(path)
            assert answer.status_code == 200 and len(answer.content) > 1000, path
        for path in ("/assets/cytoscape/package.json", "/assets/cytoscape/dist/cytoscape.min.js",
                     "/assets/../../pyproject.toml", "/assets/.package-lock.json"):  # fmt: skip
            assert client.get(path).status_code == 404, path
