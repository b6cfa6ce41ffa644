"""Reported-speech forms beyond "X said": titles, roles named elsewhere, given names. Sentences written
for these tests."""

from __future__ import annotations

from tests.unit.test_extract import claims_by, extract, names


def test_a_title_in_the_present_tense_attributes_to_its_named_source(extractor):
    doc = extract(
        extractor,
        "Ukraine says Russian drones hit power station, Russia denies\n\n"
        "Ukraine said on Tuesday that Russian drones had hit a power station in the Sumy region.",
    )
    title = [c for c in doc.claims if c.sentence.startswith("Ukraine says")]
    assert {n for c in title for n in names(doc, c.claimant_ids)} == {"Ukraine", "Russia"}
    ukraine = next(c for c in title if names(doc, c.claimant_ids) == {"Ukraine"})
    assert "Russia" in names(doc, ukraine.disputer_ids)


def test_a_title_without_a_speech_verb_is_no_claim(extractor):
    doc = extract(
        extractor, "Drones hit power station in Sumy\n\nThe station burned for hours, the mayor said."
    )
    assert not [c for c in doc.claims if c.sentence.startswith("Drones hit")]


def test_the_spokesman_is_the_person_the_article_gives_that_role(extractor):
    doc = extract(
        extractor,
        "An air strike hit the market town on Monday, the army's spokesman said. "
        "Major Abebe Tesfaye, the army spokesman, later said the fighters wore civilian clothes. "
        "The spokesman added that no children were hurt.",
    )
    assert len(claims_by(doc, "Abebe Tesfaye")) == 3


def test_a_role_named_after_its_first_use_still_resolves(extractor):
    doc = extract(
        extractor,
        "The governor said four people died when shells hit a school in Kherson. "
        "Governor Oleksandr Prokudin said rescuers were still at the scene.",
    )
    assert len(claims_by(doc, "Oleksandr Prokudin")) == 2


def test_a_person_called_by_his_given_name(extractor):
    doc = extract(
        extractor,
        "Colonel Dawit Bekele told reporters the strike hit only fighters. "
        "Later, Dawit, the air force spokesman, said the town had been warned.",
    )
    assert len(claims_by(doc, "Dawit Bekele")) == 2


def test_a_body_named_by_its_place_and_function_speaks(extractor):
    doc = extract(
        extractor,
        "Shelling killed two farmers near the border, Georgia's state security service said. "
        "Mortar fire hit a school in Kharkiv, Ukraine's emergency service said.",
    )
    assert claims_by(doc, "Georgia state security service")
    assert claims_by(doc, "Ukraine emergency service")


def test_the_statement_said_is_the_body_that_issued_it(extractor):
    doc = extract(
        extractor,
        "The Syrian Observatory for Human Rights said an air strike hit a bakery in Idlib. "
        "The statement added that nine people had been killed.",
    )
    assert len(claims_by(doc, "Syrian Observatory for Human Rights")) == 2
