"""Casualty figures: how many a clause says were killed or wounded, with its qualifier ("at least")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ingest.extract.rules import mapping, terms, words

KILL = terms("kill_words")
WOUND = terms("wound_words")
PEOPLE = terms("casualty_nouns")
QUALIFIERS = words("qualifiers")
WORD_NUMBERS = mapping("number_words")
TOLL_NOUNS = terms("toll_nouns")
TOLL_VERBS = terms("toll_verbs")


@dataclass
class Casualties:
    killed: int | None = None
    wounded: int | None = None
    qualifier: str | None = None


def number_value(token: Token) -> int | None:
    text = token.text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    if text in WORD_NUMBERS:
        return WORD_NUMBERS[text]
    return None


def _qualifier(token: Token) -> str | None:
    before = token.doc[max(token.i - 3, token.sent.start) : token.i].text.lower()
    for q in QUALIFIERS:
        if before.endswith(q):
            return q
    return None


def _count(noun: Token) -> tuple[int | None, str | None]:
    """The number of people a noun phrase counts: "at least 20 people", "Three women and six children"."""
    if noun.like_num:
        return number_value(noun), _qualifier(noun)
    total, qualifier = None, None
    for item in [noun, *noun.conjuncts]:
        if item.lemma_.lower() not in PEOPLE and not item.like_num:
            continue
        for child in item.children:
            if child.dep_ == "nummod":
                value = number_value(child)
                if value is not None:
                    total = (total or 0) + value
                    qualifier = qualifier or _qualifier(child)
            elif child.lower_ in ("dozens", "scores", "hundreds"):
                qualifier = child.lower_
    return total, qualifier


def toll_figure(toll: Token) -> Token | None:
    """The number a death toll is given: "a toll of 12", "the toll has risen to 15", "stood at 41",
    "reached 20", "officials put the toll at 13"."""
    numbers = [g for c in toll.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    verb = toll.head
    if toll.dep_ in ("nsubj", "dobj") and verb.lemma_.lower() in TOLL_VERBS:
        numbers += [c for c in verb.children if c.dep_ == "dobj" and c is not toll]
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}]
        numbers += [g for prep in preps for g in prep.children]
    return next((n for n in numbers if n.dep_ in ("pobj", "dobj") and number_value(n) is not None), None)


def casualties(span: Span) -> Casualties:
    """Killed and wounded counts stated in a span of text."""
    found = Casualties()
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in TOLL_NOUNS and found.killed is None and (figure := toll_figure(token)) is not None:
            found.killed, found.qualifier = number_value(figure), _qualifier(figure) or found.qualifier
            continue
        if lemma not in KILL and lemma not in WOUND and token.lower_ not in WOUND:
            continue
        nouns = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
        if token.dep_ in ("amod", "acomp", "oprd") and token.head.pos_ in ("NOUN", "PROPN", "NUM"):
            nouns.append(token.head)
        if token.dep_ == "acl" or token.dep_ == "relcl":
            nouns.append(token.head)
        for noun in nouns:
            value, qualifier = _count(noun)
            if value is None and qualifier is None:
                continue
            if lemma in KILL and found.killed is None:
                found.killed, found.qualifier = value, qualifier or found.qualifier
            elif (lemma in WOUND or token.lower_ in WOUND) and found.wounded is None:
                found.wounded = value
                found.qualifier = found.qualifier or qualifier
    return found
