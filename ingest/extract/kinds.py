"""Strike kinds: drone, missile, airstrike, shelling, bombing, ground attack, chemical; and which kinds
one event may be reported as."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.extract.rules import terms

AERIAL = terms("aerial")
VAGUE_KINDS = terms("vague_kinds")


def strike_kind(trigger: Token, sent: Span) -> str:
    words = {
        trigger.lemma_.lower(),
        *(c.lemma_.lower() for c in trigger.children if c.dep_ in ("compound", "amod")),
    }
    if trigger.i > sent.start and trigger.doc[trigger.i - 1].lower_ in (
        "air",
        "drone",
        "missile",
        "rocket",
        "chemical",
        "gas",
        "ground",
    ):
        words.add(trigger.doc[trigger.i - 1].lower_)
    sentence = {t.lemma_.lower() for t in sent}
    if words & {"chemical", "gas", "sarin", "chlorine"} or sentence & {"sarin", "chlorine"}:
        return "chemical"
    if "drone" in words:
        return "drone"
    if words & {"missile"}:
        return "missile"
    if words & AERIAL or (
        words & {"bomb", "strike", "raid", "target", "hit", "destroy", "drop"} and sentence & AERIAL
    ):
        return "airstrike"
    if words & {"shelling", "shell", "rocket", "mortar", "bombardment", "artillery", "barrage"}:
        return "shelling"
    if words & {"bomb", "bombing"}:
        return "bombing"
    if words & {"ground", "raid", "assault", "gunfight", "clash"}:
        return "ground_attack"
    if words & {"strike"}:
        return "airstrike" if sentence & AERIAL else "other"
    if sentence & {"missile"}:
        return "missile"
    return "other"


def aerial_compatible(one: str, other: str) -> bool:
    """A drone or missile strike is also reported as an air strike."""
    aerial = {"airstrike", "drone", "missile"}
    return compatible_kinds(one, other) or (one in aerial and other in aerial)


def compatible_kinds(one: str, other: str) -> bool:
    """Kinds one event may be reported as: "bombing" and "attack" fit any air or ground report of it."""
    return one == other or one in VAGUE_KINDS or other in VAGUE_KINDS
