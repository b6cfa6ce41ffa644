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


# Condemning a strike ("condemned the strike as a crime against civilians") is a claim of its own: it is
# no competing account of the strike, so neither side disputes the other.
@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck a building in Tyre on Sunday, the Israeli military said, calling it a weapons "
        "depot. The Arab League condemned the Israeli strike on Tyre as a massacre of civilians and called "
        "on the UN Security Council to act.",
        "Turkish drones struck a power station near Qamishli on Friday, Turkey's defence ministry said, "
        "calling it a PKK facility. The Syrian Democratic Forces condemned the Turkish strike as a crime "
        "against Kurdish civilians and called for international protection.",
    ],
)
def test_condemnation_is_a_claim_not_a_dispute(extractor, text):
    doc = extract(extractor, text)
    assert len([c for c in doc.claims if c.claimant_ids]) == 2
    assert all(not c.disputer_ids for c in doc.claims)


# An account that itself says no civilians were harmed agrees with a later denial of harm: the denial
# does not dispute it, even when the denier is not known to be on the same side.
@pytest.mark.parametrize(
    "text",
    [
        "Niger's army said its drones struck a militant camp near Tillaberi and there were no civilian "
        "casualties. Interior minister Mohamed Toumba later denied that civilians had been killed "
        "in the strike.",
        "Chad's army said its jets hit a rebel column near Faya and that no civilians were killed. "
        "Government spokesman Abderaman Koulamallah denied that any civilians had been harmed in the strike.",
    ],
)
def test_a_denial_of_harm_does_not_dispute_an_account_that_says_none(extractor, text):
    doc = extract(extractor, text)
    (account,) = [c for c in doc.claims if c.stance != "disputed"]
    assert not account.disputer_ids
