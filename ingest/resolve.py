"""Resolve: the identity of events across articles, as pure functions the writer calls.

The writer reads what the graph already holds (candidates near a report) and asks this module which,
if any, is the same thing; nothing here touches the database, so every rule is unit-tested on plain
values. Actors and places get their identity earlier, from canonical names and gazetteer keys
(`graph.ids`), so two articles naming one of them already share its id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.model import Strike

STRIKE_WINDOW_DAYS = 3  # reports of one event may date it a day or two apart


@dataclass(frozen=True)
class KnownStrike:
    """A strike already in the graph, as the writer reads it back."""

    id: str
    date: str | None
    perpetrator_ids: tuple[str, ...] = ()


def strike_window(strike: Strike) -> tuple[str, str] | None:
    """The dates between which another report may be of the same event; None when it cannot match."""
    if not strike.place_id or not strike.date:
        return None
    day = date.fromisoformat(strike.date)
    window = timedelta(days=STRIKE_WINDOW_DAYS)
    return (day - window).isoformat(), (day + window).isoformat()


def compatible_perpetrators(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Reports agree on who struck when either names nobody or they share one perpetrator."""
    mine, theirs = set(mine), set(theirs)
    return not mine or not theirs or bool(mine & theirs)


def same_strike(strike: Strike, candidates: Iterable[KnownStrike]) -> str | None:
    """The id of the known strike this report is of (same place and kind were asked of the graph):
    the nearest in date with a compatible perpetrator, ties by id so the answer never depends on order."""
    if not strike.date:
        return None
    day = date.fromisoformat(strike.date)
    distances = sorted(
        (abs((date.fromisoformat(c.date) - day).days), c.id)
        for c in candidates
        if c.date and compatible_perpetrators(strike.perpetrator_ids, c.perpetrator_ids)
    )
    return distances[0][1] if distances else None
