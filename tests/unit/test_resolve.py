"""Resolution of strike reports across articles, on plain values: no database."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from ingest.model import Strike
from ingest.resolve import KnownStrike, close_enough, compatible_perpetrators, same_strike, strike_window


def report(
    day: str | None = "2024-03-10", place: str | None = "place:gn-1", perpetrators=(), kind="airstrike",
    precision: str | None = "day",
) -> Strike:  # fmt: skip
    return Strike(
        id="strike:new", kind=kind, date=day, date_precision=precision, place_id=place,
        perpetrator_ids=list(perpetrators),
    )  # fmt: skip


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
    assert strike_window(report(day=None)) is None
    assert strike_window(report(place=None)) is None
    assert strike_window(report()) == ("2024-02-08", "2024-04-10")  # the widest: a month either side


@pytest.mark.parametrize(
    ("one", "other", "days", "close"),
    [
        ("day", "day", 3, True),
        ("day", "day", 4, False),
        ("day", "week", 6, True),  # "last week" against a dated report
        ("week", "week", 8, False),
        ("month", "day", 25, True),  # "in March"
        (None, "day", 3, True),
    ],
)
def test_dates_are_close_within_the_window_of_the_less_precise(one, other, days, close):
    assert close_enough(date(2024, 3, 1), one, date(2024, 3, 1 + days), other) is close


def test_the_nearest_compatible_strike_is_the_same_event():
    known = [
        KnownStrike("strike:far", "2024-03-12"),
        KnownStrike("strike:near", "2024-03-11"),
        KnownStrike("strike:other-side", "2024-03-10", ("group:b",)),
        KnownStrike("strike:undated", None),
        KnownStrike("strike:shelling", "2024-03-10", kind="shelling"),
    ]
    assert same_strike(report(perpetrators=["group:a"]), known) == "strike:near"


def test_a_drone_or_missile_strike_is_also_an_air_strike_and_a_vague_kind_fits_any():
    assert same_strike(report(kind="drone"), [KnownStrike("strike:x", "2024-03-10", kind="airstrike")])
    assert same_strike(report(kind="missile"), [KnownStrike("strike:x", "2024-03-10", kind="other")])
    assert same_strike(report(kind="shelling"), [KnownStrike("strike:x", "2024-03-10", kind="drone")]) is None


def test_the_same_place_comes_before_a_containing_or_contained_one():
    province = KnownStrike("strike:province", "2024-03-10", same_place=False)
    known = [province, KnownStrike("strike:z", "2024-03-12")]
    assert same_strike(report(), known) == "strike:z"
    assert same_strike(report(), known[:1]) == "strike:province"


def test_the_answer_does_not_depend_on_the_order_candidates_come_in():
    known = [KnownStrike("strike:b", "2024-03-09"), KnownStrike("strike:a", "2024-03-11"),
             KnownStrike("strike:c", "2024-03-10", same_place=False)]  # fmt: skip
    answers = {same_strike(report(), list(order)) for order in itertools.permutations(known)}
    assert answers == {"strike:a"}


def test_two_events_of_one_article_do_not_become_one():
    known = [KnownStrike("strike:x", "2024-03-10")]
    assert same_strike(report(), known, taken={"strike:x"}) is None


def test_no_candidate_means_a_new_strike():
    assert same_strike(report(), []) is None
    other_side = KnownStrike("strike:x", "2024-03-10", ("group:b",))
    assert same_strike(report(perpetrators=["group:a"]), [other_side]) is None
