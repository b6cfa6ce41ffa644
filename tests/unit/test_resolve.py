"""Resolution of strike reports across articles, on plain values: no database."""

from __future__ import annotations

import pytest

from ingest.model import Strike
from ingest.resolve import KnownStrike, compatible_perpetrators, same_strike, strike_window


def report(date: str | None = "2024-03-10", place: str | None = "place:gn-1", perpetrators=()) -> Strike:
    return Strike(
        id="strike:new", kind="airstrike", date=date, place_id=place, perpetrator_ids=list(perpetrators)
    )


@pytest.mark.parametrize(
    ("mine", "theirs", "compatible"),
    [
        ((), (), True),
        (("group:a",), (), True),
        ((), ("group:a",), True),
        (("group:a", "group:b"), ("group:b",), True),
        (("group:a",), ("group:b",), False),
    ],
)
def test_perpetrators_are_compatible_unless_both_name_different_ones(mine, theirs, compatible):
    assert compatible_perpetrators(mine, theirs) is compatible


def test_a_report_without_place_or_date_has_no_window():
    assert strike_window(report(date=None)) is None
    assert strike_window(report(place=None)) is None
    assert strike_window(report()) == ("2024-03-07", "2024-03-13")


def test_the_nearest_compatible_strike_is_the_same_event():
    known = [
        KnownStrike("strike:far", "2024-03-12"),
        KnownStrike("strike:near", "2024-03-11"),
        KnownStrike("strike:other-side", "2024-03-10", ("group:b",)),
        KnownStrike("strike:undated", None),
    ]
    assert same_strike(report(perpetrators=["group:a"]), known) == "strike:near"


def test_ties_are_broken_by_id_whatever_the_order_read():
    known = [KnownStrike("strike:b", "2024-03-09"), KnownStrike("strike:a", "2024-03-11")]
    assert same_strike(report(), known) == same_strike(report(), known[::-1]) == "strike:a"


def test_no_candidate_means_a_new_strike():
    assert same_strike(report(), []) is None
    other_side = KnownStrike("strike:x", "2024-03-10", ("group:b",))
    assert same_strike(report(perpetrators=["group:a"]), [other_side]) is None
