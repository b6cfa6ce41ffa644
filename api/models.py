"""Response and request bodies, typed so that OpenAPI (/docs) documents every shape the API answers."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator

from graph.urls import web_url
from graph.vocab import Fate, Stance

ActorLabel = Literal["Person", "Group"]
NodeLabel = Literal["Person", "Group", "Place", "Strike", "Claim"]
EdgeType = Literal[
    "CLAIMED_BY", "DISPUTED_BY", "ABOUT", "LOCATED_IN", "CARRIED_OUT_BY", "TARGETED", "MEMBER_OF"
]


class Out(BaseModel):
    """Extra keys from the graph are dropped, not an error: the graph may grow properties."""

    model_config = ConfigDict(extra="ignore")


class Candidate(BaseModel):
    id: str
    label: str
    name: str | None
    detail: str | None


class Error(BaseModel):
    """Every error answer: one clear message; an ambiguous name also lists what it could mean."""

    detail: str
    candidates: list[Candidate] | None = None


ERROR_DESCRIPTIONS = {
    400: "the body could not be read as JSON text",
    401: "missing or wrong X-API-Key",
    403: "the query would write, read files, call procedures or switch databases",
    404: "no node with this id (or name, in a filter)",
    413: "request body, or one result row, too large",
    422: "bad parameters, with what is wrong; a name several nodes answer to, with `candidates`",
    429: "too many costly requests at once; try again shortly",
    503: "the graph database is unavailable (or a feature is not configured)",
    504: "the query ran past the time limit",
}


def error_responses(*codes: int) -> dict[int | str, dict]:
    """OpenAPI entries for the error answers an operation can give, all shaped like `Error`."""
    return {code: {"model": Error, "description": ERROR_DESCRIPTIONS[code]} for code in codes}


class Status(Out):
    status: Literal["ok"] = "ok"


class Ready(Status):
    database: str


class Stats(Out):
    nodes: dict[str, int]
    relationships: dict[str, int]


class ActorRef(Out):
    id: str
    label: ActorLabel
    name: str | None
    kind: str | None = None


class Actor(ActorRef):
    aliases: list[str] = []


class ActorListItem(Actor):
    claim_count: int = Field(description="claims it made; a group's include its members'")


class PlaceRef(Out):
    id: str
    name: str | None
    kind: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None


class ArticleRef(Out):
    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = Field(None, description="an http(s) link; any other is never stored nor answered")
    published: str | None = None
    source_name: str | None = None

    # A graph written before urls were checked at ingest may still hold a `javascript:` one.
    _web_url = field_validator("url", mode="before")(web_url)


class ClaimSummary(Out):
    id: str
    text: str | None
    sentence: str | None
    cue: str | None = None
    confidence: float | None = None
    stance: Stance | None = None
    fate: Fate | None = None
    killed: int | None = None
    wounded: int | None = None
    qualifier: str | None = None
    published: str | None = None
    article: ArticleRef | None
    claimants: list[ActorRef]
    disputers: list[ActorRef]
    disputed: bool = Field(description="someone disputes it, or it is itself a denial")


class Subject(Out):
    id: str
    label: Literal["Person", "Group", "Place", "Strike"]
    name: str | None


class ClaimDetail(ClaimSummary):
    start: int | None = None
    end: int | None = None
    about: list[Subject]


class StrikeSummary(Out):
    id: str
    kind: str | None
    date: str | None = None
    date_precision: str | None = None
    killed: int | None = None
    wounded: int | None = None
    place: PlaceRef | None = None
    perpetrators: list[ActorRef]
    targets: list[ActorRef]
    claim_count: int


class MapStrike(Out):
    id: str
    kind: str | None
    date: str | None = None
    killed: int | None = None
    place_id: str
    place: str
    lat: float
    lon: float
    claim_count: int
    dispute_count: int = Field(description="disputes of claims about the strike")
    contest: Literal["none", "disputed", "contradicted"] = Field(
        description="'contradicted': reports name more than one perpetrator; "
        "'disputed': a claim about it is disputed"
    )


class StrikeMap(Out):
    strikes: list[MapStrike] = Field(description="strikes whose place has coordinates, latest first")
    truncated: bool


class ClaimsByStance(Out):
    claimed: list[ClaimSummary]
    disputed: list[ClaimSummary] = Field(description="denials, and claims someone disputes")
    unconfirmed: list[ClaimSummary]


class Figure(Out):
    """One casualty figure as one claimant gives it."""

    claimant: ActorRef | None
    killed: int | None
    wounded: int | None
    qualifier: str | None = Field(description="'at least', 'dozens'…: it qualifies the claim's figure")
    claim_id: str
    published: str | None = None


class SourceFigures(Out):
    """What one source says the toll is, oldest first: a later figure revises an earlier one."""

    claimant: ActorRef | None = Field(description="None: a figure nobody is named for (one row per claim)")
    figures: list[Figure]


class Dispute(Out):
    claim: ClaimSummary = Field(description="the claim disputed")
    disputer: ActorRef
    answer: ClaimSummary | None = Field(
        description="the disputer's own claim about the strike in the same article (a denial first), if any"
    )


class PerpetratorSource(Out):
    """Who names a perpetrator: the claimants of the strike's claims whose sentence names it."""

    perpetrator: ActorRef
    according_to: list[ActorRef]
    disputed_by: list[ActorRef] = Field(description="who denies the claims naming it, or disputes them")
    claim_ids: list[str]


class StrikeDetail(StrikeSummary):
    claims: ClaimsByStance
    figures: list[Figure] = Field(description="every figure of every claimant, oldest first")
    figures_by_source: list[SourceFigures] = Field(description="the same, one entry per source")
    disputes: list[Dispute] = Field(description="each claim about the strike with each of its disputers")
    perpetrator_sources: list[PerpetratorSource]
    articles: list[ArticleRef]


class Membership(Out):
    group: ActorRef
    role: str | None


class Member(Out):
    person: ActorRef
    role: str | None


class ActorTotals(Out):
    claims_made: int
    claims_disputed: int
    claims_about: int
    strikes_carried_out: int
    strikes_targeted: int


class ActorDetail(Out):
    """Each list holds the newest 50; `totals` says how many there are (/claims and /strikes page them)."""

    actor: Actor
    claims_made: list[ClaimSummary]
    claims_disputed: list[ClaimSummary]
    claims_about: list[ClaimSummary]
    strikes_carried_out: list[StrikeSummary]
    strikes_targeted: list[StrikeSummary]
    totals: ActorTotals
    member_of: list[Membership]
    members: list[Member]


class PlaceDetail(Out):
    place: PlaceRef
    ancestors: list[PlaceRef] = Field(description="the places containing it, nearest first")
    children: list[PlaceRef]
    strikes: list[StrikeSummary] = Field(description="the newest 50 strikes within it, at any depth")
    strikes_total: int = Field(description="how many strikes there are within it")


class FateEvent(Out):
    """One claim about a person's fate: what it says (`fate`), how (`stance`) and who says it."""

    claim: ClaimSummary
    fate: Fate = Field(description="the fate the claim speaks of")
    stance: Stance = Field(
        description="claimed: the claimants say so; disputed: they deny it (a denial of 'killed' says he"
        " was not killed); unconfirmed: they say it cannot be confirmed"
    )
    claimants: list[ActorRef] = Field(description="who says it")
    disputers: list[ActorRef] = Field(description="who disputes it")
    date: str | None


class FateTimeline(Out):
    person: ActorRef
    events: list[FateEvent]


class SearchHit(Out):
    id: str
    label: Literal["Person", "Group", "Place", "Strike"]
    name: str | None
    kind: str | None
    detail: str | None
    score: float


class SearchResults(Out):
    items: list[SearchHit]


T = TypeVar("T")


class Page(Out, Generic[T]):
    items: list[T]
    total: int
    offset: int
    limit: int


class DatedPage(Page[T], Generic[T]):
    undated: int = Field(description="how many of `total` have no date (kept unless undated=exclude)")


class ArticleListItem(ArticleRef):
    claim_count: int
    strike_count: int


class ArticleDetail(Out):
    article: ArticleListItem
    claims: list[ClaimSummary] = Field(description="in reading order")
    strikes: list[StrikeSummary]


class MatrixColumn(Out):
    id: str = Field(description="a strike's id, or a fact: toll, perpetrator, target")
    kind: Literal["strike", "fact"]
    name: str


class MatrixCell(Out):
    row: str = Field(description="the claimant's (or disputer's) id")
    column: str
    stance: Stance = Field(
        description="what this source does: claims, disputes (or denies), or cannot confirm"
    )
    figure: str | None = Field(description="its latest casualty figure, as text: 'at least 14 killed'")
    killed: int | None
    wounded: int | None
    qualifier: str | None
    claim_ids: list[str] = Field(
        description="the claims behind the cell: GET /claims/{id} gives each sentence"
    )


class Matrix(Out):
    rows: list[ActorRef] = Field(description="claimants and disputers, the busiest first")
    columns: list[MatrixColumn]
    cells: list[MatrixCell]
    truncated: bool = Field(description="more strikes matched than the 50 columns shown (the latest)")


class NetworkNodeData(Out):
    model_config = ConfigDict(extra="allow")  # label-specific fields: sentence, date, lat...

    id: str
    label: NodeLabel
    name: str | None
    kind: str | None = None
    claim_count: int = 0


class NetworkNode(Out):
    data: NetworkNodeData


class NetworkEdgeData(Out):
    id: str
    source: str
    target: str
    type: EdgeType


class NetworkEdge(Out):
    data: NetworkEdgeData


class Elements(Out):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Network(Out):
    elements: Elements
    truncated: bool
    center: str


class NamedQueryInfo(Out):
    name: str
    description: str
    parameters: list[str]
    example: dict[str, JsonValue]
    folder: str | None = Field(None, description="the menu (Neo4j Browser favorites folder) it belongs in")


class NamedQueryText(NamedQueryInfo):
    text: str


class CypherRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(min_length=1, max_length=20_000, examples=["MATCH (g:Group) RETURN g.name LIMIT 5"])
    params: dict[str, JsonValue] = Field(default_factory=dict, description="JSON values only")


class CypherResult(Out):
    columns: list[str]
    rows: list[list[JsonValue]]
    truncated: bool = Field(description="more rows than the row or byte cap allowed")
    elapsed_ms: float


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="a date with a year, e.g. 2024-03-05")
    source_name: str | None = Field(None, description="a name for it; default: its url or a hash of its text")


class ArticlesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


class ArticleResult(Out):
    source_name: str
    status: Literal["written", "unchanged", "failed"]
    article_id: str | None
    claims: int
    strikes: int
    error: str | None


class ArticlesResult(Out):
    results: list[ArticleResult]
