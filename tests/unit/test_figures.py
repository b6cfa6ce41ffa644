"""Casualty figures on sentences of our own: a death toll given its number is a count of the killed."""

from __future__ import annotations

import pytest
import spacy

from graph.settings import Settings
from ingest.extract.figures import casualties


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(Settings(_env_file=None).spacy_model)


@pytest.mark.parametrize(
    ("sentence", "killed", "qualifier"),
    [
        ("The death toll from the market strike has risen to 15, the governor said.", 15, None),
        ("The toll from the overnight shelling climbed to at least 23 on Friday.", 23, "at least"),
        ("Medics said the death toll stood at 41.", 41, None),
        ("The raid left a death toll of 12, according to the ministry.", 12, None),
        ("Officials had earlier put the toll at 13.", 13, None),
        ("Rescuers said the toll reached 9 after two more bodies were found.", 9, None),
        ("The toll road to the port was closed after the strike.", None, None),  # not a count
    ],
)
def test_a_death_toll_given_its_number_counts_the_killed(nlp, sentence, killed, qualifier):
    found = casualties(nlp(sentence)[:])
    assert (found.killed, found.qualifier) == (killed, qualifier)
