"""The Cypher console's lexical check on its own, no server: reads pass, attacks fail with their reason.
The same attacks go through the app against the real server in integration/test_api_cypher.py."""

from __future__ import annotations

import pytest

from api.cypher_console import check_query
from graph.errors import BadRequest, ForbiddenQuery
from tests.support.cypher_cases import ALLOWED, REFUSED


@pytest.mark.parametrize("query", ALLOWED)
def test_read_queries_pass_the_check(query):
    check_query(query)


@pytest.mark.parametrize(("query", "reason"), REFUSED)
def test_attacks_fail_the_check(query, reason):
    with pytest.raises(ForbiddenQuery) as refused:
        check_query(query)
    assert reason.lower() in str(refused.value).lower()


def test_empty_query_is_a_bad_request():
    with pytest.raises(BadRequest):
        check_query("  // nothing but a comment\n")
