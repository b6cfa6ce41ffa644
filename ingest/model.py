"""Typed results passed between the ingest stages. Pure data: nothing here touches spaCy or the graph.

Ids are stable strings built by `graph.ids`, so that writing the same article twice changes nothing.
"""

from __future__ import annotations

import hashlib
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph import ids
from graph.urls import web_url
from graph.vocab import DatePrecision, EntityLabel, Fate, Stance, StrikeKind


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleInput(Strict):
    """One document as read from a file, standard input or the API, before any NLP."""

    source_name: str
    text: str  # as given: every claim's and strike's offsets point into it
    # What extraction reads: `text` with hard wraps undone and non-story blanked, of the same length.
    story: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None

    @model_validator(mode="after")
    def _story_keeps_offsets(self) -> ArticleInput:
        if self.story is not None and len(self.story) != len(self.text):
            raise ValueError("the story view must be as long as the text, or offsets would move")
        return self

    # Dropped rather than refused: the text is the evidence and a bad link is only metadata, so an
    # article with a `javascript:` or relative url is kept, known by its source name, and never linked.
    _web_url = field_validator("url", mode="before")(web_url)

    @property
    def id(self) -> str:
        return ids.article(self.url or self.source_name)

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


class Entity(Strict):
    """A person, group or place as resolved: `id` is the same in every article that names it."""

    id: str
    label: EntityLabel
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    parent_id: str | None = None  # places: the place that contains it
    mentioned: bool = True  # False for containers added only to complete a place chain


class Membership(Strict):
    person_id: str
    group_id: str
    role: str = "member"


class Claim(Strict):
    """One attributed statement, traced to its sentence."""

    id: str
    text: str
    sentence: str
    start: int
    end: int
    cue: str
    confidence: float = Field(ge=0, le=1)
    claimant_ids: list[str] = Field(default_factory=list)
    disputer_ids: list[str] = Field(default_factory=list)
    about_ids: list[str] = Field(default_factory=list)  # strikes, actors, places
    stance: Stance = "claimed"
    fate: Fate | None = None  # for claims about a person's fate
    killed: int | None = None  # casualty figure this claim gives, if any
    wounded: int | None = None
    qualifier: str | None = None  # "at least", "some", "dozens"…


class Strike(Strict):
    """An attack as reported. `id` is provisional until resolution matches it to a known event."""

    id: str
    kind: StrikeKind
    date: str | None = None
    date_precision: DatePrecision | None = None
    killed: int | None = None
    wounded: int | None = None
    place_id: str | None = None
    perpetrator_ids: list[str] = Field(default_factory=list)
    target_ids: list[str] = Field(default_factory=list)
    sentence: str = ""
    start: int = 0
    end: int = 0


class ArticleGraph(Strict):
    """Everything one article contributes to the graph."""

    article: ArticleInput
    entities: list[Entity] = Field(default_factory=list)
    memberships: list[Membership] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    strikes: list[Strike] = Field(default_factory=list)
