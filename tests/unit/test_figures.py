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


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # people named by their work or their people
        ("Twelve passengers were killed when the missile hit the bus.", 12),
        ("The raid killed two police personnel near the checkpoint.", 2),
        ("An air raid killed at least 14 Afghans near the border crossing.", 14),
        ("Shelling killed 30 Ukrainians in the town over the weekend.", 30),
        # one person listed beside a counted group is one more
        ("Shelling killed six patients and a nurse at the clinic.", 7),
        ("The blast killed a sergeant and four recruits at the gate.", 5),
        ("The strike killed the commander along with nine other fighters.", 10),
        ("A missile killed the colonel together with his two sons.", 3),
        ("The drone killed Ahmed Nuri alongside two of his guards.", 3),
        # a trailing attribution that the parse takes the victims into ("…people, residents said")
        ("A drone attack on a bus station killed at least 14 people, medics and witnesses said.", 14),
        ("Shelling killed nine civilians, residents and local officials said on Monday.", 9),
        # no count stated: no figure, and a weapon is nobody
        ("The strike killed Ahmed Nuri and his deputy.", None),
        ("Police said a gunman killed a guard with a knife.", None),
    ],
)
def test_a_casualty_figure_counts_every_person_listed(nlp, sentence, killed):
    assert casualties(nlp(sentence)[:]).killed == killed
