"""Entity mentions of one article resolved to graph entities with stable ids.

One node per real actor and place across articles: gazetteer aliases, countries by name, demonym or
capital, generated names for ministries, militaries and governments ("Russia's Ministry of Defense"
and "the Russian defence ministry" are one `group:ru-ministry-defense`), person titles stripped
("Maj. Gen. Igor Konashenkov" is Igor Konashenkov, the title kept as an alias), surnames and
definite descriptions ("the ministry", "the Observatory") resolved to the actor named earlier.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from graph import ids
from graph.vocab import name_key
from ingest.extract.gazetteer import Country, Gazetteer
from ingest.extract.names import clean_surface, span_text, strip_title, titled_form
from ingest.extract.nlp import DATELINE, MONTH_NAMES, WEEKDAYS, furniture
from ingest.extract.registry import Registry
from ingest.extract.rules import mapping, terms, words

TITLE_WORDS = terms("title_words")
ROLE_BEFORE = terms("role_before")
WEAPON_MODELS = terms("weapon_models")
PLACE_NOUNS = terms("place_nouns")
PLACE_ANAPHORS = terms("place_anaphors")
BEARINGS = terms("bearings")
COMPASS_POINTS = terms("compass_points")
ATTACK_OBJECT_VERBS = terms("attack_object_verbs")
ADMIN_WORDS = terms("admin_words")
RUN_BY = terms("run_by")
KUNYA = re.compile(r"^(?:" + "|".join(words("kunya_prefixes")) + r")\s+[A-Z]")
REGION_SUFFIXES = terms("region_suffixes")
TOPIC_NAMES = mapping("topic_names")
TOPICS = "|".join(TOPIC_NAMES)
MINISTRY = re.compile(
    rf"^(?:(?P<n1>.+?)(?:'s|’s)?\s+)?(?:(?P<t1>{TOPICS})\s+ministry"
    rf"|ministry\s+of\s+(?P<t2>{TOPICS})(?:\s+affairs)?)$",
    re.IGNORECASE,
)
NATION_ORG = re.compile(
    r"^(?P<n>.+?)(?:'s|’s)?\s+(?P<head>" + "|".join(words("nation_org_heads")) + ")$",
    re.IGNORECASE,
)
KIND_WORDS = [
    (kind, r"\b(" + "|".join(alternatives) + r")\b")
    for kind, alternatives in mapping("org_kind_words").items()
]  # regex alternatives, tried in order
JUNK = re.compile(r"^(?:" + "|".join(words("junk_words")) + ")$", re.I)
KIND_HINT = re.compile("|".join(pattern for _, pattern in KIND_WORDS), re.I)
NOT_PLACES = {*WEEKDAYS, *MONTH_NAMES, *terms("not_places")}


def outside_story(ent: Span, text: str) -> bool:
    """Names in a dateline ("MOSCOW —"), page furniture, an all-capitals line ("BDST: 1419 HRS") or a clock
    ("13.55 Moscow time") are not what the story speaks of. `text` is the doc's text, which spaCy
    rebuilds from every token at each `doc.text`: reading it per entity was a tenth of all ingest CPU."""
    sent = ent.sent
    if furniture(sent) or not any(ch.islower() for ch in sent.text):
        return True
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "time" and ent.label_ in ("GPE", "LOC"):
        return True
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    match = DATELINE.match(text[line_start : line_start + 80])
    return bool(match) and ent.start_char < line_start + match.end() and ent.text.isupper()


class Resolver:
    """Turns the doc's entity spans into Registry entries, in reading order."""

    def __init__(self, gz: Gazetteer) -> None:
        self.gz = gz

    def article_countries(self, doc: Doc) -> set[str]:
        found = set()
        for ent in doc.ents:
            country = self.gz.country_of(span_text(ent)) if ent.label_ in ("GPE", "NORP", "LOC") else None
            if country:
                found.add(country.code)
        for token in doc:
            if token.pos_ in ("ADJ", "PROPN"):
                country = self.gz.demonym(token.text)
                if country:
                    found.add(country.code)
        return found

    def resolve(self, doc: Doc) -> Registry:
        reg = Registry(self.gz, self.article_countries(doc))
        text = doc.text
        for ent in doc.ents:
            if not outside_story(ent, text):
                self.resolve_span(reg, ent)
        self._untagged_places(reg, doc)
        self._prefer_named_regions(reg)
        self._place_anaphora(reg, doc)
        return reg

    def _place_anaphora(self, reg: Registry, doc: Doc) -> None:
        """ "the town" names again the place the story called a town ("the town of X", "X town"), whatever
        kind the gazetteer gives it; else the town or village the story has named most, the later on a tie."""
        named: list[tuple[int, str, str | None]] = []  # (start, place id, the noun it was named with)
        for m in sorted(reg.mentions, key=lambda m: m.start):
            entity = reg.entities[m.entity_id]
            if entity.label != "Place":
                continue
            before = doc[m.start - 2].lower_ if m.start >= 2 and doc[m.start - 1].lower_ == "of" else None
            after = doc[m.end].lower_ if m.end < len(doc) else None
            noun = next((w for w in (before, after) if w in PLACE_ANAPHORS), None)
            if noun or entity.kind in ("city", "village"):
                named.append((m.start, m.entity_id, noun))
        for token in doc:
            if token.lower_ not in PLACE_ANAPHORS or token.i in reg.by_token or token.tag_ != "NN":
                continue
            # the parse may hang "the" on the bearing instead: "in [the village] west of X"
            holders = (
                [token, token.head]
                if token.dep_ == "compound" and token.head.lower_ in COMPASS_POINTS
                else [token]
            )
            if not any(c.dep_ == "det" and c.lower_ == "the" for h in holders for c in h.children):
                continue
            if any(c.dep_ in ("compound", "amod", "prep", "nmod") for c in token.children):
                continue  # "the town of X", "the border town", "the Yarmouk camp": named here, not again
            earlier = [n for n in named if n[0] < token.i]
            same_noun = [n for n in earlier if n[2] == token.lower_]
            if same_noun:
                reg.mention((token.i, token.i + 1), same_noun[-1][1], token.text)
            elif settled := [n for n in earlier if reg.entities[n[1]].kind in ("city", "village")]:
                times = Counter(n[1] for n in settled)
                place_id = max(reversed(settled), key=lambda n: times[n[1]])[1]
                reg.mention((token.i, token.i + 1), place_id, token.text)

    def _prefer_named_regions(self, reg: Registry) -> None:
        """An article that says "Idlib province" means the province by a bare "Idlib", not its capital."""
        regions = {name_key(e.name): e.id for e in reg.entities.values() if e.kind == "admin" and e.mentioned}
        for m in reg.mentions:
            entity = reg.entities[m.entity_id]
            bare = not re.search(r"\b(?:city|town)$", m.surface, re.I)
            if entity.kind == "city" and bare and regions.get(name_key(entity.name)) == entity.parent_id:
                region = reg.entities[entity.parent_id]
                if m.surface not in region.aliases and m.surface != region.name:
                    region.aliases.append(m.surface)
                m.entity_id = region.id
        used = {m.entity_id for m in reg.mentions}
        for entity in list(reg.entities.values()):
            if (
                entity.kind == "city"
                and entity.id not in used
                and regions.get(name_key(entity.name)) == entity.parent_id
            ):
                del reg.entities[entity.id]
                for other in reg.entities.values():
                    if other.parent_id == entity.id:
                        other.parent_id = entity.parent_id

    def resolve_span(self, reg: Registry, ent: Span) -> str | None:
        text = span_text(ent)
        if not text or JUNK.match(text) or not any(ch.isalpha() for ch in text) or text.endswith("-"):
            return None
        label = ent.label_
        if label in ("GPE", "LOC", "NORP") and not ent.ent_id_ and self.gz.demonym(text):
            return None  # "Ukrainian": an adjective, not a place
        follower = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        if len(ent) == 1 and follower in TITLE_WORDS and not ent.ent_id_:
            return None  # "Defense" in "Defense Minister Moshe Ya'alon"
        text = re.sub(r"\s+(?:of|for|and|in)$", "", text)
        if not ent.ent_id_ and label in ("ORG", "PERSON", "PRODUCT") and not self.gz.actor(text):
            if len(ent) == 1 and ent[0].tag_ in ("NN", "NNS"):
                return None  # "Warplanes struck …": a common noun capitalised at the start of a sentence
            if follower in WEAPON_MODELS:
                return None  # "Iskander-M missiles", "Shahed drones": a weapon's make, not an actor
        entity_id = None
        if ent.ent_id_:
            entity_id = self._from_gazetteer(reg, ent.ent_id_, text)
        elif (
            label == "ORG"
            and ent.start > 0
            and _after_role(ent)
            and not self.gz.actor(text)
            and not KIND_HINT.search(text)
        ):
            entity_id = self.person(reg, text, ent)  # "Interior Ministry spokesman Sediq Sediqqi" tagged ORG
        elif label == "ORG":
            entity_id = self.org(reg, text, ent)
        elif label == "PERSON":
            entity_id = self.person(reg, text, ent)
        elif label in ("GPE", "LOC", "FAC"):
            entity_id = self.place(reg, text, ent)
        elif label == "NORP":
            actor = self.gz.actor(text)
            entity_id = reg.add_actor(actor, text) if actor else None
        elif label in ("DATE", "TIME", "WORK_OF_ART", "PRODUCT", "EVENT") and ent.root.pos_ == "PROPN":
            ref = self.gz.place(text, reg.context, loose=True) if name_key(text) not in NOT_PLACES else None
            entity_id = reg.add_place(ref, text) if ref and ref.country_code in reg.context else None
        if entity_id:
            reg.mention(ent, entity_id, text)
            if reg.label(entity_id) == "Person":
                titled = titled_form(ent)
                if titled:
                    reg._put(reg.entities[entity_id], titled)
        return entity_id

    def _from_gazetteer(self, reg: Registry, entity_id: str, text: str) -> str | None:
        code = ids.state_code(entity_id)
        if code:
            return reg.add_state(self.gz.countries[code], text)
        if entity_id in self.gz.actors:
            return reg.add_actor(self.gz.actors[entity_id], text)
        ref = self.gz.place(text, reg.context)
        return reg.add_place(ref, text) if ref else None

    # ------------------------------------------------------------------ organisations

    def org(self, reg: Registry, text: str, ent: Span | None = None) -> str | None:
        actor = self.gz.actor(text)
        if actor:
            return reg.add_actor(actor, text)
        place = self.gz.place(text, reg.context)
        known = None if place and place.country_code in reg.context else self.named_before(reg, text)
        if known:  # "the Observatory"; but "Sinjar" is the town, not the "Sinjar Resistance Units"
            return reg._put(reg.entities[known], text)
        generated = self.national_org(reg, text, ent)
        if generated:
            return generated
        if text.islower() or len(text) < 2:
            return None
        country = self.gz.country_of(text) if " " not in text else None
        if country and self.gz.country(text):  # a bare country tagged ORG acts as the state
            return reg.add_state(country, text)
        ref = self.gz.place(text, reg.context)
        located = ent is not None and (
            _place_position(ent) or (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "at")
        )
        if (
            ref
            and ref.kind != "country"
            and (ref.country_code in reg.context or (located and ref.population >= 20000))
        ):
            return reg.add_place(ref, text)  # "a depot in Nabatieh" tagged as an organisation
        return reg.add_group(ids.group(text), text, org_kind(text), text, None)

    def named_before(self, reg: Registry, text: str) -> str | None:
        """A short form of an actor already named: "the Observatory", "Khalimov" tagged as an organisation."""
        words = name_key(text).split()
        if len(words) == 1 and (person := reg.person_by_name_part(text)):
            return person
        if not words or len(words) > 3:
            return None
        for entity in reversed(list(reg.entities.values())):
            full = name_key(entity.name).split()
            if entity.label == "Group" and len(full) > len(words) and set(words) <= set(full):
                return entity.id
        return None

    def national_org(self, reg: Registry, text: str, ent: Span | None) -> str | None:
        """Ministries, militaries and governments named after their country."""
        match = MINISTRY.match(text)
        if match:
            nation = match.group("n1")
            topic = TOPIC_NAMES[(match.group("t1") or match.group("t2")).lower()]
            runner = None if nation else self.run_by(reg, ent)
            if runner:  # "the Houthi-run health ministry" speaks for the Houthis, not for a state
                name = f"{ent.doc[ent.start - 3 : ent.start].text} {topic} Ministry"
                aid = reg.add_group(ids.group(name), name, "government", text, None)
                reg.affiliation.setdefault(aid, reg.side(runner) or runner)
                return aid
            country = self.gz.country_of(nation) if nation else self.nearby_country(reg, ent)
            if nation and not country:
                return None
            if not country:
                return reg.add_group(ids.group(text), clean_surface(text), "government", text, None)
            name = f"{country.demonym} {topic} Ministry"
            variants = [
                f"{country.demonym} Ministry of {topic}",
                f"{country.name}'s {topic} Ministry",
                f"{country.name}'s Ministry of {topic}",
                f"{topic} Ministry",
                f"Ministry of {topic}",
            ]
            if topic == "Defense":
                variants += [v.replace("Defense", "Defence") for v in [name, *variants]]
            return reg.add_group(
                ids.national_body(country.code, f"ministry-{topic}"),
                name,
                "government",
                text,
                country.code,
                variants,
            )
        match = NATION_ORG.match(text)
        if not match:
            return None
        country = self.gz.country_of(match.group("n"))
        if not country:
            return None
        head = match.group("head").lower()
        if head in {"government", "regime", "authorities", "officials", "official"}:
            known = self.gz.actor(f"{country.demonym} government")
            if known:
                return reg.add_actor(known, text)
            return reg.add_state(country, text)
        if "air" in head:
            return reg.add_group(
                ids.national_body(country.code, "air-force"),
                f"{country.demonym} Air Force",
                "military",
                text,
                country.code,
            )
        known = self.gz.actor(f"{country.demonym} military") or self.gz.actor(
            f"{country.demonym} armed forces"
        )
        if known:
            return reg.add_actor(known, text)
        return reg.add_group(
            ids.national_body(country.code, "military"),
            f"{country.demonym} military",
            "military",
            text,
            country.code,
            [f"{country.demonym} {w}" for w in ("army", "armed forces", "forces", "troops")],
        )

    def run_by(self, reg: Registry, ent: Span | None) -> str | None:
        """The group in "<group>-run / -led / -controlled <ministry>", when it is no state."""
        if ent is None or ent.start < 3 or ent.doc[ent.start - 1].lower_ not in RUN_BY:
            return None
        if ent.doc[ent.start - 2].text not in ("-", "–"):
            return None
        m = reg.by_token.get(ent.start - 3)
        if (
            m is None
            or reg.entities[m.entity_id].label != "Group"
            or reg.entities[m.entity_id].kind == "state"
        ):
            return None
        return m.entity_id

    def nearby_country(self, reg: Registry, ent: Span | None) -> Country | None:
        """Whose an unqualified "defence ministry" is: the sentence's country, else the first acting one."""
        if ent is not None:
            for token in ent.sent:
                country = self.gz.demonym(token.text) or (
                    self.gz.country(token.text) if token.pos_ == "PROPN" else None
                )
                if country:
                    return country
        for entity_id, code in reg.affiliation.items():
            if code and entity_id.startswith("group:"):
                return self.gz.countries.get(code)
        return self.gz.countries.get(sorted(reg.context)[0]) if len(reg.context) == 1 else None

    # ------------------------------------------------------------------ people

    def person(self, reg: Registry, text: str, ent: Span) -> str | None:
        name, title = strip_title(text)
        if not name or any(ch.isdigit() for ch in name):
            return None
        known = self.named_before(reg, name) if " " not in name else None
        if known and reg.label(known) == "Group":
            return reg._put(reg.entities[known], text)
        actor = self.gz.actor(name)
        if actor and actor["label"] == "Group":
            return reg.add_actor(actor, text)
        country = self.gz.country_of(name)
        if country:
            return self.place(reg, name, ent)
        if self.gz.actor(name) is None and " " not in name:
            ref = self.gz.place(name, reg.context)
            if ref and ref.country_code in reg.context and ref.population > 50000:
                return reg.add_place(ref, name)
        if not title and name not in reg.surnames and _place_position(ent):
            # "west of Khan Younis", "the Spera district", "Abu Shouk camp": a place the model read as a name
            ref = self.gz.place(name, self.sentence_countries(ent) or reg.context, loose=True)
            if ref and (ref.country_code in reg.context or ref.population >= 100000):
                return reg.add_place(ref, name)
            if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in PLACE_NOUNS:
                return self.text_place(reg, name, ent)
        pid = reg.add_person(name, text)
        if title:
            reg._put(reg.entities[pid], text)
        # "Turkish Prime Minister Ahmet Davutoglu": the title before the name tells whose side he speaks for
        before = [t for t in ent.root.children if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod")]
        words = [w for t in before for w in t.subtree] + (
            [*ent.doc[ent.start : ent.start + 1]] if title else []
        )
        for word in words:
            side = self.gz.demonym(word.text) or (
                self.gz.country(word.text) if word.pos_ == "PROPN" else None
            )
            if side:
                reg.affiliation.setdefault(pid, side.code)
                break
        return pid

    # ------------------------------------------------------------------ places

    def place(self, reg: Registry, text: str, ent: Span) -> str | None:
        if name_key(text) in NOT_PLACES:
            return None
        if KUNYA.match(text):  # "Abu Anas al-Shami" is a man, whatever the model thinks
            return self.person(reg, text, ent)
        actor = self.gz.actor(text)
        if actor and ent.label_ != "GPE":
            return reg.add_actor(actor, text)
        doc = ent.doc
        if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in ADMIN_WORDS:
            text = f"{text} {doc[ent.start - 2].lower_}"  # "the northern province of Kunduz" is the province
        ref = self.gz.place(text, reg.context) or self.gz.place(
            text,
            self.region_countries(ent) | self.sentence_countries(ent, located=True)
            or story_countries(reg)
            or reg.context,
            loose=True,
        )
        if ref:
            return reg.add_place(ref, text)
        words = text.split()
        if not words[0][0].isupper() or len(words) > 5:
            return None
        named_as_place = (ent.label_ == "GPE" and ent.root.dep_ == "pobj") or words[
            -1
        ].lower() in REGION_SUFFIXES
        return self.text_place(reg, text, ent) if named_as_place or ent.label_ == "LOC" else None

    def sentence_countries(self, ent: Span, *, located: bool = False) -> set[str]:
        """Countries the sentence names; `located` leaves out one naming an actor ("U.S. Central Command")."""
        found = set()
        for token in ent.sent:
            if located and token.dep_ == "compound":
                continue
            country = self.gz.demonym(token.text) or (
                self.gz.country(token.text) if token.pos_ == "PROPN" else None
            )
            if country:
                found.add(country.code)
        return found

    def region_countries(self, ent: Span) -> set[str]:
        """Countries of the provinces and regions the sentence names ("in Deir ez-Zor province"): better
        evidence of where a place lies than a country named as an actor ("U.S. Central Command said")."""
        found = set()
        for other in ent.sent.ents:
            if other != ent and other.label_ in ("GPE", "LOC") and (text := span_text(other)):
                ref = self.gz.place(text)
                if ref and ref.kind in ("admin", "region") and ref.country_code:
                    found.add(ref.country_code)
        return found

    def text_place(self, reg: Registry, text: str, ent: Span) -> str | None:
        """A village or district the gazetteers lack: its container from the sentence ("north of Harem",
        "in the northern province of Kunduz"), else the country of the sentence or article."""
        base = re.sub(r"\s+(district|area|region|province|governorate|village|town)$", "", text, flags=re.I)
        kind = "admin" if re.search(r"(district|province|governorate)$", text, re.I) else "village"
        following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        if re.search(r"region$", text, re.I) or following in ("region", "regions"):
            kind = "region"  # "Sudan's western Darfur region": wider than any town in it
        container = self.container_in_sentence(reg, ent)
        if container is None:
            return None
        entity = reg.entities[container]
        return reg.add_text_place(base, kind, container, entity.country_code)

    def container_in_sentence(self, reg: Registry, ent: Span) -> str | None:
        """The place after this one in its sentence, else the sentence's or article's only country."""
        sent = ent.sent
        for other in sent.ents:
            # a name the model mislabels ("west of Harem" as a people) still stands where only a place does
            placed = other.label_ in ("GPE", "LOC") or (_proper_name(other) and _place_position(other))
            if other.start >= ent.end and placed:
                text = span_text(other)
                ref = self.gz.place(text, reg.context, loose=True)
                if ref and ref.id != ids.listed_place(text):
                    return reg.add_place(ref, text, mentioned=True)
        for token in ent.doc[ent.end : min(ent.end + 6, sent.end)]:  # "the Qasra area west of Harem"
            if token.pos_ == "PROPN" and token.is_title and not token.ent_type_:
                ref = self.gz.place(token.text, reg.context)
                if ref and ref.country_code in reg.context:
                    pid = reg.add_place(ref, token.text)
                    reg.mention((token.i, token.i + 1), pid, token.text)
                    return pid
        for other in sent.ents:
            country = self.gz.country(span_text(other)) if other.label_ in ("GPE", "LOC") else None
            if country:
                return reg.add_place(self.gz.country_place(country), None, mentioned=False)
        for m in reversed(reg.mentions):  # the country of the place named last before it
            entity = reg.entities[m.entity_id]
            if entity.label == "Place" and entity.country_code in self.gz.countries:
                return self._only_region(reg, entity.country_code) or reg.add_place(
                    self.gz.country_place(self.gz.countries[entity.country_code]), None, mentioned=False
                )
        if len(reg.context) == 1:
            code = next(iter(reg.context))
            return reg.add_place(self.gz.country_place(self.gz.countries[code]), None, mentioned=False)
        return None

    @staticmethod
    def _only_region(reg: Registry, country_code: str) -> str | None:
        """The one province or region the story has named in a country: where a village it names there
        without a container most likely lies."""
        regions = {
            e.id
            for e in reg.entities.values()
            if e.label == "Place"
            and e.mentioned
            and e.kind in ("admin", "region")
            and e.country_code == country_code
        }
        return next(iter(regions)) if len(regions) == 1 else None

    def _untagged_places(self, reg: Registry, doc: Doc) -> None:
        """Proper nouns the model left untagged but the city tables know in a country the article names."""
        for token in doc:
            if token.ent_type_ or token.pos_ != "PROPN" or token.i in reg.by_token or not token.is_title:
                continue
            if name_key(token.text) in NOT_PLACES or self.gz.actor(token.text):
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue
            if reg.person_by_name_part(token.text):
                continue
            ref = self.gz.place(token.text, reg.context)
            if (
                ref
                and ref.kind == "city"
                and ref.country_code in reg.context
                and ref.population >= 20000
                and _prepositional(token)
            ):
                reg.mention((token.i, token.i + 1), reg.add_place(ref, token.text), token.text)


def story_countries(reg: Registry) -> set[str]:
    """Countries of the towns and provinces named so far: where the story happens, not who acts in it."""
    return {
        e.country_code
        for e in reg.entities.values()
        if e.label == "Place" and e.mentioned and e.kind != "country" and e.country_code
    }


def _proper_name(ent: Span) -> bool:
    """A capitalised name, whatever the model took it for; "one" or "Monday" is no place name."""
    return ent.text[:1].isupper() and ent.label_ not in ("DATE", "TIME")


def _after_role(ent: Span) -> bool:
    """A name just after a role word: "spokesman Sediq Sediqqi", "Its spokesman, Jean-Baptiste Sawadogo"."""
    doc, i = ent.doc, ent.start
    if i > 0 and doc[i - 1].lower_ in ROLE_BEFORE:
        return True
    return i > 1 and doc[i - 1].text == "," and doc[i - 2].lower_ in ROLE_BEFORE


def _place_position(ent: Span) -> bool:
    """Where only a place stands: before "district", "area", "camp"…, after "in", "near", "west of"…, or
    as what an attack struck."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in PLACE_NOUNS:
        return True
    root = ent.root
    if root.dep_ == "dobj":  # "shelled Kherson"; but people are targeted as well as places
        return root.head.lemma_.lower() in ATTACK_OBJECT_VERBS - {"target"}
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in ("in", "near", "outside", "around", "into", "inside"):
        return True
    return prep.lower_ == "of" and prep.head.lower_ in BEARINGS


def _prepositional(token: Token) -> bool:
    """'near Harem', 'in Mayadeen', 'town of X': a place word position, not a name in a list of people."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ in {
        "in",
        "near",
        "of",
        "around",
        "outside",
        "at",
        "from",
        "on",
        "into",
        "to",
    }


def org_kind(name: str) -> str:
    lowered = name.lower()
    for kind, pattern in KIND_WORDS:
        if re.search(pattern, lowered):
            return kind
    return "other"
