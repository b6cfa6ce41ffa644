"""Dispute and attribution rules by class of language, each checked on two sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract import extract, names


# A parenthetical "…, where, it said, X did …" sits inside what the speaker reports: "it" is the speaker,
# not X, the subject of the clause around it.
@pytest.mark.parametrize(
    ("text", "speaker", "topic"),
    [
        (
            "Uganda's army said it shelled a farm near Beni where, it said, the ADF hid weapons.",
            "Ugandan military",
            "ADF",
        ),
        (
            "Turkey's defence ministry said its drones hit a depot near Qamishli where, it added, "
            "the PKK stored explosives.",
            "Turkish Defense Ministry",
            "Kurdistan Workers' Party",
        ),
    ],
)
def test_it_said_inside_the_reported_clause_is_the_speaker(extractor, text, speaker, topic):
    doc = extract(extractor, text)
    speakers = {n for c in doc.claims for n in names(doc, c.claimant_ids)}
    assert speaker in speakers
    assert topic not in speakers


# Opposing sides that "both deny" harming civilians state a standing position; it answers no single
# account of a strike made elsewhere in the article.
@pytest.mark.parametrize(
    "text",
    [
        "A drone strike killed five civilians and wounded others at a market in Gao, the UN mission said "
        "on Friday. Mali's army and the rebels both deny targeting civilians at markets.",
        "Rockets killed four civilians in a strike on a bakery in Kherson, the United Nations said. "
        "Russia and Ukraine both deny striking civilians and bakeries.",
    ],
)
def test_a_denial_both_sides_hold_answers_no_report(extractor, text):
    doc = extract(extractor, text)
    reports = [c for c in doc.claims if c.stance != "disputed"]
    assert reports
    assert all(not c.disputer_ids for c in reports)
