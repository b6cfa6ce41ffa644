"""Attributed statements: who claims what, in which sentence, and who disputes it.

A claim is one (sentence, source) pair: "A said …, while B said …" gives two claims, and so does
nested attribution ("Konashenkov said that Warren alleged …"). The source is the most specific actor
the sentence names (the spokesman) together with the organisation it names for them; pronouns and
definite descriptions ("he added", "the ministry said") resolve to the actor named earlier.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graph import ids
from ingest.extract.nlp import DENIAL_VERBS, furniture
from ingest.extract.registry import DESCRIPTION_HEADS, Registry
from ingest.extract.rules import mapping, terms, words

CLAIM_NOUNS = terms("claim_nouns")
DENIAL_FORMS = terms("denial_forms")
FALSITY = terms("falsity")
PATRON_WORDS = terms("patron_words")
ROLE_NOUNS = terms("role_nouns")
UNCONFIRMED = words("unconfirmed")
PRONOUNS = mapping("pronouns")
WEAK_SOURCES = terms("weak_sources")
STATEMENT_NOUNS = terms("statement_nouns")
PRONOUN_CONFIDENCE = 0.75
GENERIC_GROUPS = terms("generic_groups")
INDEFINITE_KINDS = {head: frozenset(kinds) for head, kinds in mapping("indefinite_kinds").items()}
BODY_HEADS = terms("body_heads")
ORG_HEADS = terms("org_heads")  # an outlet relaying someone else's words is provenance, not a second source


@dataclass
class Statement:
    """One attributed statement before it becomes a Claim."""

    sent: Span
    cue: Token
    cue_text: str
    claimants: list[str]
    content: Span | None
    confidence: float
    denial: bool = False
    parenthetical: bool = False  # "…, a claim Russia refutes": a dispute, not a statement of its own
    disputers: set[str] = field(default_factory=set)
    stance: str = "claimed"

    @property
    def text(self) -> str:
        return (
            self.content.text if self.content is not None and len(self.content) > 2 else self.sent.text
        ).strip()


class Attribution:
    """Finds the statements of one parsed article, using its resolved mentions."""

    def __init__(self, doc: Doc, reg: Registry) -> None:
        self.doc = doc
        self.reg = reg
        self.last_person: str | None = None
        self.last_group: str | None = None
        self.role_holders = self._role_holders()

    # ------------------------------------------------------------------ speakers

    def mention_ids(self, tokens: list[Token]) -> list[str]:
        actor_ids: list[str] = []
        for token in tokens:
            m = self.reg.by_token.get(token.i)
            if m and m.entity_id not in actor_ids:
                actor_ids.append(m.entity_id)
        return actor_ids

    def phrase(self, head: Token) -> list[Token]:
        """The speaker's noun phrase: appositions and "spokesman for X" stay; coordinated speakers go."""
        out, todo = [], [head]
        clauses = [c.i for c in head.children if c.dep_ in ("relcl", "acl", "advcl", "ccomp")]
        cutoff = min(clauses) if clauses else len(self.doc)
        while todo:
            token = todo.pop()
            out.append(token)
            for child in token.children:
                if child.dep_ in ("conj", "cc", "relcl", "acl", "advcl", "ccomp", "punct") and token is head:
                    continue
                if token is head and child.i > cutoff:
                    continue
                if child.dep_ in ("relcl", "ccomp", "advcl"):
                    continue
                todo.append(child)
        return sorted(out, key=lambda t: t.i)

    def speakers(self, head: Token) -> list[list[str]]:
        """Claimant groups for a subject: one group per coordinated speaker."""
        heads = [head, *(c for c in head.conjuncts if c.i > head.i)]
        return [actor_ids for h in heads if (actor_ids := self.speaker(h))]

    def speaker(self, head: Token) -> list[str]:
        tokens = self.phrase(head)
        actor_ids = self.mention_ids([t for t in tokens if not _patron(t)])
        for token in tokens:
            if (
                token is not head
                and token.lower_ in DESCRIPTION_HEADS
                and token.i not in self.reg.by_token
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            ):
                described = self.reg.describe(token.lower_, token.i)
                if described and described not in actor_ids:
                    actor_ids.append(described)
        people = [i for i in actor_ids if self.reg.label(i) == "Person"]
        groups = [i for i in actor_ids if self.reg.label(i) == "Group"]
        places = [i for i in actor_ids if self.reg.label(i) == "Place"]
        on_head = self.reg.by_token.get(head.i)
        role = head.lemma_.lower() if head.lemma_.lower() in ROLE_NOUNS and on_head is None else None
        named = [  # "The government's spokesman, Anas al-Ghariani, said": the role is the man named beside it
            m.entity_id
            for c in head.children
            if c.dep_ == "appos" and (m := self.reg.by_token.get(c.i)) and m.entity_id in people
        ]
        if people and (not role or named):
            person = (
                named[0]
                if named
                else on_head.entity_id
                if on_head and on_head.entity_id in people
                else people[0]
            )
            for group in groups:
                self.reg.memberships.setdefault((person, group), _role(tokens) or "member")
            return [person, *groups]
        if role and not people and _definite(head) and (holder := self.role_holder(role, head.i)):
            for group in groups:  # "the military spokesman said": the man the article gives that role
                self.reg.memberships.setdefault((holder, group), role)
            return [holder, *groups]
        if role and people:  # "the president's spokesman": named in a following sentence, else his state
            return self._unnamed_person(head) or groups[-1:] or self._state_of(tokens)
        if groups:
            if on_head and on_head.entity_id in groups:
                return [on_head.entity_id]
            return groups[-1:]
        if places and (body := self._body_of_place(head, places[-1])):
            return [body]
        if places:
            place = self.reg.entities[places[-1]]
            country = (
                self.reg.gz.country_of(place.name)
                if place.kind == "country" or self._is_capital(place.name)
                else None
            )
            if country:
                mention = self.reg.by_token.get(head.i) or self.reg.by_token.get(tokens[0].i)
                state = self.reg.add_state(country, mention.surface if mention else None)
                if mention and mention.entity_id == places[-1]:
                    mention.entity_id = (
                        state  # "Moscow blamed …": the capital speaks for the state, it is no place here
                    )
                return [state]
            return []
        if head.lemma_.lower() in STATEMENT_NOUNS and _definite(head) and self.last_group:
            return [self.last_group]  # "the statement added": the body whose statement it is
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            found = self.main_subject(head) or (
                self.last_person if PRONOUNS[head.lower_] == "Person" else self.last_group
            )
            return [found] if found else []
        if head.pos_ == "PROPN":
            known = self.untagged_name(head)
            if known:
                return [known]
        determiner = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
        for word in (head.lower_, head.lemma_.lower()):
            definite = determiner in ("the", "this", "its", "their") or word in ("officials", "authorities")
            if word in DESCRIPTION_HEADS and definite:
                described = self.reg.describe(word, head.i, ahead=False)
                if (
                    word in GENERIC_GROUPS
                    and self.last_group
                    and self.reg.entities[self.last_group].kind != "state"
                ):
                    described = self.last_group  # "…, the group said": the organisation quoted last
                if described := described or self.reg.describe(word, head.i):
                    return [described]
        if determiner in ("a", "an") and head.lemma_.lower() in INDEFINITE_KINDS:
            kinds = INDEFINITE_KINDS[head.lemma_.lower()]
            modifiers = {t.lemma_.lower() for t in tokens if t.i < head.i}
            if modifiers & {"rights", "monitor", "humanitarian", "aid", "activist"}:
                kinds = {"ngo"}
            elif modifiers & {"militant", "armed", "rebel", "insurgent", "jihadist", "terrorist"}:
                kinds = {"armed_group"}
            found = self.nearest_of_kind(head, kinds)
            if found:
                return [found]
        if head.lemma_.lower() in ORG_HEADS and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children
        ):
            name = self.doc[head.i : tokens[-1].i + 1].text  # "the office of Afghan President Ashraf Ghani"
            return [self.reg.add_group(ids.group(name), name, "government", name, self._side_in(tokens))]
        modifiers = [
            t for t in tokens if t.dep_ in ("compound", "amod") and t.i < head.i and t.pos_ in ("NOUN", "ADJ")
        ]
        if (
            role
            and modifiers
            and head.lemma_ in ("official", "spokesman", "spokeswoman", "officer", "source")
        ):
            name = self.doc[
                modifiers[0].i : head.i + 1
            ].text  # "a health official": a source we can only describe
            return [self.reg.add_group(ids.unnamed_group(name), name, "other", name, None)]
        return []

    def _body_of_place(self, head: Token, place_id: str) -> str | None:
        """ "Iraqi Kurdistan's counter-terrorism service": a body the text names by its place and function."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.lemma_.lower() not in BODY_HEADS or owner is None or head.i in self.reg.by_token:
            return None
        place = self.reg.entities[place_id]
        start = owner.i + 1 + (self.doc[owner.i + 1].dep_ == "case")
        name = f"{place.name} {self.doc[start : head.i + 1].text}"
        surface = self.doc[owner.left_edge.i : head.i + 1].text
        return self.reg.add_group(ids.group(name), name, "government", surface, place.country_code)

    def _role_holders(self) -> dict[str, list[tuple[int, str]]]:
        """People the article gives a role: "X, the military spokesman", "spokesman X", "the minister, X"."""
        holders: dict[str, list[tuple[int, str]]] = {}
        people = [
            (m.start, m.end, m.entity_id)
            for m in self.reg.mentions
            if self.reg.label(m.entity_id) == "Person"
        ]
        people += [  # "Getnet, the military spokesman": a name part the model did not tag
            (t.i, t.i + 1, pid)
            for t in self.doc
            if t.pos_ == "PROPN"
            and t.i not in self.reg.by_token
            and (pid := self.reg.person_by_name_part(t.text))
        ]
        for start, end, person in people:
            name = self.doc[start:end].root
            near = [c for c in name.children if c.dep_ in ("appos", "compound")]
            near += [name.head] if name.dep_ == "appos" else []
            near += [self.doc[i] for i in (start - 1, start - 2) if i >= 0]
            for token in near:
                role = token.lemma_.lower()
                if role in ROLE_NOUNS and token.tag_ != "NNS" and role not in ("source", "member"):
                    holders.setdefault(role, []).append((start, person))
                    break
        return holders

    def role_holder(self, role: str, at: int) -> str | None:
        """The holder of a role named nearest before a token, else the first named after it."""
        found = self.role_holders.get(role, [])
        before = [person for start, person in found if start < at]
        after = [person for start, person in found if start > at]
        return before[-1] if before else after[0] if after else None

    def trailing_denials(self, sent: Span) -> list[Statement]:
        """ "…, an account the ministry rejects", "a claim Russia refutes": read from the words, since the
        small model often parses the final verb as a noun."""
        found = []
        tokens = list(sent)
        for i, noun in enumerate(tokens):
            if noun.lemma_.lower() not in CLAIM_NOUNS or noun.pos_ != "NOUN":
                continue
            for j in range(i + 2, min(i + 6, len(tokens))):
                if tokens[j].lower_ not in DENIAL_FORMS:
                    continue
                actor_ids: list[str] = []
                for word in reversed(tokens[i + 1 : j]):
                    if word.i in self.reg.by_token:
                        actor_ids = self.speaker(word)
                    elif word.lower_ in DESCRIPTION_HEADS and (
                        described := self.reg.describe(word.lower_, word.i)
                    ):
                        actor_ids = [described]
                    if actor_ids:
                        break
                if actor_ids:
                    denial = Statement(
                        sent, tokens[j], tokens[j].text, actor_ids, None, 0.8, denial=True, parenthetical=True
                    )
                    denial.stance = "disputed"
                    found.append(denial)
                break
        return found

    def main_subject(self, pronoun: Token) -> str | None:
        """A pronoun in a clause inside another ("the ministry condemned what it called …") stands for the
        named subject of the clause around it, when that is an actor of the pronoun's kind. A parenthetical
        "…, where, it said, troops were massing": the clause around is what is said, so its subject is the
        topic; the speaker is the subject of the speech verb the clause hangs from."""
        ancestors = list(pronoun.head.ancestors)
        if pronoun.head.dep_ == "parataxis":
            ancestors = [v for v in ancestors if v.lemma_.lower() in _SPEECH | _STATEMENT]
        for verb in ancestors:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            m = self.reg.by_token.get(subject.i) if subject is not None else None
            if m is not None:
                return m.entity_id if self.reg.label(m.entity_id) == PRONOUNS[pronoun.lower_] else None
        return None

    def untagged_name(self, head: Token) -> str | None:
        """A speaker the model did not tag: a surname already met ("Malki said") or a gazetteer alias."""

        pid = self.reg.person_by_name_part(head.text)
        if pid:
            self.reg.mention((head.i, head.i + 1), pid, head.text)
            return pid
        actor = self.reg.gz.actor(head.text)
        if actor:
            aid = self.reg.add_actor(actor, head.text)
            self.reg.mention((head.i, head.i + 1), aid, head.text)
            return aid
        return None

    def nearest_of_kind(self, head: Token, kinds: set[str]) -> str | None:
        """ "A Syrian rights group claimed …": the group of that kind the article names nearest to it."""
        best = None
        for m in self.reg.mentions:
            entity = self.reg.entities[m.entity_id]
            if entity.label == "Group" and entity.kind in kinds:
                distance = abs(m.start - head.i)
                if best is None or distance < best[0]:
                    best = (distance, entity.id)
        return best[1] if best else None

    def _side_in(self, tokens: list[Token]) -> str | None:
        for token in tokens:
            country = self.reg.gz.demonym(token.text) or self.reg.gz.country(token.text)
            if country:
                return country.code
        return None

    def _is_capital(self, name: str) -> bool:
        return self.reg.gz.capital(name) is not None

    def _state_of(self, tokens: list[Token]) -> list[str]:
        for token in tokens:
            country = self.reg.gz.demonym(token.text)
            if country:
                return [self.reg.add_state(country, None)]
        return []

    def _unnamed_person(self, head: Token) -> list[str]:
        """A lead that says "the president's spokesman" names him in a following sentence."""
        sent = head.sent
        following = [s for s in self.doc.sents if s.start >= sent.end][:2]
        for other in following:
            for token in other:
                if token.dep_ in ("nsubj",) and token.head.lemma_ in _SPEECH and token.i in self.reg.by_token:
                    candidate = self.reg.by_token[token.i].entity_id
                    if self.reg.label(candidate) == "Person":
                        return [candidate]
        return []

    # ------------------------------------------------------------------ statements

    def from_cue(self, cue: Token, kind: str) -> list[Statement]:
        sent = cue.sent
        if kind == "ACCORDING":
            source = next(
                (c for c in next(c for c in cue.children if c.lower_ == "to").children if c.dep_ == "pobj"),
                None,
            )
            groups = self.speakers(source) if source is not None else []
            content = _without(sent, source.head.head if source is not None else cue)
            return [Statement(sent, cue, "according to", actor_ids, content, 0.85) for actor_ids in groups]
        if kind == "PASSIVE":
            agent = next((c for c in cue.children if c.dep_ == "agent"), None)
            groups = (
                self.speakers(next(agent.children)) if agent is not None and list(agent.children) else [[]]
            )
            content = next((c for c in cue.children if c.dep_ == "xcomp"), None)
            span = self.doc[content.left_edge.i : content.right_edge.i + 1] if content is not None else None
            return [
                Statement(sent, cue, f"is {cue.text} to", actor_ids, span, 0.4 if not actor_ids else 0.8)
                for actor_ids in groups
            ]
        return self.from_verb(cue)

    def from_verb(self, cue: Token) -> list[Statement]:
        sent = cue.sent
        lemma = cue.lemma_.lower()
        subjects = [c for c in cue.children if c.dep_ == ("nsubjpass" if lemma == "quote" else "nsubj")]
        subject = subjects[0] if subjects else None
        confidence = 0.9
        parenthetical = cue.dep_ == "relcl" and cue.head.lemma_.lower() in CLAIM_NOUNS
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        if subject is None and agent is not None and lemma in DENIAL_VERBS:
            # "the army's version was dismissed by the RSF": the denier is the agent, not the passive subject
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None)
            subjects = [subject] if subject is not None else []
        if subject is None:
            subject, confidence = self.implied_subject(cue), 0.8
        if (
            subject is None
            or furniture(sent)
            or (_headline(sent) and not self._headline_speaker(cue, subject))
        ):
            return []
        if subject.pos_ == "PRON" and subject.lower_ in PRONOUNS:
            confidence = PRONOUN_CONFIDENCE
        if lemma in (
            "call",
            "believe",
            "name",
            "note",
            "cite",
            "describe",
            "assess",
            "post",
            "write",
        ) and not (self.reg.by_token.get(subject.i) or subject.pos_ == "PRON"):
            return []  # weak cues need a named source
        groups = [speaker_ids for one in subjects or [subject] for speaker_ids in self.speakers(one)]
        content = _content(cue)
        statements = []
        for speaker_ids in groups:
            st = Statement(
                sent,
                cue,
                cue.text,
                speaker_ids,
                content,
                confidence,
                denial=lemma in DENIAL_VERBS or calls_false(cue, content),
                parenthetical=parenthetical,
            )
            if any(phrase in sent.text.lower() for phrase in UNCONFIRMED):
                st.stance = "unconfirmed"
            if st.denial:
                st.stance = "disputed"
            statements.append(st)
        return statements

    def _headline_speaker(self, cue: Token, subject: Token) -> bool:
        """A title attributes in the present tense to a named source: "X says …", "…, Y denies"."""
        return cue.tag_ in ("VBZ", "VBP") and subject.i in self.reg.by_token

    def implied_subject(self, cue: Token) -> Token | None:
        """The speaker of a cue without its own subject: "…, adding that" takes the head verb's; the small
        model misparses "X named Y" as a reduced relative, "Commission claims" as a verb's object."""
        head = cue.head
        before = self.reg.by_token.get(cue.i - 1)
        if before is not None and self.reg.label(before.entity_id) != "Place":
            return self.doc[before.end - 1]
        if cue.dep_ in ("advcl", "xcomp", "conj", "pcomp") and head.pos_ in ("VERB", "AUX"):
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and (
                head.lemma_.lower() in _SPEECH | _STATEMENT or subject.pos_ != "PRON"
            ):
                return subject
        if cue.dep_ == "acl" and head.i == cue.i - 1 and head.i in self.reg.by_token:
            return head
        if cue.dep_ == "acl" and head.lemma_.lower() in STATEMENT_NOUNS and head.head.pos_ == "VERB":
            return next(
                (c for c in head.head.children if c.dep_ == "nsubj"), None
            )  # "issued a statement denying …"
        return None

    def merge(self, found: list[Statement]) -> list[Statement]:
        """One statement per sentence and source; an outlet relaying another source's words adds no claim."""
        out: list[Statement] = []
        for st in found:
            if not st.claimants and st.cue_text.startswith("is "):
                out.append(st)
                continue
            same = [o for o in out if o.sent.start == st.sent.start and set(o.claimants) & set(st.claimants)]
            if same:
                target = same[0]
                target.claimants += [c for c in st.claimants if c not in target.claimants]
                target.denial = target.denial or st.denial
                if st.denial:
                    target.stance = "disputed"
                continue
            out.append(st)
        final = []
        for st in out:
            others = [
                o
                for o in out
                if o is not st and o.sent.start == st.sent.start and o.claimants and not o.parenthetical
            ]
            kinds = {self.reg.entities[c].kind for c in st.claimants if c in self.reg.entities}
            relay = st.cue_text == "according to" or st.cue.lemma_.lower() in ("report", "quote")
            if (
                st.claimants
                and kinds <= WEAK_SOURCES
                and relay
                and others
                and st.cue.i > min(o.cue.i for o in others)
            ):
                continue
            final.append(st)
        return final

    def track(self, st: Statement) -> None:
        """Remember the latest speakers for "he said" / "it added"."""
        for cid in st.claimants:
            label = self.reg.label(cid)
            if label == "Person":
                self.last_person = cid
            elif label == "Group" and not ids.is_unnamed(cid):
                self.last_group = cid

    def run(self) -> list[Statement]:
        """Statements in reading order, resolving pronouns as it goes."""
        result: list[Statement] = []
        cues_by_sent: dict[int, list[tuple[int, str]]] = {}
        for cue_i, kind in self.doc._.cues:
            cues_by_sent.setdefault(self.doc[cue_i].sent.start, []).append((cue_i, kind))
        for sent in self.doc.sents:
            found = []
            for cue_i, kind in cues_by_sent.get(sent.start, []):
                for st in self.from_cue(self.doc[cue_i], kind):
                    self.track(st)  # "X said …, whom it described as …": "it" is X, not an earlier speaker
                    found.append(st)
            cue_tokens = {st.cue.i for st in found}
            found += [st for st in self.trailing_denials(sent) if st.cue.i not in cue_tokens]
            people = [
                m.entity_id
                for m in self.reg.mentions
                if sent.start <= m.start < sent.end and self.reg.label(m.entity_id) == "Person"
            ]
            if self.last_person is None and people:
                self.last_person = people[0]  # "he said" before any quoted person: the man named first
            merged = self.merge(found)
            for st in merged:
                self.track(st)
            result.extend(merged)
        return result


_SPEECH = terms("speaker_verbs")
_STATEMENT = terms("statement_verbs")


def calls_false(cue: Token, content: Span | None) -> bool:
    """A statement that calls another false: "said the claim was a lie", "called the reports fabricated",
    "dismissed the account as propaganda", "said the allegations were baseless"."""
    words = list(content if content is not None else cue.sent)
    words += [t for c in cue.children if c.dep_ in ("oprd", "xcomp", "advcl", "prep") for t in c.subtree]
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    if not lemmas & FALSITY:
        return False
    referents = CLAIM_NOUNS | {"what", "this", "story"}
    return bool(lemmas & referents) or cue.lemma_.lower() in ("call", "dismiss")


def _headline(sent: Span) -> bool:
    """A title or subheading: short, on its own line, without final punctuation. Not a sourced sentence."""
    text = sent.text.strip()
    after = sent.doc.text[sent.end_char : sent.end_char + 2]
    own_line = sent.text.rstrip(" ").endswith("\n") or after.lstrip(" ").startswith("\n") or not after.strip()
    return len(text.split()) < 16 and not text.endswith((".", "!", "?", '"', "”", "’", "'", ":")) and own_line


def _patron(token: Token) -> bool:
    """A name inside "Iran-backed", "Hamas-run", "Britain-based": it describes the speaker, it is not one."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1  # to the end of the name it belongs to
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ in PATRON_WORDS


def _definite(head: Token) -> bool:
    """A description that points at someone known: "the spokesman", "that resident", "its minister"."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "one") for c in head.children
    )


def _role(tokens: list[Token]) -> str | None:
    for token in tokens:
        if token.lemma_.lower() in ROLE_NOUNS:
            return token.lemma_.lower()
    return None


def _content(cue: Token) -> Span | None:
    """What is claimed: the verb's clause complement, else its object."""
    for dep in ("ccomp", "xcomp"):
        child = next((c for c in cue.children if c.dep_ == dep), None)
        if child is not None:
            return cue.doc[child.left_edge.i : child.right_edge.i + 1]
    if cue.dep_ == "ccomp" or (
        cue.dep_ in ("ROOT", "parataxis") and any(t.dep_ == "ccomp" and t.i < cue.i for t in cue.sent)
    ):
        first = next((t for t in cue.sent if t.dep_ == "ccomp" and t.head is cue), None)
        if first is not None:
            return cue.doc[first.left_edge.i : first.right_edge.i + 1]
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "attr")), None)
    if obj is not None:
        return cue.doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None


def _without(sent: Span, part: Token) -> Span:
    """The sentence without an "according to X" phrase, when that phrase sits at an edge."""
    left, right = part.left_edge.i, part.right_edge.i
    if left <= sent.start + 1:
        return sent.doc[right + 1 : sent.end]
    if right >= sent.end - 2:
        return sent.doc[sent.start : left]
    return sent
