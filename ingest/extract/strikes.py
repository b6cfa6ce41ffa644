"""Strike events: where, by whom, on whom, as reported in one article (figures, dates and kinds have
their own modules).

Mentions of one event in an article ("the strike", a second sentence about the same place) fold into
one event keyed by place and kind; the writer then merges events across articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ingest.extract.dates import event_date, resolve_date, set_in_an_earlier_year
from ingest.extract.figures import Casualties, casualties
from ingest.extract.kinds import VAGUE_KINDS, aerial_compatible, compatible_kinds, strike_kind
from ingest.extract.nlp import STRIKE_NOUNS, furniture
from ingest.extract.registry import Registry
from ingest.extract.rules import terms, words

VEHICLES = terms("vehicles")
COMPASS_POINTS = terms("compass_points")
ATTACK_OBJECT_VERBS = terms("attack_object_verbs")
ITERATIVE_ADVERBS = terms("iterative_adverbs")
OCCASION_NOUNS = terms("occasion_nouns")
# Strike cues that name one event; the vaguer ones ("barrage", "offensive", "blast") do not.
TRIGGER_NOUNS = STRIKE_NOUNS - terms("vague_strike_nouns")
TRIGGER_VERBS = terms("trigger_verbs")
DAY_WORDS = terms("day_words")
SELF_PRONOUNS = terms("self_pronouns")
REPORTING = terms("reporting_verbs")
BLAME = terms("blame_verbs")
ANAPHORA = terms("anaphora")
EVENT_ANAPHORS = terms("event_anaphors")  # "the incident": an earlier event, named again
QUANTITIES = terms("quantities")
WEAPONS = terms("weapons")
AGGREGATE = re.compile(r"\b(?:" + "|".join(words("aggregate_words")) + r")\b|\b\d{1,3},\d{3}\b", re.I)
LOCATIVE = terms("locative_preps")
CONDUCT = terms("conduct_verbs")
# verbs that set a weapon on its way
LAUNCH = CONDUCT | terms("launch_verbs")


@dataclass
class Event:
    key: tuple[str, ...]
    kind: str
    place_id: str
    sent: Span
    trigger: Token
    perpetrators: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    date: str | None = None
    precision: str | None = None
    statement_date: bool = False  # the date is only that of a statement about the event
    casualties: Casualties = field(default_factory=Casualties)
    sentences: set[int] = field(default_factory=set)


class StrikeFinder:
    """Finds the strike events of one article."""

    def __init__(self, doc: Doc, reg: Registry, published: date | None) -> None:
        self.doc = doc
        self.reg = reg
        self.published = published
        self.events: list[Event] = []
        self.by_sentence: dict[int, list[Event]] = {}

    def triggers(self, sent: Span) -> list[Token]:
        found = []
        for i in self.doc._.strike_words:
            token = self.doc[i]
            if not (sent.start <= i < sent.end):
                continue
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                if lemma not in {
                    "shell",
                    "bomb",
                    "raid",
                }:  # "Shelling hit the market": a gerund names the event
                    continue
            elif token.pos_ == "VERB":
                if lemma not in TRIGGER_VERBS:
                    continue
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is None or not (
                    subject.lemma_.lower() in VEHICLES
                    or subject.i in self.reg.by_token
                    or self.own_speaker(subject)
                ):
                    continue
            elif lemma not in TRIGGER_NOUNS:
                continue
            elif token.dep_ == "compound" and token.head.lemma_.lower() in TRIGGER_NOUNS:
                continue  # "drone attack": the head is the trigger
            elif lemma in WEAPONS and not _weapon_used(token):
                continue  # "missile storage sites", "assembling drones", "shot down a drone": no attack
            if token.dep_ == "conj" and token.head.i in self.doc._.strike_words:
                continue  # "rockets and barrel bombs fell": one event
            if _under_attack_as_a_state(token) or _repeated(token):
                continue
            found.append(token)
        for token in sent:  # verbs with a weapon as subject: "Russian planes destroyed two hospitals"
            if (
                token.pos_ == "VERB"
                and token.lemma_.lower() in TRIGGER_VERBS
                and token.i not in self.doc._.strike_words
            ):
                subject = next((c for c in token.children if c.dep_ in ("nsubj",)), None)
                weapons = VEHICLES - {"force", "forces", "military", "army", "troops"}
                aimed = token.lemma_.lower() in ("target", "strike", "bomb", "shell")
                if (
                    subject is not None
                    and (
                        subject.lemma_.lower() in weapons
                        or (aimed and subject.lemma_.lower() in VEHICLES)
                        or (aimed and self.own_speaker(subject))  # "the army said it had targeted …"
                    )
                    and not _repeated(token)
                ):
                    found.append(token)
        return sorted(found, key=lambda t: t.i)

    def places_near(self, trigger: Token, sent: Span, *, own_clause: bool = False) -> list[str]:
        """Places in the trigger's clause, most specific first; else (unless `own_clause`) anywhere in the
        sentence. A clause nested in the trigger's ("…, as the coalition answered with strikes on Sanaa")
        speaks of something else."""
        clause = trigger
        while (
            clause.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp")
            and clause.head is not clause
        ):
            clause = clause.head
        nested = {
            t.i
            for child in clause.subtree
            if child is not clause
            and child.dep_ in ("advcl", "ccomp", "conj")
            and child.pos_ in ("VERB", "AUX")
            and trigger not in child.subtree
            for t in child.subtree
        }
        in_clause = {t.i for t in clause.subtree} - nested
        places: list[tuple[int, int, str]] = []
        for m in self.reg.mentions:
            if not (sent.start <= m.start < sent.end):
                continue
            entity = self.reg.entities[m.entity_id]
            if entity.label != "Place" or not _locative(self.doc[m.end - 1]):
                continue
            country = self.reg.gz.country(entity.name) if entity.kind == "country" else None
            if country and self.doc[m.end - 1].dep_ == "compound" and m.surface in country.demonyms:
                continue  # "a US air strike" says who struck, not where
            token = self.doc[m.end - 1]
            # "a market in the town west of X": X is where the town lies from, not where the strike was
            landmark = (
                token.dep_ == "pobj"
                and token.head.lower_ == "of"
                and token.head.head.lower_ in COMPASS_POINTS
            )
            rank = (0 if m.start in in_clause else 1, landmark, -self.depth(m.entity_id), m.start)
            places.append((*rank, m.entity_id))
        places.sort()
        if own_clause:
            places = [p for p in places if p[0] == 0]
        return list(dict.fromkeys(p[-1] for p in places))

    def depth(self, place_id: str) -> int:
        """How far down its containment chain a place sits: a country 0, a province 1, a town in it 2."""
        depth, seen = 0, set()
        entity = self.reg.entities.get(place_id)
        while entity is not None and entity.parent_id and entity.id not in seen:
            seen.add(entity.id)
            depth += 1
            entity = self.reg.entities.get(entity.parent_id)
        return depth

    def owned_elsewhere(self, trigger: Token, sent: Span, place: str) -> bool:
        """Another attack word of the sentence has this place in its own clause."""
        return any(
            place in self.places_near(other, sent, own_clause=True)
            for other in self.triggers(sent)
            if other is not trigger
        )

    def vaguer(self, broad: str, specific: str) -> bool:
        """A region the gazetteer does not chain places into ("Darfur"), in the specific place's country."""
        one, other = self.reg.entities.get(broad), self.reg.entities.get(specific)
        return (
            one is not None
            and other is not None
            and one.kind == "region"
            and one.country_code == other.country_code
            and self.depth(specific) > self.depth(broad)
        )

    def within(self, inner: str, outer: str) -> bool:
        entity, seen = self.reg.entities.get(inner), set()
        while entity is not None and entity.parent_id and entity.id not in seen:
            seen.add(entity.id)
            if entity.parent_id == outer:
                return True
            entity = self.reg.entities.get(entity.parent_id)
        return False

    def perpetrators(self, trigger: Token, claimants: list[str]) -> list[str]:
        """Who struck: "Russian air strikes", "Israel's strikes", "X carried out strikes", "struck by X"."""
        found: list[str] = []
        tokens = [trigger, *(c for c in trigger.children if c.dep_ in ("compound", "amod", "poss", "nmod"))]
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by"):
                tokens += [c for c in child.subtree if c.dep_ in ("pobj", "compound", "amod", "poss")]
        head = trigger.head
        if trigger.dep_ in ("dobj", "nsubjpass", "conj") and head.lemma_.lower() in LAUNCH:
            doer = head
            while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
                doer = doer.head  # "jets entered … and dropped bombs"
            tokens += [t for c in doer.children if c.dep_ == "nsubj" for t in c.subtree]
            tokens += _agents(doer)  # "the drones were launched by the RSF"
        for participle in (c for c in trigger.children if c.dep_ == "acl"):
            tokens += _agents(participle)  # "a missile fired by the Houthis", "drones operated by X"
        if (
            trigger.dep_ in ("pcomp", "pobj")
            and head.lower_ in ("of", "for")
            and head.head.lemma_.lower() in BLAME
        ):  # "accused the U.S. of bombing", "blamed X for the attack"
            tokens += [t for c in head.head.children if c.dep_ == "dobj" for t in c.subtree]
        if trigger.dep_ == "dobj" and head.lemma_.lower() in BLAME:  # "blamed the attack on X"
            tokens += [t for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree]
        if trigger.pos_ == "VERB":
            tokens += [t for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree]
        passive_head = head.head if trigger.dep_ == "pobj" and head.dep_ == "agent" else None
        if trigger.dep_ == "pobj" and head.lower_ == "by":
            tokens += list(head.subtree)
        if passive_head is not None:
            tokens += list(head.subtree)
        for token in tokens:
            actor = self._actor_at(token, claimants)
            if actor and actor not in found:
                found.append(actor)
        return found

    def _actor_at(self, token: Token, claimants: list[str]) -> str | None:
        m = self.reg.by_token.get(token.i)
        if m:
            entity = self.reg.entities[m.entity_id]
            if entity.label in ("Person", "Group"):
                return entity.id
            country = self.reg.gz.country(entity.name) if entity.kind == "country" else None
            if country is None or (token.dep_ == "compound" and m.surface not in country.demonyms):
                return None  # "Syria drone strike" says where; "U.S. drone strike" says who
            return self.reg.add_state(country, m.surface)
        country = self.reg.gz.demonym(token.text) if token.pos_ in ("ADJ", "PROPN", "NOUN") else None
        if country:
            return self.reg.add_state(country, None)
        if token.pos_ == "PRON" and token.lower_ in SELF_PRONOUNS:
            return self.own_speaker(token) or next(
                (c for c in claimants if self.reg.label(c) == "Group"), None
            )
        if token.lower_ == "coalition" or token.lemma_.lower() in ("coalition",):
            return self.reg.describe("coalition", token.i)
        return None

    def blamed(self, sent: Span) -> str | None:
        """The actor a sentence blames or accuses, with no attack word of its own."""
        for token in sent:
            if token.pos_ == "VERB" and token.lemma_.lower() in ("blame", "accuse"):
                for obj in (c for c in token.children if c.dep_ == "dobj"):
                    for word in obj.subtree:
                        m = self.reg.by_token.get(word.i)
                        if m and self.reg.label(m.entity_id) == "Group":
                            return m.entity_id
        return None

    def own_speaker(self, pronoun: Token) -> str | None:
        """The group a pronoun in reported speech stands for: "the army said it had struck …", "X said its
        forces had hit …" make the speaker the one who struck."""
        if pronoun.lower_ not in SELF_PRONOUNS and not any(
            c.lower_ in SELF_PRONOUNS for c in pronoun.children
        ):
            return None
        for verb in pronoun.ancestors:
            if verb.lemma_.lower() in REPORTING:
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None:
                    return None
                m = self.reg.by_token.get(subject.i)
                actor = (
                    m.entity_id if m else self.reg.describe(subject.lemma_, subject.i)
                )  # "the army said …"
                return actor if actor and self.reg.label(actor) == "Group" else None
        return None

    def targets(self, trigger: Token, perpetrators: list[str]) -> list[str]:
        aimed = trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in ("target", "hit", "strike", "kill")
        scope = (
            [trigger, trigger.head] if trigger.dep_ in ("dobj", "pobj", "nsubjpass") or aimed else [trigger]
        )
        found: list[str] = []
        for head in scope:
            for child in head.children:
                if child.dep_ in ("dobj", "prep", "advcl", "xcomp", "acl") and child.i > trigger.i - 1:
                    for t in child.subtree:
                        m = self.reg.by_token.get(t.i)
                        if (
                            m
                            and self.reg.entities[m.entity_id].kind in ("armed_group", "military")
                            and m.entity_id not in perpetrators
                            and m.entity_id not in found
                        ):
                            found.append(m.entity_id)
        return found

    def find(self, claims_by_sentence: dict[int, list[str]]) -> list[Event]:
        previous: Event | None = None
        for sent in self.doc.sents:
            if furniture(sent):
                continue
            triggers = self.triggers(sent)
            for trigger in triggers:
                for event in self.events_for(trigger, sent, previous, claims_by_sentence.get(sent.start, [])):
                    event.sentences.add(sent.start)
                    previous = event
            if not triggers and previous is not None and (anaphor := self.recalled(sent, previous)):
                self._enrich(previous, anaphor, sent, claims_by_sentence.get(sent.start, []))
                previous.sentences.add(sent.start)
            blamed = self.blamed(sent) if not triggers and previous is not None else None
            if blamed and not previous.perpetrators:  # "The volunteers blamed the RSF." after the report
                previous.perpetrators.append(blamed)
                previous.sentences.add(sent.start)
        self.fold()
        for event in self.events:
            for start in sorted(event.sentences):
                self.by_sentence.setdefault(start, []).append(event)
        return self.events

    def recalled(self, sent: Span, previous: Event) -> Token | None:
        """A word that refers back to the last event in a sentence that gives its toll or day, though it
        names no attack: "30 were killed in the incident on Friday", "the explosion wounded 12"."""
        for token in sent:
            determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
            if token.lemma_.lower() not in EVENT_ANAPHORS or determiner not in ANAPHORA:
                continue
            places = self.places_near(token, sent)
            if places and not any(
                p == previous.place_id
                or self.within(p, previous.place_id)
                or self.vaguer(p, previous.place_id)
                for p in places
            ):
                return None
            if casualties(sent).killed is not None:
                return token
        return None

    def events_for(
        self, trigger: Token, sent: Span, previous: Event | None, claimants: list[str]
    ) -> list[Event]:
        """Usually one event; "air strikes in northern Iraq and Syria" are one per place."""
        first = self.event_for(trigger, sent, previous, claimants)
        if first is None:
            return []
        found = [first]
        for place in self.places_near(trigger, sent)[1:]:
            if self._coordinated(place, first.place_id):
                key = (place, first.kind)
                twin = next((e for e in self.events if e.key == key), None)
                if twin is None:
                    twin = Event(key, first.kind, place, sent, trigger)
                    self.events.append(twin)
                self._enrich(twin, trigger, sent, claimants)
                found.append(twin)
        return found

    def _coordinated(self, place: str, other: str) -> bool:
        for m in self.reg.mentions:
            token = self.doc[m.end - 1]
            head = self.reg.by_token.get(token.head.i)
            if m.entity_id == place and token.dep_ == "conj" and head is not None and head.entity_id == other:
                return True
        return False

    def same_side(self, one: list[str], other: list[str]) -> bool:
        mine = {self.reg.side(p) for p in one} - {None}
        theirs = {self.reg.side(p) for p in other} - {None}
        return bool(mine & theirs) or bool(set(one) & set(other))

    def fold(self) -> None:
        """Fold vaguer reports into the specific event they describe: "strikes in Syria" into the strike on a
        town in Syria by the same side, a province-level report into the village named in that province."""
        changed = True
        while changed:
            changed = False
            for vague in sorted(self.events, key=lambda e: self.depth(e.place_id)):
                fits = aerial_compatible if self.depth(vague.place_id) == 0 else compatible_kinds
                targets = [
                    e
                    for e in self.events
                    if e is not vague
                    and self.within(e.place_id, vague.place_id)
                    and fits(e.kind, vague.kind)
                    and (
                        not vague.perpetrators
                        or not e.perpetrators
                        or self.same_side(vague.perpetrators, e.perpetrators)
                    )
                ]
                if vague.perpetrators:
                    sided = [
                        e
                        for e in targets
                        if e.perpetrators and self.same_side(vague.perpetrators, e.perpetrators)
                    ]
                    targets = sided or (targets if len(targets) == 1 else [])
                if len(targets) == 1:
                    self.merge_into(targets[0], vague)
                    changed = True
                    break

    def merge_into(self, target: Event, other: Event) -> None:
        for actor in other.perpetrators:
            if actor not in target.perpetrators:
                target.perpetrators.append(actor)
        for actor in other.targets:
            if actor not in target.targets:
                target.targets.append(actor)
        target.sentences |= other.sentences
        if target.kind in VAGUE_KINDS:
            target.kind = other.kind
        if target.date is None or (target.statement_date and other.date and not other.statement_date):
            target.date, target.precision = other.date, other.precision
            target.statement_date = other.statement_date
        if target.casualties.killed is None:
            target.casualties = other.casualties
        self.events.remove(other)

    def event_for(
        self, trigger: Token, sent: Span, previous: Event | None, claimants: list[str]
    ) -> Event | None:
        words = self.doc[max(trigger.i - 4, sent.start) : trigger.i + 1].text
        if AGGREGATE.search(words) or set_in_an_earlier_year(sent, self.published):
            return None
        determiner = next((c.lower_ for c in trigger.children if c.dep_ == "det"), None)
        if any(c.dep_ == "poss" and c.lower_ in DAY_WORDS for c in trigger.children):
            determiner = "the"  # "Sunday's strike" refers back like "the strike"
        places = self.places_near(trigger, sent, own_clause=determiner in ANAPHORA)
        # "jets struck Hodeidah, hours after the group fired missiles at a ship": no place of its own
        if (
            places
            and trigger.pos_ != "VERB"  # "the army said it had targeted …" speaks of the sentence's strike
            and not self.places_near(trigger, sent, own_clause=True)
            and self.owned_elsewhere(trigger, sent, places[0])
        ):
            return None
        kind = strike_kind(trigger, sent)
        perpetrators = self.perpetrators(trigger, claimants)
        if not places:
            attach = (
                determiner in ANAPHORA
                or trigger.pos_ == "VERB"
                or (previous and compatible_kinds(previous.kind, kind))
            )
            if previous is not None and (
                attach or (perpetrators and self.same_side(perpetrators, previous.perpetrators))
            ):
                self._enrich(previous, trigger, sent, claimants)
                return previous
            if determiner in ANAPHORA:
                return None
            place = self._fallback_place(trigger, claimants)
            if place is None:
                return None
            places = [place]
        if (
            previous is not None
            and determiner in ANAPHORA
            and compatible_kinds(previous.kind, kind)
            and (self.within(places[0], previous.place_id) or self.vaguer(previous.place_id, places[0]))
        ):
            previous.place_id = places[0]  # "the strike hit a farm near Harem": the same strike, now placed
            self._enrich(previous, trigger, sent, claimants)
            return previous
        if kind == "other" and previous is not None and previous.place_id in places:
            self._enrich(previous, trigger, sent, claimants)
            return previous
        key = (places[0], kind)
        for event in self.events:
            if event.place_id != places[0]:
                continue
            allied = perpetrators and event.perpetrators and self.same_side(perpetrators, event.perpetrators)
            clash = perpetrators and event.perpetrators and not allied
            if allied or (compatible_kinds(event.kind, kind) and not clash):
                if event.kind in VAGUE_KINDS:
                    event.kind = kind
                self._enrich(event, trigger, sent, claimants)
                return event
        if any(event.key[:2] == key for event in self.events):
            key = (*key, ",".join(sorted({self.reg.side(p) or p for p in perpetrators})))
        event = Event(key, kind, places[0], sent, trigger)
        self.events.append(event)
        self._enrich(event, trigger, sent, claimants)
        return event

    def _fallback_place(self, trigger: Token, claimants: list[str]) -> str | None:
        """No place in the sentence: the country the article is mostly about, unless the perpetrator's."""
        perpetrators = self.perpetrators(trigger, claimants)
        if not perpetrators:
            return None
        sides = {self.reg.side(p) for p in perpetrators}
        counts: dict[str, int] = {}
        for token in self.doc:
            country = self.reg.gz.demonym(token.text) if token.pos_ in ("ADJ", "PROPN") else None
            m = self.reg.by_token.get(token.i)
            if m and self.reg.entities[m.entity_id].kind == "country":
                country = self.reg.gz.country(self.reg.entities[m.entity_id].name)
            if country and country.code not in sides:
                counts[country.code] = counts.get(country.code, 0) + 1
        if not counts:
            return None
        code = max(counts, key=counts.get)
        return self.reg.add_place(
            self.reg.gz.country_place(self.reg.gz.countries[code]), None, mentioned=True
        )

    def _enrich(self, event: Event, trigger: Token, sent: Span, claimants: list[str]) -> None:
        for actor in self.perpetrators(trigger, claimants):
            if actor not in event.perpetrators:
                event.perpetrators.append(actor)
        for actor in self.targets(trigger, event.perpetrators):
            if actor not in event.targets:
                event.targets.append(actor)
        if event.date is None or event.statement_date:
            day, precision, statement = event_date(sent, self.published)
            if day is not None and (event.date is None or not statement):
                event.date, event.precision, event.statement_date = day, precision, statement
            elif event.date is None:
                event.date, event.precision = resolve_date(sent, self.published)
        found = casualties(sent)
        if event.casualties.killed is None and found.killed is not None:
            event.casualties.killed, event.casualties.qualifier = found.killed, found.qualifier
        if event.casualties.wounded is None and found.wounded is not None:
            event.casualties.wounded = found.wounded


def _under_attack_as_a_state(token: Token) -> bool:
    """Being or having come "under attack" is a state, not one event: "its strongholds have come under
    attack", "the villages are under fire"; "the convoy came under attack on Saturday" is an event."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "under"):
        return False
    verb = token.head.head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect or verb.lemma_ == "be"


def _repeated(token: Token) -> bool:
    """An attack said to recur is a pattern, not one event: "had bombed the town several times", "have
    repeatedly shelled the city", "struck the camp on several occasions"."""
    verb = token if token.pos_ == "VERB" or token.head.pos_ != "VERB" else token.head
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ITERATIVE_ADVERBS:
            return True
        counted = [child] if child.tag_ == "NNS" else [c for c in child.children if c.tag_ == "NNS"]
        if child.dep_ in ("npadvmod", "dobj", "prep") and any(n.lemma_ in OCCASION_NOUNS for n in counted):
            return True
    return False


def _agents(verb: Token) -> list[Token]:
    """The words of a passive verb's "by" phrase."""
    return [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]


def _weapon_used(token: Token) -> bool:
    """A weapon noun names an attack only where it acts ("a drone hit"), is fired ("launched 83 drones",
    "a missile fired by X") or does the harm ("hit by a drone"), not as a thing made, stored or shot down."""
    while token.head is not token:
        if token.dep_ in ("conj", "appos"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in QUANTITIES:
            token = token.head.head  # "dozens of rockets fell": the quantity holds the weapon's role
        else:
            break
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    if any(c.dep_ == "acl" and c.lemma_.lower() in LAUNCH for c in token.children):
        return True
    head = token.head
    if token.dep_ == "dobj":
        return head.lemma_.lower() in LAUNCH
    if token.dep_ == "pobj":
        return head.lower_ in ("by", "with", "from") or (
            head.lower_ in ("of", "in") and head.head.lemma_.lower() in TRIGGER_NOUNS | QUANTITIES
        )
    return False


def _locative(token: Token) -> bool:
    """Where something happens ("in Aleppo", "the city of Kremenchuk"), not an actor ("Russia said") nor
    where it came from ("jets flying from a base in Latakia", "missiles fired from the Belgorod region")."""
    if any(a.dep_ == "prep" and a.lower_ == "from" for a in token.ancestors):
        return False
    while token.dep_ in ("compound", "amod", "conj", "appos", "nmod", "npadvmod") and token.head is not token:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in LOCATIVE
    if token.dep_ == "compound" and token.head.lemma_.lower() in TRIGGER_NOUNS | {"airstrike"}:
        return True
    return token.dep_ == "dobj" and token.head.lemma_.lower() in ATTACK_OBJECT_VERBS
