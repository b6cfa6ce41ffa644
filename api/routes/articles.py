"""Ingest articles over HTTP, through the same pipeline as `kg ingest`."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from api.deps import GraphDep, NamesDep, PagingDep, SettingsDep, StoreDep, require_api_key
from api.handles import resolve_article_required
from api.models import (
    ArticleDetail,
    ArticleIn,
    ArticleListItem,
    ArticleResult,
    ArticlesIn,
    ArticlesResult,
    DatedPage,
    error_responses,
)
from graph.errors import InputError
from ingest.model import ArticleInput
from ingest.read import from_record
from ingest.run import prepare_ingest

router = APIRouter(tags=["articles"])


def source_name(article: ArticleIn) -> str:
    """The caller's name for it, else its url, else a name from its text (so a resend is `unchanged`)."""
    return (
        article.source_name or article.url or f"api-{hashlib.sha256(article.text.encode()).hexdigest()[:12]}"
    )


@router.post(
    "/articles",
    dependencies=[Depends(require_api_key)],
    responses=error_responses(400, 401, 413),
)
def post_articles(
    request: Request,
    body: ArticlesIn,
    graph: GraphDep,
    settings: SettingsDep,
    names: NamesDep,
) -> ArticlesResult:
    """Extract and write articles (one transaction each); a bad one fails alone. Needs X-API-Key."""
    items: list[ArticleInput | InputError] = []
    for article in body.articles:
        name = source_name(article)
        try:
            items.append(from_record(article.model_dump(exclude={"source_name"}), name))
        except InputError as exc:
            items.append(exc)
    run = prepare_ingest(graph, settings, request.app.state.extractor.get(settings.spacy_model))
    report = run(items)
    request.app.state.watcher.check()  # cached answers go now, not at the next check
    names.invalidate()
    position = {source_name(a): i for i, a in reversed(list(enumerate(body.articles)))}
    outcomes = sorted(report.outcomes, key=lambda o: position.get(o.source, len(position)))
    return ArticlesResult(
        results=[
            ArticleResult(
                source_name=o.source, status=o.status, article_id=o.article_id, claims=o.claims,
                strikes=o.strikes, error=o.error,
            )
            for o in outcomes
        ]
    )  # fmt: skip


@router.get("/articles")
def list_articles(
    store: StoreDep,
    paging: PagingDep,
    q: Annotated[
        str | None, Query(max_length=200, description="words in the title, outlet, url or file name")
    ] = None,
) -> DatedPage[ArticleListItem]:
    """Articles, newest first, with how many claims each reports and strikes it mentions."""
    text = q.strip().lower() if q and q.strip() else None
    return store.article_page(paging.offset, paging.limit, text)


@router.get("/articles/{article}", responses=error_responses(404))
def get_article(store: StoreDep, article: str) -> ArticleDetail:
    """One article, by id, url or file name: its claims in reading order and the strikes it mentions."""
    return store.article(resolve_article_required(store, "article", article))
