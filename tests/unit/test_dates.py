"""Event dates: a date on the verb of saying dates the statement; the event's own date wins."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from graph.settings import Settings
from ingest.extract.dates import event_date

PUBLISHED = date(2031, 4, 10)  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(Settings().spacy_model)


@pytest.mark.parametrize(
    ("sentence", "day", "statement"),
    [
        # the statement's day given first, the event's later in the clause of the strike
        (
            "The army said on Wednesday that its jets had bombed a depot near the river on Monday.",
            "2031-04-07",
            False,
        ),
        ("Officials announced on Thursday that a drone struck the convoy on Tuesday.", "2031-04-08", False),
        ("Rebels told reporters on Wednesday that shells hit the clinic on April 5.", "2031-04-05", False),
        # only the statement is dated: it stands in, marked as the statement's
        ("The ministry said on Tuesday that a missile hit the bridge.", "2031-04-08", True),
        ("Witnesses reported on Monday that shells fell on the market.", "2031-04-07", True),
    ],
)
def test_the_events_own_date_beats_the_statements(nlp, sentence, day, statement):
    found, precision, from_statement = event_date(next(nlp(sentence).sents), PUBLISHED)
    assert (found, precision, from_statement) == (day, "day", statement)


def test_no_date_without_a_publication_date(nlp):
    assert event_date(next(nlp("A drone struck the convoy on Tuesday.").sents), None) == (None, None, False)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Four days after shells hit the clinic, families were still searching the ruins on Thursday.",
            "2031-04-06",
        ),
        ("Two weeks after the drone strike, the village buried its dead on Wednesday.", "2031-03-26"),
    ],
)
def test_a_day_counted_from_the_event_dates_the_event(nlp, sentence, day):
    assert event_date(next(nlp(sentence).sents), PUBLISHED)[:2] == (day, "day")
