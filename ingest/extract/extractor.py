"""Articles in, ArticleGraphs out: spaCy once per process, nlp.pipe in batches, no database."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span

from graph import ids
from ingest.extract.claims import PRONOUN_CONFIDENCE, Attribution, Statement
from ingest.extract.disputes import Disputes
from ingest.extract.figures import KILL, WOUND, casualties
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.mentions import Resolver
from ingest.extract.nlp import build_pipeline
from ingest.extract.registry import Registry
from ingest.extract.rules import mapping
from ingest.extract.strikes import Event, StrikeFinder
from ingest.model import ArticleGraph, ArticleInput, Claim, Entity, Strike

PIPE_BATCH = 16  # the pipeline's batch: one spaCy batch per call; 8 cost ~4% more CPU, 64 only memory
# the fate a claim gives a person named in it, tried in order; killing and wounding words as for casualties
FATES = [
    (fate, frozenset(extra) | {"killed": KILL, "wounded": WOUND}.get(fate, frozenset()))
    for fate, extra in mapping("fates").items()
]


class Extractor:
    """Loads the model and gazetteers once; `extract_batch` is pure."""

    def __init__(self, model_name: str) -> None:
        self.gazetteer = Gazetteer()
        self.nlp = build_pipeline(model_name, self.gazetteer)
        self.resolver = Resolver(self.gazetteer)

    def extract_batch(self, articles: list[ArticleInput]) -> list[ArticleGraph]:
        docs = self.nlp.pipe((a.story or a.text for a in articles), batch_size=PIPE_BATCH)
        return [self.from_doc(a, d) for a, d in zip(articles, docs, strict=True)]

    def extract(self, article: ArticleInput) -> ArticleGraph:
        return self.extract_batch([article])[0]

    def from_doc(self, article: ArticleInput, doc: Doc) -> ArticleGraph:
        reg = self.resolver.resolve(doc)
        attribution = Attribution(doc, reg)
        statements = attribution.run()
        claims_by_sentence: dict[int, list[str]] = {}
        for st in statements:
            claims_by_sentence.setdefault(st.sent.start, []).extend(st.claimants)
        finder = StrikeFinder(doc, reg, article.published)
        events = finder.find(claims_by_sentence)
        _continue_quotes(statements, finder.by_sentence)
        statements += Disputes(attribution, statements).link(finder.by_sentence)
        strike_ids = {id(e): ids.strike(article.id, *e.key) for e in events}
        strikes = [self._strike(article, e, strike_ids[id(e)]) for e in events]
        claims = [
            self._claim(article, st, reg, finder.by_sentence, strike_ids)
            for st in statements
            if not st.parenthetical
        ]
        return ArticleGraph(
            article=article,
            entities=_entities(doc, reg, claims, strikes),
            memberships=reg.memberships_list(),
            claims=_unique(claims),
            strikes=strikes,
        )

    @staticmethod
    def _strike(article: ArticleInput, event: Event, strike_id: str) -> Strike:
        start, end = _trimmed(event.sent)
        return Strike(
            id=strike_id,
            kind=event.kind,
            date=event.date,
            date_precision=event.precision,
            killed=event.casualties.killed,
            wounded=event.casualties.wounded,
            place_id=event.place_id,
            perpetrator_ids=event.perpetrators,
            # Perpetrators found after the targets (a later "blamed X", a merged report) win.
            target_ids=[t for t in event.targets if t not in event.perpetrators],
            sentence=article.text[start:end],
            start=start,
            end=end,
        )

    def _claim(
        self,
        article: ArticleInput,
        st: Statement,
        reg: Registry,
        events: dict[int, list[Event]],
        strike_ids: dict[int, str],
    ) -> Claim:
        sent = st.sent
        start, end = _trimmed(sent)
        about = [strike_ids[id(e)] for e in events.get(sent.start, [])]
        figures = casualties(st.content if st.content is not None else sent)
        fate, people = _fate(st, reg)
        about += [p for p in people if p not in st.claimants]
        return Claim(
            id=ids.claim(article.id, start, *sorted(st.claimants), st.cue.i),
            text=st.text,
            sentence=article.text[start:end],
            start=start,
            end=end,
            cue=st.cue_text,
            confidence=st.confidence,
            claimant_ids=st.claimants,
            disputer_ids=sorted(st.disputers - set(st.claimants)),
            about_ids=about,
            stance=st.stance,
            fate=fate,
            killed=figures.killed,
            wounded=figures.wounded,
            qualifier=figures.qualifier,
        )


def _continue_quotes(statements: list[Statement], events: dict[int, list[Event]]) -> None:
    """ "…," he added: a speaker's next sentence goes on about the strike his last one was about."""
    for before, st in pairwise(statements):
        if st.sent.start in events or before.sent.start not in events or st.cue.i <= before.cue.i:
            continue
        if set(st.claimants) & set(before.claimants) and st.confidence <= PRONOUN_CONFIDENCE:
            for event in events[before.sent.start]:
                event.sentences.add(st.sent.start)
                events.setdefault(st.sent.start, []).append(event)


def _trimmed(sent: Span) -> tuple[int, int]:
    """Sentence offsets without surrounding whitespace, so `sentence` is exactly the article's text."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    return sent.start_char + lead, sent.start_char + len(text.rstrip())


def _fate(st: Statement, reg: Registry) -> tuple[str | None, list[str]]:
    """A claim that a named person was killed, wounded, captured or is alive."""
    span = st.content if st.content is not None else st.sent
    people = [
        m.entity_id
        for m in reg.mentions
        if span.start <= m.start < span.end
        and reg.label(m.entity_id) == "Person"
        and m.entity_id not in st.claimants
    ]
    if not people:
        return None, []
    lemmas = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    for fate, words in FATES:
        if lemmas & words or (fate == "killed" and re.search(r"\bfatal\b", span.text, re.I)):
            return fate, people
    return None, people


def _entities(doc: Doc, reg: Registry, claims: list[Claim], strikes: list[Strike]) -> list[Entity]:
    """What the article speaks of: a place only where named as one, a military only where it acts or is
    part of a claim or strike ("three Russian troops were wounded" names no actor)."""
    used = {i for c in claims for i in (*c.claimant_ids, *c.disputer_ids, *c.about_ids)}
    used |= {i for s in strikes for i in (*s.perpetrator_ids, *s.target_ids, s.place_id)}
    used |= {i for (person, group) in reg.memberships for i in (person, group)}
    mentioned = {m.entity_id for m in reg.mentions}
    acting = {m.entity_id for m in reg.mentions if doc[m.end - 1].dep_ in ("nsubj", "poss", "agent")}
    kept = []
    for entity in reg.entities.values():
        if entity.label == "Place":
            entity.mentioned = entity.mentioned and (entity.id in mentioned or entity.id in used)
        elif entity.kind == "military" and entity.id not in used | acting:
            continue
        kept.append(entity)
    return kept


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.id, claim)
    return list(seen.values())
