"""The spaCy pipeline: the small English model plus our rule components, each a named, registered component.

- `claimgraph_boundaries` (before the parser): a line break, a dateline ("MOSCOW — ", "DUBAI, Aug 8
  (Reuters) - ") and a date glued to the first sentence ("September 8, 2017Russia's …") end a sentence.
- `claimgraph_gazetteer` (an EntityRuler before the model's NER): every alias of our actors, every
  country name and our place spellings, so "Mayadeen" is a place and "the Observatory" a group.
- `claimgraph_phrases` (after NER): Matcher rules for actor phrases the model splits or misses
  ("Russia's Ministry of Defense", "the Turkish air force", "Afghan officials", "a U.S. military
  spokesman") and place phrases ("the village of Kalaz Taktani", "the Muhaddah area").
- `claimgraph_cues` (last): Matcher and DependencyMatcher rules that mark attribution cues
  (speech verbs with a subject, "according to", "quoted as saying", "is reported to") and strike
  words (air strike, shelling, drone attack…) on `doc._.cues` and `doc._.strike_words`.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from graph import ids
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.rules import mapping, patterns, terms, words

SPEECH_VERBS = terms("speech_verbs")
DENIAL_VERBS = terms("denial_verbs")
WEEKDAYS = words("weekdays")
MONTH_NAMES = words("month_names")
STRIKE_NOUNS = terms("strike_nouns")
REGION_WORDS = terms("region_words")
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][a-z]{2}\.? \d{1,2}(?:\s*\([A-Za-z ]+\))?)?\s*(?:—|–|-|:)\s+"
)
NAME_PART = (
    r"^(?:[A-Z][\w'’]*|al|el|an|ar|as|ash|ad|az|ez|es|e|bin|ibn|-)$"  # "Maarat al-Numan", "Dashti-e-Archi"
)
ABBREVIATION = re.compile(
    r"^(?:[A-Z]\.){2,}$|^(?:Gen|Lt|Col|Maj|Brig|Adm|Capt|Sgt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|St|Mt|No)\.$"
)
GLUED_DATE = re.compile(r"\b\d{4}(?=[A-Z][a-z])")

for name in ("cues", "strike_words"):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


@Language.component("claimgraph_boundaries", assigns=["token.is_sent_start"])
def mark_boundaries(doc: Doc) -> Doc:
    """Line breaks, datelines and glued dates start sentences; the parser keeps what we set."""
    text = doc.text
    starts = set()
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or "\n" in token.text:
            starts.add(token.i + 1)
    line_start = 0
    for line in text.split("\n"):
        match = DATELINE.match(line)
        if match:
            starts.add(_token_at(doc, line_start + match.end()))
        line_start += len(line) + 1
    for match in GLUED_DATE.finditer(text):
        starts.add(_token_at(doc, match.end()))
    for i in starts:
        if i is not None and 0 < i < len(doc) and not doc[i].is_space:
            doc[i].is_sent_start = True
    for token in doc[1:]:
        # "U.S. Army Gen. Erik Kurilla": an abbreviation's full stop inside a line ends no sentence
        before = doc[token.i - 1]
        if token.i not in starts and ABBREVIATION.match(before.text) and (token.is_title or token.is_upper):
            token.is_sent_start = False
    return doc


def _token_at(doc: Doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None


@Language.factory(
    "claimgraph_phrases",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.lemma", "token.pos"],
    default_config={"nation_words": []},
)
def make_phrases(nlp: Language, name: str, nation_words: list[str]) -> ActorPhrases:
    """`nation_words`: one-word country names, demonyms and capitals, from the gazetteer."""
    return ActorPhrases(nlp.vocab, nation_words)


class ActorPhrases:
    """Matcher rules for multiword actors and places the statistical NER splits or misses."""

    def __init__(self, vocab, nation_words: list[str]) -> None:
        topic_words = list(mapping("topic_names"))
        tokens = patterns(
            "phrase_tokens", nation_words=nation_words, topic_words=topic_words, name_part=NAME_PART
        )
        self.matcher = Matcher(vocab)
        for head in ("nation", "nation_abbreviation"):
            self.matcher.add("ORG", patterns("nation_bodies", head=tokens[head], **tokens))
        self.matcher.add("ORG", patterns("ministries", **tokens))
        self.matcher.add("GPE", patterns("named_places", **tokens), greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = _joined_names(doc)
        found = []
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if label == "GPE":
                # "the village of X" → X; "X province" stays whole (it is the region's name)
                if doc[start].lower_ in REGION_WORDS and doc[start + 1].lower_ == "of":
                    start += 2
                while (
                    end > start + 1 and not doc[end - 1].is_title and doc[end - 1].lower_ not in REGION_WORDS
                ):
                    end -= 1  # a name ends on a capitalised word: "Deir el-Zour", not "Deir el-"
            found.append(Span(doc, start, end, label=label))
        if not found:
            return doc
        # our spans (gazetteer and phrases) first, longest first; the model's NER only fills the gaps
        phrases = {(s.start, s.end) for s in found}
        ours = [*(e for e in doc.ents if e.ent_id_), *found]
        ranked = sorted(ours, key=lambda e: (e.start - e.end, (e.start, e.end) in phrases, e.start))
        ranked += sorted((e for e in doc.ents if not e.ent_id_), key=lambda e: (e.start - e.end, e.start))
        chosen: list[Span] = []
        taken: set[int] = set()
        for span in ranked:
            if not taken.intersection(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        for span in chosen:
            if (span.start, span.end) in phrases:
                for (
                    token
                ) in span:  # a span reads its id from its tokens: "Afghanistan's" must not lend its own
                    token.ent_id_ = ""
        doc.ents = sorted(chosen, key=lambda e: e.start)
        return doc


def _joined_names(doc: Doc) -> list[Span]:
    """The model splits some names in two ("Aung Thura" + "Kyaw", "Oleksandr" + "Marchenko"): adjacent
    person spans are one name."""
    merged: list[Span] = []
    for ent in doc.ents:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.end == ent.start
            and last.label_ == ent.label_ == "PERSON"
            and not last.ent_id_
            and not ent.ent_id_
        ):
            merged[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            merged.append(ent)
    return merged


@Language.factory(
    "claimgraph_cues", assigns=["doc._.cues", "doc._.strike_words"], requires=["token.lemma", "token.dep"]
)
def make_cues(nlp: Language, name: str) -> Cues:
    return Cues(nlp.vocab)


class Cues:
    """Attribution cues and strike words, as token indexes on the doc; who speaks is worked out later."""

    def __init__(self, vocab) -> None:
        self.according = DependencyMatcher(vocab)
        self.according.add("ACCORDING", patterns("according_to"))
        self.matcher = Matcher(vocab)
        self.matcher.add("SPEECH", patterns("speech_cues", speech_lemmas=sorted(SPEECH_VERBS | DENIAL_VERBS)))
        self.matcher.add("PASSIVE", patterns("passive_cues"))
        # a capitalised first word keeps its capital in the lemma: "Shelling hit the market"
        forms = sorted(STRIKE_NOUNS | {w + "s" for w in STRIKE_NOUNS})
        self.matcher.add("STRIKE", patterns("strike_words", strike_forms=forms))

    def __call__(self, doc: Doc) -> Doc:
        cues = [(cue, "ACCORDING") for _, (cue, _to, _source) in self.according(doc)]
        strikes = set()
        for match_id, start, end in self.matcher(doc):
            kind = doc.vocab.strings[match_id]
            if kind == "STRIKE":
                strikes.add(end - 1)
            else:
                cues.append((start + 1 if kind == "PASSIVE" else start, kind))
        doc._.cues = sorted(set(cues))
        doc._.strike_words = sorted(strikes)
        return doc


def furniture(sent: Span) -> bool:
    """Page furniture inside the text: "[ Related headline Opens in new window ]", photo credits."""
    text = sent.text.strip()
    return text.startswith(("[", "(photo", "(Photo")) or "Opens in new window" in text


def gazetteer_patterns(gz: Gazetteer) -> list[dict]:
    """EntityRuler patterns: every actor alias, country name and place spelling we keep as data."""
    patterns = []
    for actor in gz.actors.values():
        label = "PERSON" if actor["label"] == "Person" else "ORG"
        for alias in {actor["name"], *actor["aliases"]}:
            # a lone surname or lower-case phrase is too ambiguous to tag everywhere; resolution knows it
            if alias[0].isupper() and (label == "ORG" or " " in alias):
                patterns.append({"label": label, "pattern": alias, "id": actor["id"]})
    for country in gz.countries.values():
        for alias in country.names:
            if alias != "Kremlin":
                patterns.append({"label": "GPE", "pattern": alias, "id": country.place_id})
    patterns.append({"label": "ORG", "pattern": "Kremlin", "id": ids.state("RU")})
    for ref in {r.id: r for r in gz.extra_places.values()}.values():
        for alias in {ref.name, *ref.aliases}:
            patterns.append(
                {"label": "LOC" if ref.kind == "region" else "GPE", "pattern": alias, "id": ref.id}
            )
    return patterns


def build_pipeline(model_name: str, gz: Gazetteer) -> Language:
    """The model with our components added, their data from `gz`; loaded once per Extractor."""
    nlp = spacy.load(model_name)
    infixes = [*nlp.Defaults.infixes, r"(?<=[0-9]{4})(?=[A-Z][a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("claimgraph_boundaries", before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler", name="claimgraph_gazetteer", before="ner", config={"phrase_matcher_attr": "ORTH"}
    )
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        ruler.add_patterns(gazetteer_patterns(gz))
    keys = (*gz.country_by_key, *gz.demonym_by_key, *gz.capital_by_key)
    nation_words = sorted({k for k in keys if k and " " not in k})
    nlp.add_pipe("claimgraph_phrases", after="ner", config={"nation_words": nation_words})
    nlp.add_pipe("claimgraph_cues", last=True)
    return nlp
