"""Event dates: what a sentence says of when, resolved against the publication date, with a precision."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span

from ingest.extract.nlp import MONTH_NAMES, WEEKDAYS
from ingest.extract.rules import mapping, terms

MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | mapping("month_abbreviations")
# verbs of saying: a date on them ("said on Tuesday that …") is the statement's, not the event's
STATEMENT_VERBS = terms("statement_date_verbs")
NUMBER_WORDS = mapping("number_words")
# "four days after drones struck …, residents … on Thursday": the day named is that many days later
DAY_OF_MONTH = re.compile(
    r"\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b"
)
ELAPSED = re.compile(r"\b(\w+)\s+(days?|weeks?)\s+(?:after|since)\b", re.I)


def event_date(sent: Span, published: date | None) -> tuple[str | None, str | None, bool]:
    """The event date a sentence gives, with its precision and whether it only dates a statement: in
    "X said on Tuesday that drones struck on Sunday" Sunday is the event's; a date on the verb of saying
    is the fallback when the sentence gives no other."""
    if published is None:
        return None, None, False
    found = [
        (_dates_statement(sent, start), start, resolved) for start, resolved in _dated_spans(sent, published)
    ]
    if not found:
        return None, None, False
    statement, _, (day, precision) = min(found, key=lambda f: (f[0], f[1]))
    elapsed = ELAPSED.search(sent.text)
    if elapsed:
        count = elapsed.group(1).lower()
        n = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
        if n is None:
            return None, None, False  # "several days after": no day can be given
        days = n * (7 if elapsed.group(2).lower().startswith("week") else 1)
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat(), precision, False
    return day, precision, statement


def _dates_statement(sent: Span, start_char: int) -> bool:
    token = next((t for t in sent if t.idx <= start_char < t.idx + len(t.text)), None)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    return token is not None and token.lemma_.lower() in STATEMENT_VERBS


def _dated_spans(sent: Span, published: date) -> list[tuple[int, tuple[str, str]]]:
    """Every day-precise date expression of a sentence, by its character offset in the document."""
    text, base, found = sent.text.lower(), sent.start_char, []
    for match in DAY_OF_MONTH.finditer(text):
        month = MONTHS[match.group(1) or match.group(4)]
        try:
            day = date(published.year, month, int(match.group(2) or match.group(3)))
        except ValueError:
            continue
        if day > published:
            day = day.replace(year=day.year - 1)
        found.append((base + match.start(), (day.isoformat(), "day")))
    for i, name in enumerate(WEEKDAYS):
        for match in re.finditer(rf"\b{name}\b", text):
            day = published - timedelta(days=(published.weekday() - i) % 7)
            found.append((base + match.start(), (day.isoformat(), "day")))
    return found


def resolve_date(sent: Span, published: date | None) -> tuple[str | None, str | None]:
    """The event date a sentence gives, resolved against the publication date, with its precision."""
    if published is None:
        return None, None
    days = _dated_spans(sent, published)
    if days:
        return days[0][1]  # a day of the month first, else a weekday
    text = sent.text.lower()
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
