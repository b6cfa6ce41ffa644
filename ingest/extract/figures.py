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
COMPANION_PREPS = terms("companion_preps")  # "alongside"
COMPANION_LEADS = terms("companion_leads")  # "along" / "together", before "with"


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


def _is_people(token: Token) -> bool:
    """A noun that counts people: "civilians", "passengers", or a people by name ("71 Palestinians")."""
    if token.lemma_.lower() in PEOPLE or token.lower_ in PEOPLE:
        return True
    return token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS")


def _companions(noun: Token) -> list[Token]:
    """Those counted beside a noun by "along with", "together with" or "alongside", whether the parse
    hangs the phrase on the noun or on its verb: "killed the commander along with nine other fighters"."""
    found = []
    for holder in (noun, noun.head):
        for prep in holder.children:
            if prep.dep_ != "prep":
                continue
            led = prep.lower_ == "with" and any(c.lower_ in COMPANION_LEADS for c in prep.children)
            if prep.lower_ in COMPANION_PREPS or led:
                found += [c for c in prep.children if c.dep_ == "pobj"]
            elif prep.lower_ in COMPANION_LEADS:  # the parse may hang "with" on "along" instead
                found += [
                    g for c in prep.children if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
                ]
    return found


def _count(noun: Token) -> tuple[int | None, str | None]:
    """The number of people a noun phrase counts: "at least 20 people", "Three women and six children";
    one person listed beside a counted group is one more ("five soldiers and a medic", "the commander
    along with nine others")."""
    if noun.like_num:
        return number_value(noun), _qualifier(noun)
    total, qualifier, singles = None, None, 0
    counted = [noun, *noun.conjuncts]
    if _is_people(noun) or noun.ent_type_ == "PERSON":
        counted += _companions(noun)
    for item in counted:
        if item.like_num and (value := number_value(item)) is not None:  # "alongside two of his guards"
            total, qualifier = (total or 0) + value, qualifier or _qualifier(item)
            continue
        if not _is_people(item) and item.ent_type_ != "PERSON":
            continue
        numbered = False
        for child in item.children:
            if child.dep_ == "nummod":
                value = number_value(child)
                if value is not None:
                    total, numbered = (total or 0) + value, True
                    qualifier = qualifier or _qualifier(child)
            elif child.lower_ in ("dozens", "scores", "hundreds"):
                qualifier = child.lower_
        if not numbered and item.tag_ in ("NN", "NNP"):
            singles += 1
    if total is None:
        return None, qualifier
    return total + singles, qualifier


def _stray_object(verb: Token) -> Token | None:
    """The counted people right after an active verb that the parse gave another role, as when a trailing
    attribution takes them for its speakers: "killed at least 43 people, residents said"."""
    if verb.pos_ != "VERB" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)):
        return None
    for token in verb.doc[verb.i + 1 : min(verb.i + 5, verb.sent.end)]:
        if token.like_num:
            return token.head if token.dep_ == "nummod" and _is_people(token.head) else None
        if token.is_punct or token.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            return None
    return None


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
        has_object = any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
        if not has_object and (stray := _stray_object(token)) is not None:
            nouns.append(stray)
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
