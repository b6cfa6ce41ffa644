"""The API's pure helpers, no server: name folding and scoring behind /search, and the newest-first
capping of an actor's or place's detail lists."""

from __future__ import annotations

import pytest

from api.search import fold, score, skeleton
from api.store import dated


@pytest.mark.parametrize(
    ("query", "name"),
    [("al-Qaida", "Al Qaeda"), ("Zaporozhye", "Zaporizhzhia"), ("Kharkov", "Kharkiv"), ("Mosul", "Mossul")],
)
def test_transliterations_fold_together(query, name):
    assert skeleton(fold(query)) == skeleton(fold(name))
    assert score(fold(query), fold(name)) >= 0.9


@pytest.mark.parametrize(
    ("query", "name"),
    [("syria", "SOHR"), ("anbar", "Ariha"), ("qaida", "Kurdish-led Syrian Democratic Forces")],
)
def test_unrelated_names_do_not_match(query, name):
    assert score(fold(query), fold(name)) < 0.7


def test_detail_lists_keep_the_newest_and_count_them_all():
    pairs = [["2024-03-01", "c:1"], [None, "c:0"], ["2024-03-05", "c:3"], ["2024-03-05", "c:3"]]
    pairs.append(["2024-03-02", "c:2"])
    assert dated(pairs, cap=2) == (["c:3", "c:2"], 4)
    assert dated(pairs, cap=10) == (["c:3", "c:2", "c:1", "c:0"], 4)  # undated last
    assert dated(pairs, newest=False, cap=3) == (["c:1", "c:2", "c:3"], 4)
    assert dated([], cap=5) == ([], 0)
