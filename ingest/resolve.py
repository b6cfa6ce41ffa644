"""Resolve: the identity of events across articles, as pure functions the writer calls.

The writer reads what the graph already holds near a report (candidates at its place, at a province
containing it or a place inside it, within the widest date window) and asks this module which, if
any, is the same attack; nothing here touches the database, so every rule is unit-tested on plain
values. Actors and places get their identity earlier, from canonical names and gazetteer keys
(`graph.ids`), so two articles naming one of them already share its id.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.extract.kinds import aerial_compatible
from ingest.model import Strike

STRIKE_WINDOW_DAYS = 3  # reports of one event dated to the day may date it a day or two apart
# How far apart two reports' dates may be, by the less precise of the two: "last week", "in March".
WINDOW_BY_PRECISION = {"day": STRIKE_WINDOW_DAYS, "week": 7, "month": 31}
WIDEST_WINDOW = max(WINDOW_BY_PRECISION.values())


@dataclass(frozen=True)
class KnownStrike:
    """A strike already in the graph, as the writer reads it back."""

    id: str
    date: str | None
    perpetrator_ids: tuple[str, ...] = ()
    kind: str = "other"
    precision: str | None = "day"
    same_place: bool = True  # False: at a place containing the report's, or inside it


def strike_window(strike: Strike) -> tuple[str, str] | None:
    """The dates between which another report may be of the same event; None when it cannot match."""
    if not strike.place_id or not strike.date:
        return None
    day = date.fromisoformat(strike.date)
    window = timedelta(days=WIDEST_WINDOW)
    return (day - window).isoformat(), (day + window).isoformat()


def compatible_perpetrators(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Reports agree on who struck when either names nobody or they share one perpetrator."""
    mine, theirs = set(mine), set(theirs)
    return not mine or not theirs or bool(mine & theirs)


def close_enough(one: date, one_precision: str | None, other: date, other_precision: str | None) -> bool:
    """Two dates may be of one event when they lie within the window of the less precise of them."""
    precisions = (one_precision or "day", other_precision or "day")
    allowed = max(WINDOW_BY_PRECISION.get(p, WIDEST_WINDOW) for p in precisions)
    return abs((one - other).days) <= allowed


def same_strike(strike: Strike, candidates: Iterable[KnownStrike], taken: Collection[str] = ()) -> str | None:
    """The id of the known strike this report is of: of a compatible kind and perpetrator, dated close
    enough; at the same place before a containing or contained one, then the nearest in date; ties by
    id, so the answer never depends on the order reports arrive in. `taken` are strikes another event
    of the same article is already resolved to: one article's two events stay two."""
    if not strike.date:
        return None
    day = date.fromisoformat(strike.date)
    ranked = sorted(
        (not c.same_place, abs((date.fromisoformat(c.date) - day).days), c.id)
        for c in candidates
        if c.date
        and c.id not in taken
        and aerial_compatible(strike.kind, c.kind)
        and compatible_perpetrators(strike.perpetrator_ids, c.perpetrator_ids)
        and close_enough(day, strike.date_precision, date.fromisoformat(c.date), c.precision)
    )
    return ranked[0][2] if ranked else None
