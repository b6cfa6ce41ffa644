"""A small, realistic graph written through the real writer from hand-built ArticleGraphs (no NLP).

Four short wire stories we wrote ourselves, about three strikes:
- an airstrike on the village of Kafr Nabl (Idlib, Syria) that Russia's Defence Ministry, through its
  spokesman, says killed 30 fighters and a commander; a monitor, rescuers and the militants give
  other figures, the militants dispute it and later say the commander is alive; the ministry
  insists he is dead (a fate claimed killed → alive → killed);
- shelling of the town of Ariha reported by the monitor and not confirmed, which the Syrian
  Defence Ministry denies;
- a US drone strike near Husaybah (Anbar, Iraq) on an al-Qaeda operative ("al-Qaida" in the text).

`write_sample_graph` returns the ids tests need under readable keys; `api_settings` gives an API
settings object for the test server.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from graph import ids
from graph.db import Graph
from graph.queries import QueryLibrary
from graph.settings import Settings
from ingest.model import (
    ArticleGraph,
    ArticleInput,
    Claim,
    Entity,
    Membership,
    Strike,
)
from ingest.write import ArticleWriter

PLACES = {
    "syria": Entity(
        id="place:syria", label="Place", name="Syria", kind="country", country_code="SY", lat=35.0, lon=38.5
    ),
    "idlib": Entity(
        id="place:idlib",
        label="Place",
        name="Idlib",
        aliases=["Idlib province", "Idleb"],
        kind="admin",
        country_code="SY",
        lat=35.93,
        lon=36.63,
        parent_id="place:syria",
    ),
    "kafr_nabl": Entity(
        id="place:kafr-nabl",
        label="Place",
        name="Kafr Nabl",
        aliases=["Kafranbel"],
        kind="village",
        country_code="SY",
        lat=35.61,
        lon=36.56,
        parent_id="place:idlib",
    ),
    "ariha": Entity(
        id="place:ariha",
        label="Place",
        name="Ariha",
        kind="city",
        country_code="SY",
        lat=35.81,
        lon=36.61,
        parent_id="place:idlib",
    ),
    "iraq": Entity(
        id="place:iraq", label="Place", name="Iraq", kind="country", country_code="IQ", lat=33.0, lon=44.0
    ),
    "anbar": Entity(
        id="place:anbar",
        label="Place",
        name="Anbar",
        aliases=["Al Anbar", "Anbar province"],
        kind="admin",
        country_code="IQ",
        lat=33.4,
        lon=42.0,
        parent_id="place:iraq",
    ),
    "husaybah": Entity(
        id="place:husaybah",
        label="Place",
        name="Husaybah",
        aliases=["Husaibah"],
        kind="village",
        country_code="IQ",
        lat=34.38,
        lon=40.99,
        parent_id="place:anbar",
    ),
}

GROUPS = {
    "ministry": Entity(
        id="group:russian-defence-ministry",
        label="Group",
        name="Russian Defence Ministry",
        aliases=["Russia's Defence Ministry", "Russian Ministry of Defence", "Russian Defense Ministry"],
        kind="government",
    ),
    "aerospace": Entity(
        id="group:russian-aerospace-forces",
        label="Group",
        name="Russian Aerospace Forces",
        aliases=["Russian aircraft"],
        kind="military",
    ),
    "hts": Entity(
        id="group:hayat-tahrir-al-sham",
        label="Group",
        name="Hayat Tahrir al-Sham",
        aliases=["HTS"],
        kind="armed_group",
    ),
    "sohr": Entity(
        id="group:syrian-observatory-for-human-rights",
        label="Group",
        name="Syrian Observatory for Human Rights",
        aliases=["SOHR", "Syrian Observatory"],
        kind="ngo",
    ),
    "white_helmets": Entity(
        id="group:syria-civil-defence",
        label="Group",
        name="Syria Civil Defence",
        aliases=["White Helmets"],
        kind="ngo",
    ),
    "syrian_army": Entity(
        id="group:syrian-army",
        label="Group",
        name="Syrian Army",
        aliases=["Syrian government forces"],
        kind="military",
    ),
    "syrian_ministry": Entity(
        id="group:syrian-defence-ministry",
        label="Group",
        name="Syrian Defence Ministry",
        aliases=["Syria's Defence Ministry"],
        kind="government",
    ),
    "centcom": Entity(
        id="group:us-central-command",
        label="Group",
        name="US Central Command",
        aliases=["CENTCOM"],
        kind="military",
    ),
    "al_qaeda": Entity(
        id="group:al-qaeda",
        label="Group",
        name="al-Qaeda",
        aliases=["al-Qaida", "Al Qaeda"],
        kind="armed_group",
    ),
    "joc": Entity(
        id="group:iraqi-joint-operations-command",
        label="Group",
        name="Joint Operations Command",
        aliases=["Iraq's Joint Operations Command"],
        kind="military",
    ),
    "levant_wire": Entity(id="group:levant-wire", label="Group", name="Levant Wire", kind="media"),
}

PERSONS = {
    "konashenkov": Entity(
        id="person:igor-konashenkov",
        label="Person",
        name="Igor Konashenkov",
        aliases=["Konashenkov", "Maj. Gen. Igor Konashenkov"],
    ),
    "al_shami": Entity(
        id="person:abu-khalid-al-shami", label="Person", name="Abu Khalid al-Shami", aliases=["al-Shami"]
    ),
    "al_halabi": Entity(id="person:abu-omar-al-halabi", label="Person", name="Abu Omar al-Halabi"),
    "al_rawi": Entity(id="person:hamza-al-rawi", label="Person", name="Hamza al-Rawi", aliases=["al-Rawi"]),
}

ENTITIES = {**PLACES, **GROUPS, **PERSONS}


def _chain(*keys: str) -> list[Entity]:
    """The entities named, plus every place that contains one of them (not themselves mentioned)."""
    chosen = {ENTITIES[k].id: ENTITIES[k] for k in keys}
    by_id = {e.id: e for e in PLACES.values()}
    for entity in list(chosen.values()):
        parent = entity.parent_id
        while parent and parent not in chosen:
            chosen[parent] = by_id[parent].model_copy(update={"mentioned": False})
            parent = by_id[parent].parent_id
    return list(chosen.values())


class _Story:
    """Builds one article from sentences so that claim offsets point at the verbatim sentence."""

    def __init__(
        self,
        source_name: str,
        outlet: str,
        published: date,
        title: str,
        url: str | None,
        sentences: list[str],
    ):
        self.sentences = sentences
        self.article = ArticleInput(
            source_name=source_name,
            text="\n\n".join(sentences),
            title=title,
            url=url,
            outlet=outlet,
            published=published,
        )

    def span(self, n: int) -> tuple[str, int, int]:
        sentence = self.sentences[n]
        start = self.article.text.index(sentence)
        return sentence, start, start + len(sentence)

    def claim(self, n: int, text: str, cue: str, **fields) -> Claim:
        sentence, start, end = self.span(n)
        return Claim(
            id=ids.claim(self.article.id, start, end),
            text=text,
            sentence=sentence,
            start=start,
            end=end,
            cue=cue,
            confidence=fields.pop("confidence", 0.9),
            **fields,
        )

    def strike(self, n: int, **fields) -> Strike:
        sentence, start, end = self.span(n)
        return Strike(
            id=ids.strike(self.article.id, start, end),
            sentence=sentence,
            start=start,
            end=end,
            **fields,
        )


def sample_articles() -> tuple[list[ArticleGraph], dict[str, str]]:
    """The four ArticleGraphs, in publication order, and the ids tests refer to."""
    g, p, pl = GROUPS, PERSONS, PLACES
    spokesman = Membership(person_id=p["konashenkov"].id, group_id=g["ministry"].id, role="spokesman")
    commander = Membership(person_id=p["al_shami"].id, group_id=g["hts"].id, role="commander")
    hts_spokesman = Membership(person_id=p["al_halabi"].id, group_id=g["hts"].id, role="spokesman")
    operative = Membership(person_id=p["al_rawi"].id, group_id=g["al_qaeda"].id, role="member")

    a = _Story(
        "levant-wire-2024-03-05.txt",
        "Levant Wire",
        date(2024, 3, 5),
        "Russia says strike near Kafr Nabl killed 30 militants",
        "https://levantwire.example/2024/03/05/kafr-nabl-strike",
        [
            "MOSCOW — Igor Konashenkov, spokesman for Russia's Defence Ministry, said on Tuesday that "
            "Russian aircraft had destroyed a command post of Hayat Tahrir al-Sham near the village of "
            "Kafr Nabl in Syria's Idlib province, killing 30 fighters.",
            "Konashenkov said the field commander Abu Khalid al-Shami was among the dead.",
            "Hayat Tahrir al-Sham denied that any of its commanders had been hit and said the aircraft had "
            "destroyed a bakery.",
            "The Syrian Observatory for Human Rights, a Britain-based monitor, said 12 civilians were killed "
            "and 20 wounded in the strike.",
        ],
    )
    strike_a = a.strike(
        0,
        kind="airstrike",
        date="2024-03-05",
        date_precision="day",
        killed=30,
        place_id=pl["kafr_nabl"].id,
        perpetrator_ids=[g["aerospace"].id],
        target_ids=[g["hts"].id],
    )
    claims_a = [
        a.claim(
            0,
            "Russian aircraft destroyed an HTS command post near Kafr Nabl, killing 30 fighters",
            "said",
            claimant_ids=[p["konashenkov"].id],
            disputer_ids=[g["hts"].id],
            about_ids=[strike_a.id, g["hts"].id],
            killed=30,
        ),
        a.claim(
            1,
            "Abu Khalid al-Shami was killed in the strike",
            "said",
            claimant_ids=[p["konashenkov"].id],
            disputer_ids=[g["hts"].id],
            about_ids=[p["al_shami"].id, strike_a.id],
            fate="killed",
        ),
        a.claim(
            2,
            "the strike destroyed a bakery, not a command post",
            "denied",
            stance="disputed",
            claimant_ids=[g["hts"].id],
            about_ids=[strike_a.id],
            confidence=0.8,
        ),
        a.claim(
            3,
            "12 civilians were killed and 20 wounded in the strike",
            "said",
            claimant_ids=[g["sohr"].id],
            about_ids=[strike_a.id],
            killed=12,
            wounded=20,
        ),
    ]
    doc_a = ArticleGraph(
        article=a.article,
        entities=_chain(
            "konashenkov", "ministry", "aerospace", "hts", "kafr_nabl", "idlib", "syria", "al_shami", "sohr"
        ),
        memberships=[spokesman, commander],
        claims=claims_a,
        strikes=[strike_a],
    )

    b = _Story(
        "north-syria-monitor-2024-03-06.txt",
        "North Syria Monitor",
        date(2024, 3, 6),
        "Idlib strike toll rises as militants say commander is alive",
        None,
        [
            "The death toll from Tuesday's air strike on Kafr Nabl rose to at least 14 civilians, the Syrian "
            "Observatory for Human Rights said on Wednesday.",
            "Rescuers from the Syria Civil Defence, known as the White Helmets, said they had pulled 9 "
            "bodies from the rubble and treated 25 wounded people.",
            "A Hayat Tahrir al-Sham spokesman, Abu Omar al-Halabi, said Abu Khalid al-Shami was alive and "
            "released a video of him visiting the site.",
            "Syrian government forces shelled the town of Ariha overnight, killing two people, the Syrian "
            "Observatory said, a claim that could not be independently verified.",
            "Syria's Defence Ministry denied shelling residential areas.",
        ],
    )
    strike_b = b.strike(
        0,
        kind="airstrike",
        date="2024-03-05",
        date_precision="day",
        killed=14,
        place_id=pl["kafr_nabl"].id,
        perpetrator_ids=[g["aerospace"].id],
    )
    shelling = b.strike(
        3,
        kind="shelling",
        date="2024-03-06",
        date_precision="day",
        killed=2,
        place_id=pl["ariha"].id,
        perpetrator_ids=[g["syrian_army"].id],
    )
    claims_b = [
        b.claim(
            0,
            "at least 14 civilians were killed in the Kafr Nabl strike",
            "said",
            claimant_ids=[g["sohr"].id],
            about_ids=[strike_b.id],
            killed=14,
            qualifier="at least",
        ),
        b.claim(
            1,
            "rescuers pulled 9 bodies from the rubble and treated 25 wounded",
            "said",
            claimant_ids=[g["white_helmets"].id],
            about_ids=[strike_b.id],
            killed=9,
            wounded=25,
        ),
        b.claim(
            2,
            "Abu Khalid al-Shami is alive",
            "said",
            claimant_ids=[p["al_halabi"].id],
            about_ids=[p["al_shami"].id],
            fate="alive",
            confidence=0.85,
        ),
        b.claim(
            3,
            "Syrian government forces shelled Ariha, killing two people",
            "said",
            stance="unconfirmed",
            claimant_ids=[g["sohr"].id],
            disputer_ids=[g["syrian_ministry"].id],
            about_ids=[shelling.id, pl["ariha"].id],
            killed=2,
            confidence=0.6,
        ),
    ]
    doc_b = ArticleGraph(
        article=b.article,
        entities=_chain(
            "kafr_nabl",
            "sohr",
            "white_helmets",
            "hts",
            "al_halabi",
            "al_shami",
            "syrian_army",
            "ariha",
            "syrian_ministry",
            "aerospace",
        ),
        memberships=[hts_spokesman, commander],
        claims=claims_b,
        strikes=[strike_b, shelling],
    )

    c = _Story(
        "mesopotamia-post-2024-03-09.txt",
        "Mesopotamia Post",
        date(2024, 3, 9),
        "US says drone strike in Anbar killed al-Qaida operative",
        "https://mesopotamiapost.example/2024/03/09/anbar-drone",
        [
            "BAGHDAD — US Central Command said a drone strike near the village of Husaybah in Iraq's Anbar "
            "province on Friday killed Hamza al-Rawi, a senior al-Qaida operative.",
            "Iraq's Joint Operations Command said it had not been informed of the strike and was "
            "investigating.",
            "Al-Qaida did not comment.",
        ],
    )
    drone = c.strike(
        0,
        kind="drone",
        date="2024-03-08",
        date_precision="day",
        killed=1,
        place_id=pl["husaybah"].id,
        perpetrator_ids=[g["centcom"].id],
        target_ids=[p["al_rawi"].id, g["al_qaeda"].id],
    )
    claims_c = [
        c.claim(
            0,
            "a US drone strike near Husaybah killed Hamza al-Rawi, a senior al-Qaida operative",
            "said",
            claimant_ids=[g["centcom"].id],
            about_ids=[drone.id, p["al_rawi"].id],
            fate="killed",
            killed=1,
        ),
        c.claim(
            1,
            "Iraqi commanders had not been informed of the strike",
            "said",
            stance="unconfirmed",
            claimant_ids=[g["joc"].id],
            about_ids=[drone.id],
            confidence=0.7,
        ),
    ]
    doc_c = ArticleGraph(
        article=c.article,
        entities=_chain("centcom", "husaybah", "anbar", "iraq", "al_rawi", "al_qaeda", "joc"),
        memberships=[operative],
        claims=claims_c,
        strikes=[drone],
    )

    d = _Story(
        "levant-wire-2024-03-12.txt",
        "Levant Wire",
        date(2024, 3, 12),
        "Moscow insists Idlib commander is dead",
        "https://levantwire.example/2024/03/12/commander-dead",
        [
            "Russia's Defence Ministry said on Tuesday that Abu Khalid al-Shami had died of his wounds, "
            "calling the video released by Hayat Tahrir al-Sham a fake.",
            "Hayat Tahrir al-Sham called the ministry's statement propaganda.",
            "The ministry said militants in Idlib province had broken the ceasefire 40 times in a week.",
            "Levant Wire could not independently verify either account.",
        ],
    )
    claims_d = [
        d.claim(
            0,
            "Abu Khalid al-Shami died of his wounds",
            "said",
            claimant_ids=[g["ministry"].id],
            disputer_ids=[g["hts"].id],
            about_ids=[p["al_shami"].id],
            fate="killed",
        ),
        d.claim(
            2,
            "militants in Idlib broke the ceasefire 40 times in a week",
            "said",
            claimant_ids=[g["ministry"].id],
            about_ids=[pl["idlib"].id],
            confidence=0.75,
        ),
    ]
    doc_d = ArticleGraph(
        article=d.article,
        entities=_chain("ministry", "al_shami", "hts", "idlib", "levant_wire"),
        memberships=[commander],
        claims=claims_d,
    )

    ids = {
        "article_a": a.article.id,
        "article_b": b.article.id,
        "article_c": c.article.id,
        "article_d": d.article.id,
        "strike_kafr_nabl": strike_a.id,
        "strike_ariha": shelling.id,
        "strike_husaybah": drone.id,
        "claim_ru_strike": claims_a[0].id,
        "claim_fate_killed": claims_a[1].id,
        "claim_hts_denial": claims_a[2].id,
        "claim_sohr_12": claims_a[3].id,
        "claim_sohr_14": claims_b[0].id,
        "claim_white_helmets": claims_b[1].id,
        "claim_fate_alive": claims_b[2].id,
        "claim_ariha_unconfirmed": claims_b[3].id,
        "claim_centcom": claims_c[0].id,
        "claim_joc": claims_c[1].id,
        "claim_fate_killed_again": claims_d[0].id,
        "claim_ceasefire": claims_d[1].id,
    }
    ids |= {key: e.id for key, e in ENTITIES.items()}
    return [doc_a, doc_b, doc_c, doc_d], ids


def write_sample_graph(graph: Graph, queries: QueryLibrary) -> dict[str, str]:
    """Write the sample articles through ArticleWriter; return ids by readable key.

    Keys: article_a..article_d; strike_kafr_nabl (the one node both Kafr Nabl reports resolve to),
    strike_ariha, strike_husaybah; claim_* (see `sample_articles`); every place, group and person by
    its short key (syria, idlib, kafr_nabl, ariha, iraq, anbar, husaybah, ministry, aerospace, hts,
    sohr, white_helmets, syrian_army, syrian_ministry, centcom, al_qaeda, joc, levant_wire,
    konashenkov, al_shami, al_halabi, al_rawi).
    """
    writer = ArticleWriter(graph, queries)
    docs, ids = sample_articles()
    for doc in docs:
        writer.write(doc)
    return ids


def api_settings(server_settings: Settings, **overrides: Any) -> Settings:
    """Settings for an app talking to the test server, with API-side values (`api_key`...) overridden."""
    values = server_settings.model_dump() | {"password": None} | overrides
    return Settings(_env_file=None, **values)
