"""Extraction rules, one by one, on sentences written for these tests (not corpus text)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import Extractor
from ingest.model import ArticleGraph, ArticleInput


def extract(extractor: Extractor, text: str, published: date | None = None) -> ArticleGraph:
    return extractor.extract(ArticleInput(source_name="test.txt", text=text, published=published))


def names(doc: ArticleGraph, ids: list[str]) -> set[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return {by_id[i] for i in ids if i in by_id}


def entity(doc: ArticleGraph, name: str, label: str | None = None):
    found = [
        e
        for e in doc.entities
        if (e.name == name or name in e.aliases) and (label is None or e.label == label)
    ]
    assert found, f"{name} not among {[e.name for e in doc.entities]}"
    return found[0]


def claims_by(doc: ArticleGraph, claimant: str) -> list:
    return [c for c in doc.claims if claimant in names(doc, c.claimant_ids)]


def chain(doc: ArticleGraph, place_id: str) -> list[str]:
    by_id = {e.id: e for e in doc.entities}
    out = []
    while place_id in by_id:
        out.append(by_id[place_id].name)
        place_id = by_id[place_id].parent_id
    return out


# ---------------------------------------------------------------- entities and places


def test_aliases_of_one_group_resolve_to_one_node(extractor):
    doc = extract(
        extractor, "ISIS fighters attacked the town. The Islamic State later said its men withdrew."
    )
    groups = [e for e in doc.entities if e.label == "Group" and e.kind == "armed_group"]
    assert len(groups) == 1 and groups[0].id == "group:islamic-state"
    assert "ISIS" in groups[0].aliases


def test_titles_are_kept_as_aliases_not_in_the_name(extractor):
    doc = extract(extractor, "Maj. Gen. Igor Konashenkov said the base was quiet. Konashenkov added nothing.")
    person = entity(doc, "Igor Konashenkov", "Person")
    assert person.name == "Igor Konashenkov"
    assert any(a.startswith("Maj. Gen.") for a in person.aliases)
    assert len([e for e in doc.entities if e.label == "Person"]) == 1


def test_transliterations_of_a_place_meet(extractor):
    one = extract(extractor, "Shells fell on Deir el-Zour in eastern Syria on Monday, activists said.")
    other = extract(extractor, "Government troops entered Deir ez-Zor in eastern Syria, the army said.")
    assert entity(one, "Deir el-Zour", "Place").id == entity(other, "Deir ez-Zor", "Place").id


def test_places_chain_up_to_their_country(extractor):
    doc = extract(
        extractor,
        "A missile hit a depot in the city of Kremenchuk in central Ukraine, officials in Kyiv said.",
    )
    city = entity(doc, "Kremenchuk", "Place")
    assert city.lat is not None and city.country_code == "UA"
    assert chain(doc, city.id)[-1] == "Ukraine"
    assert len(chain(doc, city.id)) == 3  # city, region, country


def test_a_place_the_model_misses_is_found_by_its_spelling(extractor):
    doc = extract(extractor, "Syrian troops advanced on Mayadeen, a town in eastern Syria, a monitor said.")
    place = entity(doc, "Mayadeen", "Place")
    assert place.country_code == "SY" and place.kind == "city"


def test_a_village_without_gazetteer_entry_sits_in_the_named_province(extractor):
    doc = extract(
        extractor,
        "Two people were killed when a drone hit the Qalat Sari area north of Kunduz in Afghanistan, "
        "police said.",
    )
    village = entity(doc, "Qalat Sari", "Place")
    assert "Afghanistan" in chain(doc, village.id)


@pytest.mark.parametrize(
    ("sentence", "village", "town"),
    [
        ("Syrian rebels said jets struck the Kafr Aya area south of Homs on Monday.", "Kafr Aya", "Homs"),
        (
            "Yemeni officials said the army shelled homes in the Dhale area north of Taizz on Monday.",
            "Dhale",
            "Taiz",
        ),
    ],
)
def test_a_village_placed_by_bearing_sits_by_its_town_whatever_the_models_label(
    extractor, sentence, village, town
):
    # the model gives the town a wrong label here: its position after "north of" still makes it a place
    doc = extract(extractor, sentence)
    (strike,) = doc.strikes
    assert chain(doc, entity(doc, village, "Place").id)[:2] == [village, town]
    assert names(doc, [strike.place_id]) == {village}


def test_a_region_named_by_its_bearing_in_either_form_is_the_gazetteers_region(extractor):
    spellings = [
        ("Rebels shelled the town of Sake in {} province on Monday.", ["North Kivu", "Nord Kivu"]),
        ("Shelling hit the town of Kadugli in {} state on Monday.", ["South Kordofan", "Southern Kordofan"]),
    ]
    for template, names_of_one_region in spellings:
        found = set()
        for name in names_of_one_region:
            doc = extract(extractor, template.format(name))
            region = next(e for e in doc.entities if e.label == "Place" and e.kind == "admin")
            assert region.id.startswith("place:") and "-adm1-" in region.id, region
            found.add(region.id)
        assert len(found) == 1, names_of_one_region


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Residents said army forces had entered the town of Kafr Zeita in Syria on Sunday, near Hama. "
            "An airstrike killed at least 12 people in the town on Tuesday, a doctor said.",
            "Kafr Zayta",
        ),
        (
            "Gunmen stormed the village of Wad Hashim in Sudan on Monday, east of the city of Gedaref. "
            "Two days later a drone hit a school in the village west of Gedaref, killing six children, "
            "medics said.",
            "Wad Hashim",
        ),
    ],
)
def test_the_town_is_the_town_the_story_named(extractor, text, place):
    doc = extract(extractor, text, date(2024, 5, 15))
    (strike,) = doc.strikes
    assert names(doc, [strike.place_id]) == {place}


def test_the_city_is_the_place_the_story_called_a_city_whatever_its_kind(extractor):
    doc = extract(
        extractor,
        "A ballistic missile hit a market in the central city of Marib on Monday, killing five people, "
        "the governor said. Officials in Sanaa did not comment. "
        "A second missile struck near a school on the edge of the city, residents said.",
        date(2024, 5, 15),
    )
    assert doc.strikes
    assert all(names(doc, [s.place_id]) <= {"Marib", "Ma'rib"} for s in doc.strikes)


def test_a_village_without_container_lies_in_the_one_region_the_story_named(extractor):
    doc = extract(
        extractor,
        "Fighting has flared in Ethiopia's Amhara region this month. "
        "Witnesses said a drone struck the village of Debre Tsion on Monday, killing 14 people.",
    )
    assert chain(doc, entity(doc, "Debre Tsion", "Place").id) == ["Debre Tsion", "Amhara", "Ethiopia"]


def test_an_acting_country_is_a_state_group_beside_its_place(extractor):
    doc = extract(
        extractor, "Turkey said it had shot down a drone over Hatay, a province on the border with Syria."
    )
    state = entity(doc, "Turkey", "Group")
    assert state.kind == "state"
    assert entity(doc, "Syria", "Place").kind == "country"
    assert claims_by(doc, "Turkey")


# ---------------------------------------------------------------- claims


def test_said_with_the_speaker_before_the_clause(extractor):
    doc = extract(extractor, "The Houthi movement said it had fired two missiles at a tanker.")
    (claim,) = doc.claims
    assert names(doc, claim.claimant_ids) == {"Houthi movement"}
    assert claim.cue == "said" and "fired two missiles" in claim.text
    assert doc.article.text[claim.start : claim.end] == claim.sentence


def test_a_quote_with_the_speaker_after_it(extractor):
    doc = extract(extractor, '"We hit only military targets," the Israeli military said on Sunday.')
    assert names(doc, doc.claims[0].claimant_ids) == {"Israel Defense Forces"}


def test_according_to(extractor):
    doc = extract(
        extractor, "At least 12 people died in the blast, according to the World Health Organization."
    )
    (claim,) = doc.claims
    assert claim.cue == "according to"
    assert names(doc, claim.claimant_ids) == {"World Health Organization"}


def test_in_a_statement_and_a_ministry_named_by_its_country(extractor):
    doc = extract(
        extractor, "Ukraine's defence ministry said in a statement that its air defences downed 30 drones."
    )
    (claim,) = doc.claims
    assert names(doc, claim.claimant_ids) == {"Ukrainian Defense Ministry"}
    assert "Ukraine's defence ministry" in entity(doc, "Ukrainian Defense Ministry").aliases


def test_passive_is_reported_to_has_no_claimant(extractor):
    doc = extract(extractor, "The commander is reported to have fled across the border.")
    (claim,) = doc.claims
    assert claim.claimant_ids == [] and claim.cue == "is reported to" and claim.confidence < 0.5


def test_nested_attribution_gives_a_claim_per_speaker(extractor):
    doc = extract(
        extractor,
        "Kremlin spokesman Dmitry Peskov said that NATO spokesman Oana Lungescu had claimed that "
        "Russian jets violated Estonian airspace.",
    )
    assert claims_by(doc, "Dmitry Peskov") and claims_by(doc, "Oana Lungescu")


def test_two_sources_in_one_sentence(extractor):
    doc = extract(
        extractor,
        "The Syrian Observatory for Human Rights said 14 people were killed, "
        "while the White Helmets said 17 died.",
    )
    observatory = claims_by(doc, "Syrian Observatory for Human Rights")
    helmets = claims_by(doc, "White Helmets")
    assert observatory and helmets
    assert (observatory[0].killed, helmets[0].killed) == (14, 17)


def test_he_added_and_the_ministry_said_resolve_to_earlier_speakers(extractor):
    doc = extract(
        extractor,
        "Afghanistan's interior ministry spokesman Abdul Matin Qani said three attackers were killed. "
        '"The situation is under control," he added. The ministry said police had sealed the area.',
    )
    assert len(claims_by(doc, "Abdul Matin Qani")) == 2
    last = doc.claims[-1]
    assert names(doc, last.claimant_ids) == {"Afghan Interior Ministry"}


def test_spokesman_is_member_of_the_organisation_and_both_claim(extractor):
    doc = extract(extractor, "Pentagon spokesman John Kirby said the strike hit a weapons store.")
    kirby = entity(doc, "John Kirby", "Person")
    assert any(
        m.person_id == kirby.id and m.group_id == "group:pentagon" and m.role == "spokesman"
        for m in doc.memberships
    )
    assert names(doc, doc.claims[0].claimant_ids) == {"John Kirby", "Pentagon"}


def test_an_unnamed_spokesman_is_named_in_the_next_sentence(extractor):
    doc = extract(
        extractor,
        "The governor's spokesman denied that the army had shelled the market. "
        "Ahmad Rahimi told reporters the shells came from rebel positions.",
    )
    assert names(doc, doc.claims[0].claimant_ids) == {"Ahmad Rahimi"}


# ---------------------------------------------------------------- disputes


def test_a_claim_refuted_in_the_same_sentence(extractor):
    doc = extract(
        extractor,
        "Ukrainian officials said Russian missiles destroyed a school in Sumy, a claim Russia refutes.",
    )
    (claim,) = [c for c in doc.claims if c.claimant_ids]
    assert names(doc, claim.claimant_ids) == {"Ukraine"}
    assert names(doc, claim.disputer_ids) == {"Russia"}


def test_a_denial_of_claims_made_by_another_is_itself_a_claim(extractor):
    doc = extract(
        extractor,
        "Iran rejected claims made by Israel that Iranian drones struck a ship near Eilat.",
    )
    israel = claims_by(doc, "Israel")
    iran = claims_by(doc, "Iran")
    assert israel and names(doc, israel[0].disputer_ids) == {"Iran"}
    assert iran and iran[0].stance == "disputed" and iran[0].cue == "rejected"


def test_a_later_denial_disputes_the_earlier_account(extractor):
    doc = extract(
        extractor,
        "Local health officials said an air strike killed eight civilians in a home in Marib. "
        "The Saudi-led coalition denied that its aircraft had struck a home.",
        date(2024, 5, 2),
    )
    accusation = claims_by(doc, "Yemeni government") or [c for c in doc.claims if c.killed == 8]
    assert accusation and accusation[0].disputer_ids


def test_no_information_is_unconfirmed_not_a_dispute(extractor):
    doc = extract(
        extractor,
        "The army said its artillery killed a rebel commander near Goma. "
        "The M23 said it had no information about the commander.",
    )
    m23 = claims_by(doc, "M23")
    assert m23 and m23[0].stance == "unconfirmed"
    assert all(not c.disputer_ids for c in doc.claims)


# ---------------------------------------------------------------- strikes


def test_an_adjectival_perpetrator_place_date_and_toll(extractor):
    doc = extract(
        extractor,
        "Russian air strikes killed at least 20 people in the town of Ariha in Syria on Tuesday, "
        "the Syrian Observatory for Human Rights said.",
        date(2024, 6, 6),
    )
    (strike,) = doc.strikes
    assert strike.kind == "airstrike"
    assert names(doc, strike.perpetrator_ids) == {"Russia"}
    assert names(doc, [strike.place_id]) == {"Ariha"}
    assert (strike.date, strike.date_precision) == ("2024-06-04", "day")
    assert strike.killed == 20
    assert doc.claims[0].qualifier == "at least" and strike.id in doc.claims[0].about_ids


def test_the_strike_in_a_later_sentence_is_the_same_event(extractor):
    doc = extract(
        extractor,
        "A U.S. drone strike in Jilib, Somalia, targeted al-Shabaab fighters on Friday, "
        "U.S. Africa Command said. The strike killed two militants, it said.",
        date(2024, 3, 10),
    )
    (strike,) = doc.strikes
    assert strike.kind == "drone"
    assert names(doc, strike.perpetrator_ids) == {"United States"}
    assert names(doc, strike.target_ids) == {"al-Shabaab"}
    assert all(strike.id in c.about_ids for c in doc.claims)


@pytest.mark.parametrize(
    ("toll", "killed"),
    [
        ("At least 12 people were killed in the incident on Monday in Kherson.", 12),
        ("The explosion killed nine people and wounded 20 on Monday, medics said.", 9),
    ],
)
def test_a_toll_given_for_the_incident_is_the_earlier_strikes(extractor, toll, killed):
    doc = extract(
        extractor,
        "Ukraine said a Russian missile hit the railway station in Kherson. " + toll,
        date(2024, 1, 17),
    )
    (strike,) = doc.strikes
    assert (strike.killed, strike.date) == (killed, "2024-01-15")


def test_claimants_give_different_tolls_for_one_strike(extractor):
    doc = extract(
        extractor,
        "Shelling hit the market in Kherson on Monday. Ukrainian officials said 11 people were killed, "
        "while Russia's defence ministry said only two soldiers died.",
        date(2024, 1, 17),
    )
    assert len(doc.strikes) == 1
    figures = {frozenset(names(doc, c.claimant_ids)): c.killed for c in doc.claims}
    assert figures[frozenset({"Ukraine"})] == 11


def test_a_relative_month_has_month_precision(extractor):
    doc = extract(
        extractor,
        "Pakistan said its jets bombed militant hideouts in Khost province last month.",
        date(2024, 4, 9),
    )
    (strike,) = doc.strikes
    assert (strike.date, strike.date_precision) == ("2024-03-01", "month")


def test_background_from_earlier_years_is_no_event(extractor):
    doc = extract(extractor, "In 2015, a U.S. airstrike destroyed a hospital in Kunduz.", date(2024, 4, 9))
    assert doc.strikes == []


# ---------------------------------------------------------------- fates, quirks, ids


def test_a_claim_about_a_persons_fate(extractor):
    doc = extract(extractor, "The Taliban said commander Qari Hamidullah was killed in the raid.")
    (claim,) = doc.claims
    person = entity(doc, "Qari Hamidullah", "Person")
    assert claim.fate == "killed" and person.id in claim.about_ids


def test_dateline_and_glued_date_are_not_part_of_the_sentence(extractor):
    doc = extract(extractor, "KABUL — March 3, 2024The ministry of defence said six soldiers were wounded.")
    (claim,) = doc.claims
    assert claim.sentence.startswith("The ministry of defence said")
    assert not any(e.name == "Kabul" and e.label == "Place" and e.mentioned for e in doc.entities)


def test_extraction_is_stable(extractor):
    text = "Israel's military said its jets struck a Hezbollah depot in Nabatieh on Friday."
    one, two = extract(extractor, text, date(2024, 9, 1)), extract(extractor, text, date(2024, 9, 1))
    assert one.model_dump() == two.model_dump()
    assert {c.id for c in one.claims} and {s.id for s in one.strikes}


# ---------------------------------------------------------------- rules that carry to unseen articles


def test_a_weapon_made_stored_or_shot_down_is_no_attack(extractor):
    doc = extract(
        extractor,
        "The rebels said they had shot down an army drone over Kassala on Monday. "
        "The ministry said engineers were assembling long-range drones at a plant in Kharkiv.",
        date(2024, 5, 8),
    )
    assert doc.strikes == []


def test_places_that_have_come_under_attack_are_no_event(extractor):
    doc = extract(
        extractor,
        "Its former strongholds in Kassala and Kharkiv have come under attack. "
        "The villages around Kassala are under fire, aid workers said.",
        date(2024, 5, 8),
    )
    assert doc.strikes == []


@pytest.mark.parametrize(
    "how_often",
    [
        "had repeatedly bombed Kassala",
        "had bombed Kassala three times",
        "had bombed Kassala on several occasions",
    ],
)
def test_an_attack_said_to_recur_is_a_pattern_not_one_event(extractor, how_often):
    once = extract(extractor, "Residents said army aircraft had bombed Kassala on Sunday.", date(2024, 5, 8))
    assert len(once.strikes) == 1
    doc = extract(extractor, f"Residents said army aircraft {how_often} in April.", date(2024, 5, 8))
    assert doc.strikes == []


@pytest.mark.parametrize("verb", ["struck", "shelled", "bombed"])
def test_what_an_attack_struck_is_a_place_whatever_the_models_label(extractor, verb):
    doc = extract(extractor, f"Warplanes {verb} Idlib on Monday, residents said.", date(2024, 5, 8))
    (strike,) = doc.strikes
    assert names(doc, [strike.place_id]) == {"Idlib"}


def test_dozens_of_rockets_falling_are_an_attack(extractor):
    doc = extract(
        extractor, "Dozens of rockets fell on Kassala on Tuesday, residents said.", date(2024, 5, 8)
    )
    (strike,) = doc.strikes
    assert names(doc, [strike.place_id]) == {"Kassala"}


def test_a_weapon_fired_by_a_group_names_the_perpetrator(extractor):
    doc = extract(
        extractor,
        "A missile fired by the Houthis hit a fuel depot in Marib on Monday, local officials said.",
        date(2024, 5, 8),
    )
    (strike,) = doc.strikes
    assert names(doc, strike.perpetrator_ids) == {"Houthi movement"}


def test_the_group_blamed_in_the_next_sentence_is_the_perpetrator(extractor):
    doc = extract(
        extractor,
        "A drone struck a market in Mellit in Sudan on Sunday, killing 12 people, a doctors' group said. "
        "The group blamed the Rapid Support Forces.",
        date(2024, 5, 8),
    )
    (strike,) = doc.strikes
    assert names(doc, strike.perpetrator_ids) == {"Rapid Support Forces"}


def test_a_speaker_saying_it_struck_is_the_perpetrator(extractor):
    doc = extract(
        extractor,
        "Mali's army said it had targeted a militant hideout in the town of Kidal in northern Mali.",
        date(2024, 5, 8),
    )
    (strike,) = doc.strikes
    assert names(doc, strike.perpetrator_ids) == {"Malian military"}


def test_a_place_in_a_subordinate_clause_is_not_the_strikes(extractor):
    doc = extract(
        extractor,
        "A missile slammed into a market in Marib on Tuesday, "
        "as coalition jets answered with raids on Sanaa.",
        date(2024, 5, 8),
    )
    places = {s.kind: s.place_id for s in doc.strikes}
    assert places["missile"] == entity(doc, "Marib", "Place").id


def test_where_the_jets_came_from_is_not_where_they_struck(extractor):
    doc = extract(
        extractor,
        "A monitor said the strikes on Ariha in Syria's Idlib province were carried out by Russian jets "
        "flying from a base in Latakia province.",
    )
    located = {n for s in doc.strikes for n in names(doc, [s.place_id])}
    assert "Ariha" in located and not any("Latakia" in n for n in located)


def test_a_background_count_since_a_past_month_is_no_event(extractor):
    doc = extract(
        extractor,
        "The militia has attacked more than 40 ships since November 2022, officials said.",
        date(2024, 5, 8),
    )
    assert doc.strikes == []


def test_a_capitalised_common_noun_or_weapon_make_is_no_actor(extractor):
    doc = extract(
        extractor,
        "Warplanes struck a bakery in Ariha on Tuesday. "
        "Ukraine said Russia fired two Iskander-M missiles at Sumy.",
        date(2024, 5, 8),
    )
    assert not {"Warplanes", "Iskander-M"} & {e.name for e in doc.entities}


def test_a_place_the_model_calls_a_person_is_a_place(extractor):
    doc = extract(
        extractor,
        "Medics said an airstrike hit tents west of Khan Younis in Gaza on Monday.",
        date(2024, 5, 8),
    )
    assert entity(doc, "Khan Younis", "Place").country_code == "PS"


def test_a_region_named_after_its_capital(extractor):
    doc = extract(extractor, "Drones hit a grain terminal in the Odesa region overnight, the governor said.")
    region = entity(doc, "Odesa region", "Place")
    assert region.kind == "admin" and region.country_code == "UA"


def test_a_name_after_a_role_and_comma_is_a_person(extractor):
    doc = extract(
        extractor,
        "The junta rejected the report. "
        "Its spokesman, Jean-Baptiste Sawadogo, said the base was never taken.",
    )
    assert entity(doc, "Jean-Baptiste Sawadogo").label == "Person"


def test_calling_the_claim_a_lie_disputes_it(extractor):
    doc = extract(
        extractor,
        "Russia's defence ministry said its forces had hit a drone workshop in Kharkiv. "
        'Kharkiv mayor Ihor Terekhov said the claim was "a lie."',
        date(2024, 5, 8),
    )
    (ministry,) = claims_by(doc, "Russian Defense Ministry")
    assert names(doc, ministry.disputer_ids) == {"Ihor Terekhov"}


def test_denying_harm_to_civilians_disputes_the_reports_of_it(extractor):
    doc = extract(
        extractor,
        "An airstrike on a monastery in Sagaing killed 16 civilians, the National Unity Government said. "
        "Myanmar's military denied that civilians had been harmed.",
        date(2024, 5, 8),
    )
    (report,) = claims_by(doc, "National Unity Government")
    assert report.disputer_ids


def test_a_standing_denial_answers_no_single_report(extractor):
    doc = extract(
        extractor,
        "An airstrike on a wedding in Ouenkoro killed 20 civilians, a local association said. "
        "Mali's army has repeatedly denied killing civilians.",
        date(2024, 5, 8),
    )
    assert all(not c.disputer_ids for c in doc.claims)


def test_the_group_said_is_the_organisation_quoted_last(extractor):
    doc = extract(
        extractor,
        "Shelling killed nine people in Idlib, according to the Syrian Observatory for Human Rights. "
        "The group said dozens more were wounded.",
    )
    assert len(claims_by(doc, "Syrian Observatory for Human Rights")) == 2


def test_a_patron_in_iran_backed_is_not_the_speaker(extractor):
    doc = extract(
        extractor,
        "Hezbollah fighters clashed with Israeli troops. "
        "The Iran-backed group said it had fired rockets at a base.",
    )
    speakers = {n for c in doc.claims for n in names(doc, c.claimant_ids)}
    assert "Hezbollah" in speakers and "Iran" not in speakers


def test_a_ministry_run_by_an_armed_group_speaks_for_it(extractor):
    doc = extract(
        extractor, "The Houthi-run health ministry said the strikes killed four civilians in Sanaa."
    )
    (claim,) = doc.claims
    (name,) = names(doc, claim.claimant_ids)
    assert name.startswith("Houthi") and "Ministry" in name


def test_a_name_the_model_splits_in_two_is_one_person(extractor):
    doc = extract(
        extractor,
        '"Rescuers worked through the night," Kharkiv regional governor Oleksandr Marchenko '
        "wrote on Telegram.",
    )
    (claim,) = doc.claims
    assert names(doc, claim.claimant_ids) == {"Oleksandr Marchenko"}


def test_a_village_is_looked_up_in_the_province_named_beside_it(extractor):
    doc = extract(
        extractor,
        "U.S. Central Command said the raid, in the village of Al-Shuhayl in Deir ez-Zor province, "
        "killed a senior militant.",
    )
    village = entity(doc, "Al-Shuhayl", "Place")
    assert chain(doc, village.id)[-1] == "Syria"


def test_the_province_of_a_name_is_the_province_not_its_capital(extractor):
    doc = extract(
        extractor, "The commander led Taliban forces in the northern province of Kunduz, officials said."
    )
    assert entity(doc, "Kunduz province", "Place").kind == "admin"


def test_it_inside_a_clause_is_the_subject_around_it(extractor):
    doc = extract(
        extractor,
        "The Sinjar Resistance Units confirmed three deaths. "
        'Iraq\'s foreign ministry condemned what it called a "flagrant violation of Iraqi sovereignty."',
    )
    speakers = {n for c in doc.claims if "condemned" in c.sentence for n in names(doc, c.claimant_ids)}
    assert speakers == {"Iraqi Foreign Ministry"}


def test_a_denial_answers_the_account_just_before_it(extractor):
    doc = extract(
        extractor,
        "The Houthi movement said it had targeted a U.S. destroyer in the Red Sea, scoring direct hits. "
        "A Pentagon spokesperson denied that any American vessel had been hit.",
    )
    (houthi,) = claims_by(doc, "Houthi movement")
    assert names(doc, houthi.disputer_ids) == {"Pentagon"}


def test_rejecting_a_countrys_version_disputes_its_claims(extractor):
    doc = extract(
        extractor,
        "Russia said it had struck sites used to prepare naval drone attacks in Izmail. "
        "Governor Viktor Savchuk rejected Moscow's version, saying only grain was stored in the port.",
    )
    russia = [c for c in claims_by(doc, "Russia") if c.sentence.startswith("Russia said")]
    assert russia and names(doc, russia[0].disputer_ids) == {"Viktor Savchuk"}


def test_an_account_the_ministry_rejects_is_disputed(extractor):
    doc = extract(
        extractor,
        "Syria's defence ministry said its jets hit militant workshops in Ariha. "
        "A rescuer, Raed al-Hassan, said the jets struck a market, an account the ministry rejects.",
    )
    (rescuer,) = claims_by(doc, "Raed al-Hassan")
    assert names(doc, rescuer.disputer_ids) == {"Syrian Defense Ministry"}


def test_saying_the_thing_claimed_is_not_there_disputes_the_claim(extractor):
    doc = extract(
        extractor,
        "Syria's defence ministry said its jets had destroyed workshops used by militants in Ariha. "
        '"There are no workshops here, only shops selling bread," said Raed al-Hassan, a rescuer.',
    )
    (ministry,) = claims_by(doc, "Syrian Defense Ministry")
    assert names(doc, ministry.disputer_ids) == {"Raed al-Hassan"}


def test_the_person_named_beside_a_role_is_the_speaker(extractor):
    doc = extract(
        extractor,
        "The Zawiya municipal council said two fishermen were killed. "
        "The government's spokesman, Anas al-Ghariani, denied that civilians had been killed.",
    )
    denial = [c for c in doc.claims if c.cue == "denied"]
    assert denial and "Anas al-Ghariani" in names(doc, denial[0].claimant_ids)
    assert "Zawiya municipal council" not in names(doc, denial[0].claimant_ids)  # a council is no government


def test_an_actor_is_never_both_perpetrator_and_target_of_one_strike(extractor):
    text = (
        "A drone strike hit a fuel depot held by the Rapid Support Forces in Nyala on Monday, "
        "killing four people, the Sudanese army said. Residents blamed the Rapid Support Forces "
        "for the attack."
    )
    article = ArticleInput(source_name="t.txt", text=text, published=date(2025, 5, 5))
    doc = extractor.extract_batch([article])[0]
    assert doc.strikes
    for strike in doc.strikes:
        assert not set(strike.perpetrator_ids) & set(strike.target_ids)


def test_a_group_whose_id_starts_like_a_states_is_not_taken_for_one(extractor):
    # "State Department" has the id group:state-department, which once parsed as the state "DEPARTMENT"
    for text in (
        "The State Department said on Monday that it was reviewing reports of the air strike near Idlib.",
        "A State Department spokesman told reporters the drone strike in Somalia had killed two militants.",
    ):
        doc = extract(extractor, text)
        assert any(c.claimant_ids == ["group:state-department"] for c in doc.claims), text
