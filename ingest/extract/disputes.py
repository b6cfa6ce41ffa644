"""Who disputes which claim.

- An owned denial ("X rejected claims made by Turkey that …", "denying UN Commission claims …")
  adds the owner's claim in that sentence and disputes every claim of the owner's side.
- A parenthetical one ("…, a claim Russia refutes") disputes the other side's claims in its sentence.
- A bare denial ("X denied that it had targeted a home", "denied reports that Y was killed")
  disputes the other side's claims in its sentence and those elsewhere that assert the same thing.
- Counter-accounts of one strike: when the state hit accuses the perpetrator of harming civilians and
  the perpetrator's side gives its own account of the same strike, each disputes the other's.
Unconfirmed statements ("had no information", "could not confirm") neither dispute nor are disputed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.extract.claims import CLAIM_NOUNS, Attribution, Statement
from ingest.extract.figures import casualties
from ingest.extract.rules import terms
from ingest.extract.strikes import Event

STRIKE_CLASS = terms("strike_class")
KILL_CLASS = terms("kill_class")
IGNORED = terms("dispute_ignored")
BLANKET_OBJECTS = terms("blanket_objects")
CIVILIAN_HARM = terms("civilian_harm")
CONDEMN_VERBS = terms("condemn_verbs")


def content_key(span: Span | None, attribution: Attribution) -> set[str]:
    """What a statement is about, as comparable words: strike and killing words fold into one class each."""
    if span is None:
        return set()
    key = set()
    for token in span:
        m = attribution.reg.by_token.get(token.i)
        if m:
            key.add(m.entity_id)
            continue
        if token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
            continue
        lemma = token.lemma_.lower()
        if lemma in STRIKE_CLASS:
            key.add("<strike>")
        elif lemma in KILL_CLASS:
            key.add("<kill>")
        elif lemma not in IGNORED and len(lemma) > 2:
            key.add(lemma)
    return key


class Disputes:
    def __init__(self, attribution: Attribution, statements: list[Statement]) -> None:
        self.att = attribution
        self.reg = attribution.reg
        self.statements = statements

    def sides(self, ids: list[str] | set[str]) -> set[str]:
        """The sides actors speak for: their country, else the group they belong to, else themselves."""
        found = set()
        for actor in ids:
            group = next((g for (p, g) in self.reg.memberships if p == actor), None)
            found.add(self.reg.side(actor) or (group and self.reg.side(group)) or group or actor)
        return found

    def opposed(self, st: Statement, deniers: list[str]) -> bool:
        if set(st.claimants) & set(deniers) or not st.claimants or st.stance == "unconfirmed":
            return False
        return not self.sides(deniers) & self.sides(st.claimants)

    def link(self, events_by_sentence: dict[int, list[Event]]) -> list[Statement]:
        added: list[Statement] = []
        for st in [s for s in self.statements if s.denial]:
            owned = self.owned_claim(st)
            if owned is not None:
                added.append(owned)
                for other in self.statements:
                    if (other is not st and set(other.claimants) & set(owned.claimants)) or (
                        self.sides(other.claimants) & self.sides(owned.claimants)
                        and self.opposed(other, st.claimants)
                    ):
                        other.disputers.update(st.claimants)
                continue
            same_sentence = [o for o in self.statements if o is not st and o.sent.start == st.sent.start]
            for other in same_sentence:
                if self.opposed(other, st.claimants) and not other.denial:
                    other.disputers.update(st.claimants)
            if st.parenthetical:
                continue
            event = self.event_of(st, events_by_sentence) if self.blanket(st) else None
            if event is not None:  # "X denied responsibility": the other sides' accounts that blame X
                for other in self.statements:
                    if (
                        other.sent.start in event.sentences
                        and not other.denial
                        and self.opposed(other, st.claimants)
                        and self.names(other, st.claimants)
                    ):
                        other.disputers.update(st.claimants)
            self.answer(st, events_by_sentence)
            if _standing(st.cue):
                continue  # "both deny targeting civilians": a standing position, it answers no report
            denied = content_key(st.content, self.att)
            for other in self.statements:
                if (
                    other is st
                    or other.sent.start == st.sent.start
                    or other.denial
                    or not self.opposed(other, st.claimants)
                ):
                    continue
                # the account just before a denial needs less in common with it to be what it denies
                close = (
                    0 < _sentences_between(st.sent, other.sent.start) <= 2
                    and other.sent.start < st.sent.start
                )
                if len(denied & content_key(other.content or other.sent, self.att)) >= (
                    1 if close else 2
                ) and not _denies_harm(other.sent):
                    other.disputers.update(st.claimants)
        for st in self.statements:
            if not st.denial and st.stance != "unconfirmed":
                self.rebut(st)
        self.counter_accounts(events_by_sentence)
        return added

    def rebut(self, st: Statement) -> None:
        """A counter-statement ("there are no workshops here") answers an opposing account just before it
        that speaks of the same thing ("workshops used by militants")."""
        negated = _negated(st.content or st.sent)
        for other in self.statements:
            span = other.content or other.sent
            if (
                other.sent.start < st.sent.start
                and _sentences_between(st.sent, other.sent.start) <= 3
                and self.disputable(other, st)
                and negated & {t.lemma_.lower() for t in span}
            ):
                other.disputers.update(st.claimants)

    def answer(self, st: Statement, events_by_sentence: dict[int, list[Event]]) -> None:
        """What a denial answers beyond its own sentence. "said the claim was a lie", "rejected what it called
        propaganda": the opposing account just before it. "denied that civilians had been harmed", "denied
        targeting civilians": the opposing accounts of harm in the strike it answers."""
        before = [o for o in self.statements if o.sent.start < st.sent.start and self.disputable(o, st)]
        words = {t.lemma_.lower() for t in (st.content if st.content is not None else st.sent)}
        recent = [o for o in before if _sentences_between(st.sent, o.sent.start) <= 3]
        if words & (CLAIM_NOUNS | {"what", "story"}) and recent:
            # "rejected the accusations": the account that accuses the denier, else the one just before
            accusing = [o for o in recent if self.names(o, st.claimants)] or recent
            nearest = max(o.sent.start for o in accusing)
            for other in accusing:
                if other.sent.start == nearest:
                    other.disputers.update(st.claimants)
        if not words & (CIVILIAN_HARM | KILL_CLASS | {"harm", "target", "hit", "casualty"}):
            return
        if _habitual(st.cue):
            return  # "has repeatedly denied killing civilians", "both deny targeting civilians": no answer
        event = self.event_of(st, events_by_sentence)
        since = min(event.sentences) if event is not None else 0
        for other in before:
            span = other.content if other.content is not None else other.sent
            reports_harm = casualties(span).killed is not None or bool(
                {t.lemma_.lower() for t in span} & (CIVILIAN_HARM | KILL_CLASS)
            )
            if reports_harm and other.sent.start >= since and not _denies_harm(other.sent):
                other.disputers.update(st.claimants)

    def disputable(self, other: Statement, denial: Statement) -> bool:
        return other is not denial and not other.denial and self.opposed(other, denial.claimants)

    def blanket(self, st: Statement) -> bool:
        """A denial of responsibility or of "the reports", not of a stated fact."""
        obj = next((c for c in st.cue.children if c.dep_ == "dobj"), None)
        return st.content is None or (obj is not None and obj.lemma_.lower() in BLANKET_OBJECTS)

    def names(self, st: Statement, actors: list[str]) -> bool:
        """The statement names one of the actors or their side ("RSF positions", "Russian missiles")."""
        sides = self.sides(actors)
        for token in st.sent:
            m = self.reg.by_token.get(token.i)
            if m and (m.entity_id in actors or self.sides([m.entity_id]) & sides):
                return True
            country = self.reg.gz.demonym(token.text)
            if country and country.code in sides:
                return True
        return False

    def event_of(self, st: Statement, events_by_sentence: dict[int, list[Event]]) -> Event | None:
        """The strike a denial answers: the one its sentence reports, else the one reported last before it."""
        here = events_by_sentence.get(st.sent.start)
        if here:
            return here[0]
        before = [start for start in events_by_sentence if start < st.sent.start]
        return events_by_sentence[max(before)][-1] if before else None

    def owned_claim(self, st: Statement) -> Statement | None:
        """ "denied claims made by Turkey that …": Turkey's claim, disputed by the denier."""
        obj = next((c for c in st.cue.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            return None
        named = self.reg.by_token.get(obj.i)
        if named is not None and self.reg.label(named.entity_id) != "Place":
            # "denying UN Commission claims …" parsed with the commission as the object
            owners = [named.entity_id]
            if any(o.sent.start == st.sent.start and named.entity_id in o.claimants for o in self.statements):
                for other in self.statements:
                    if named.entity_id in other.claimants:
                        other.disputers.update(st.claimants)
                return None
        elif obj.lemma_.lower() not in CLAIM_NOUNS:
            return None
        else:
            owners = self.owners(obj, st)
        if not owners:
            return None
        clause = next((c for c in obj.children if c.dep_ in ("ccomp", "acl", "relcl")), None)
        if (
            clause is None
        ):  # "rejected Moscow's version": no claim stated here, the owner's own claims answered
            for other in self.statements:
                if (
                    other is not st
                    and self.opposed(other, st.claimants)
                    and set(other.claimants) & set(owners)
                ):
                    other.disputers.update(st.claimants)
            return None
        content = st.cue.doc[clause.left_edge.i : clause.right_edge.i + 1]
        owned = Statement(st.sent, obj, obj.text, owners, content, 0.8)
        owned.disputers.update(st.claimants)
        return owned

    def owners(self, obj: Token, st: Statement) -> list[str]:
        """Whose claims: "Turkey's claims", "claims by/of/from X", "claims made by X", "UN claims"."""
        owner_tokens: list[Token] = [c for c in obj.children if c.dep_ in ("poss", "compound", "nmod")]
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
                owner_tokens += [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "acl":
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    owner_tokens += [c for c in agent.children if c.dep_ == "pobj"]
        owners: list[str] = []
        for token in owner_tokens:
            for actor in self.att.speaker(token):
                if actor not in owners and actor not in st.claimants:
                    owners.append(actor)
        return owners

    def counter_accounts(self, events_by_sentence: dict[int, list[Event]]) -> None:
        """Only where no one denies outright: an explicit denial already says who disputes what."""
        denials = {s.sent.start for s in self.statements if s.denial}
        for events in events_by_sentence.values():
            for event in events:
                if not denials & event.sentences:
                    self._counter(event)

    def _counter(self, event: Event) -> None:
        perpetrator_sides = self.sides(event.perpetrators)
        if not perpetrator_sides:
            return
        about = [
            s
            for s in self.statements
            if s.sent.start in event.sentences and s.claimants and s.stance != "unconfirmed"
        ]
        own = [s for s in about if self.sides(s.claimants) & perpetrator_sides]
        accusers = [s for s in about if s not in own and self._accuses(s, event)]
        if not own or not accusers:
            return
        for s in own:
            for accuser in accusers:
                s.disputers.update(accuser.claimants)
        for accuser in accusers:
            for s in own:
                accuser.disputers.update(s.claimants)

    def _accuses(self, st: Statement, event: Event) -> bool:
        """The statement blames the perpetrator for harm to civilians. Condemning the strike ("condemned the
        strikes as an attack on citizens") is a claim of its own, not a competing account of it."""
        if _condemns(st.cue):
            return False
        words = {t.lower_ for t in st.sent} | {t.lemma_.lower() for t in st.sent}
        names_perpetrator = any(
            ((m := self.reg.by_token.get(t.i)) and m.entity_id in event.perpetrators)
            or ((c := self.reg.gz.demonym(t.text)) and c.state_id in event.perpetrators)
            for t in st.sent
        )
        return names_perpetrator and bool(words & CIVILIAN_HARM)


def _sentences_between(sent: Span, earlier_start: int) -> int:
    return sum(1 for s in sent.doc.sents if earlier_start < s.start <= sent.start)


def _habitual(cue: Token) -> bool:
    """A standing denial rather than an answer: present tense, perfect or "repeatedly"."""
    return cue.tag_ in ("VBP", "VBZ", "VB") or any(
        c.lower_ in ("has", "have", "repeatedly", "routinely", "always", "consistently") for c in cue.children
    )


def _condemns(cue: Token) -> bool:
    verbs = [cue, cue.head, *cue.conjuncts]
    return any(v.pos_ == "VERB" and v.lemma_.lower() in CONDEMN_VERBS for v in verbs)


def _denies_harm(span: Span) -> bool:
    """An account that itself says no one was harmed ("there were no civilian casualties") agrees with a
    denial of harm; the denial does not answer it."""
    return any(
        (
            t.lower_ == "no"
            and t.dep_ == "det"
            and t.head.lemma_.lower() in CIVILIAN_HARM | KILL_CLASS | {"casualty"}
        )
        or (t.dep_ == "neg" and t.head.lemma_.lower() in KILL_CLASS | {"harm", "hurt", "injure", "wound"})
        for t in span
    )


def _standing(cue: Token) -> bool:
    """A position held, not an answer: "X and Y both deny targeting civilians", "has repeatedly denied".
    One side's present-tense "X denies arming them" still answers the account that names it."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    shared = subject is not None and (
        any(c.dep_ == "conj" for c in subject.children) or subject.lower_ in ("both", "all")
    )
    return (
        cue.tag_ in ("VBP", "VBZ") and (shared or any(c.lower_ in ("both", "all") for c in cue.children))
    ) or any(c.lower_ in ("repeatedly", "routinely", "always", "consistently") for c in cue.children)


def _negated(span: Span) -> set[str]:
    """What a clause says is not there: "there are no workshops here" gives {"workshop"}."""
    return {
        t.head.lemma_.lower() for t in span if t.lower_ == "no" and t.dep_ == "det" and t.head.pos_ == "NOUN"
    }
