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


def claims_of(doc, name: str) -> list:
    return [c for c in doc.claims if name in names(doc, c.claimant_ids)]


# A passive denial ("the army's account was rejected by X as a lie"): the denier is the agent after "by",
# and it disputes the account it names.
@pytest.mark.parametrize(
    ("text", "claimant", "denier"),
    [
        (
            "The Malian army said its drones killed 30 militants near Mopti. "
            "The army's account was rejected by JNIM as a lie, in a statement on Telegram.",
            "Malian military",
            "JNIM",
        ),
        (
            "Israel's military said its jets destroyed a Hezbollah rocket launcher near Tyre. "
            "The claim was dismissed by Hezbollah as propaganda on Monday.",
            "Israel Defense Forces",
            "Hezbollah",
        ),
    ],
)
def test_a_passive_denial_is_the_agents(extractor, text, claimant, denier):
    doc = extract(extractor, text)
    (denial,) = [c for c in doc.claims if c.stance == "disputed"]
    assert names(doc, denial.claimant_ids) == {denier}
    (account,) = claims_of(doc, claimant)
    assert names(doc, account.disputer_ids) == {denier}


# "rejected Moscow's version, saying …" states no claim of Moscow's in that sentence: it disputes
# Moscow's own claims and adds none in Moscow's name.
@pytest.mark.parametrize(
    ("text", "owner", "denier"),
    [
        (
            "Russia said its forces shot down four drones over Crimea. "
            "Governor Mykola Oleshchuk rejected Moscow's version, saying the drones had hit a base.",
            "Russia",
            "Mykola Oleshchuk",
        ),
        (
            "Hamas said its fighters destroyed three Israeli tanks in Khan Younis. "
            "Israel's military rejected the Hamas account, saying no tanks were hit.",
            "Hamas",
            "Israel Defense Forces",
        ),
    ],
)
def test_rejecting_a_version_disputes_the_owners_claims_and_adds_none(extractor, text, owner, denier):
    doc = extract(extractor, text)
    (account,) = claims_of(doc, owner)
    assert names(doc, account.disputer_ids) == {denier}
