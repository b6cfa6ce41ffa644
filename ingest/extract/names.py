"""Names as the extractor compares and shows them: the keys names meet on, surnames without their
Arabic article, titles apart from names, surfaces without determiners and possessives."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Span

from graph.vocab import name_key
from ingest.extract.rules import terms, words

ARTICLES = terms("articles")  # the Arabic articles a name may carry: al-, el-, ad-, ash-, …
TITLES = re.compile(r"^(?:(?:" + "|".join(words("title_patterns")) + r")\s+)+")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def skeleton(name: str) -> str:
    """Consonants of a name without Arabic articles: 'Al Mayadin' and 'Mayadeen' both give 'mdn'."""
    words = [w for w in name_key(name).split() if w not in ARTICLES]
    text = "".join(words).replace("q", "k").replace("ou", "u")
    text = re.sub(r"[aeiouyw']", "", text)
    return re.sub(r"(.)\1+", r"\1", text)


def clean_surface(text: str) -> str:
    text = text.strip().strip("\"“”'‘’()[],.:;").strip()
    text = re.sub(r"^(?:the|The|a|an|An|A)\s+", "", text)
    return POSSESSIVE.sub("", text).strip()


def ascii_name(name: str) -> str:
    """GeoNames spells "Ḩārim"; a display name reads better folded ("Harim")."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return folded.replace("‘", "'").replace("’", "'").replace("ʿ", "'").replace("ʾ", "'")


def surname_key(word: str) -> str:
    """A surname as compared: "al-Golani" and "Golani" meet (the article dropped)."""
    key = name_key(word)
    first, _, rest = key.partition(" ")
    return rest if rest and first in ARTICLES else key


def strip_title(name: str) -> tuple[str, str | None]:
    """("Igor Konashenkov", "Maj. Gen.") from "Maj. Gen. Igor Konashenkov"; a bare title is no name."""
    match = TITLES.match(name)
    if not match or match.end() >= len(name):
        return name, None
    return name[match.end() :].strip(), match.group(0).strip()


def titled_form(ent: Span) -> str | None:
    """ "Maj. Gen. Igor Konashenkov" when the title stands just before the name the model tagged."""
    for width in range(4, 0, -1):
        if ent.start - width < ent.sent.start:
            continue
        text = ent.doc[ent.start - width : ent.end].text
        name, title = strip_title(text)
        if title and name == ent.text:
            return text
    return None


def span_text(span: Span) -> str:
    """The entity's words without a leading determiner or trailing possessive."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in {"'s", "’s", "'", "’"} or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return span.doc[tokens[0].i : tokens[-1].i + 1].text
