"""Event dates: what a sentence says of when, resolved against the publication date, with a precision."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span

from ingest.extract.nlp import MONTH_NAMES, WEEKDAYS
from ingest.extract.rules import mapping

MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | mapping("month_abbreviations")


def resolve_date(sent: Span, published: date | None) -> tuple[str | None, str | None]:
    """The event date a sentence gives, resolved against the publication date, with its precision."""
    text = sent.text.lower()
    if published is None:
        return None, None
    match = re.search(
        r"\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b", text
    )
    if match:
        month = MONTHS[match.group(1) or match.group(4)]
        day = int(match.group(2) or match.group(3))
        try:
            found = date(published.year, month, day)
        except ValueError:
            found = None
        if found:
            if found > published:
                found = found.replace(year=found.year - 1)
            return found.isoformat(), "day"
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            delta = (published.weekday() - i) % 7
            return (published - timedelta(days=delta)).isoformat(), "day"
    if re.search(r"\byesterday\b|\blast night\b", text):
        return (published - timedelta(days=1)).isoformat(), "day"
    if re.search(r"\btoday\b|\bearlier today\b", text):
        return published.isoformat(), "day"
    if re.search(r"\blast week\b", text):
        return (published - timedelta(days=7)).isoformat(), "week"
    if re.search(r"\bthis week\b|\bpast week\b", text):
        return published.isoformat(), "week"
    if re.search(r"\blast month\b", text):
        return (published.replace(day=1) - timedelta(days=1)).replace(day=1).isoformat(), "month"
    if re.search(r"\bthis month\b", text):
        return published.replace(day=1).isoformat(), "month"
    return None, None


def set_in_an_earlier_year(sent: Span, published: date | None) -> bool:
    """A sentence set in an earlier year ("In 2017, a U.S. airstrike killed …") tells background, not news."""
    years = [
        int(y)
        for y in re.findall(
            r"\b(?:[Ii]n|[Ss]ince|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*|[A-Z][a-z]+\s+)?(19\d\d|20\d\d)\b",
            sent.text,
        )
    ]
    return bool(years) and (published is None or all(y < published.year for y in years))
