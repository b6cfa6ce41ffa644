"""What routes are handed: the graph, the query library, the settings, the search index, the key check.

Everything here is created once in the app's lifespan and kept on `app.state`; routes take it
through the `...Dep` aliases so they stay one line of logic each.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import Depends, Query, Request, Security
from fastapi.security import APIKeyHeader
from pydantic import BeforeValidator

from api.cypher_console import CypherConsole
from api.search import NameIndex
from api.store import Store
from graph.db import Graph
from graph.errors import FeatureDisabled, Unauthorized
from graph.queries import QueryLibrary
from graph.settings import Settings

MAX_PAGE = 200
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    # Pydantic alone would also read a number as a Unix timestamp: date_from=-3e-220 as 1970-01-01.
    if isinstance(value, str) and not ISO_DAY.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


Day = Annotated[date, BeforeValidator(_iso_day)]
Undated = Annotated[
    Literal["include", "exclude"],
    Query(description="keep (include) or drop (exclude) items without a date, whatever the date filters"),
]


def _graph(request: Request) -> Graph:
    return request.app.state.graph


def _queries(request: Request) -> QueryLibrary:
    return request.app.state.queries


def _settings(request: Request) -> Settings:
    return request.app.state.settings


def _names(request: Request) -> NameIndex:
    return request.app.state.names


def _console(request: Request) -> CypherConsole:
    return request.app.state.console


GraphDep = Annotated[Graph, Depends(_graph)]
QueriesDep = Annotated[QueryLibrary, Depends(_queries)]
SettingsDep = Annotated[Settings, Depends(_settings)]
NamesDep = Annotated[NameIndex, Depends(_names)]
ConsoleDep = Annotated[CypherConsole, Depends(_console)]


def _store(graph: GraphDep, queries: QueriesDep) -> Store:
    return Store(graph, queries)


StoreDep = Annotated[Store, Depends(_store)]


@dataclass(frozen=True)
class Paging:
    offset: int
    limit: int


def _paging(
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="items per page")] = 20,
) -> Paging:
    return Paging(offset, limit)


PagingDep = Annotated[Paging, Depends(_paging)]

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="the server's KG_API_KEY")


def require_api_key(settings: SettingsDep, key: Annotated[str | None, Security(_api_key_header)]) -> None:
    """Writes need the configured key; with no key configured they are refused, never open."""
    if settings.api_key is None:
        raise FeatureDisabled("ingest over the API is disabled: the server has no KG_API_KEY set")
    if key is None:
        raise Unauthorized("missing X-API-Key header")
    if not secrets.compare_digest(key.encode(), settings.api_key.get_secret_value().encode()):
        raise Unauthorized("wrong API key")
