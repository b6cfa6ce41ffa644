"""Ingest articles over HTTP, through the same pipeline as `kg ingest`."""

from __future__ import annotations

import hashlib

from fastapi import APIRouter, Depends, Request

from api.deps import GraphDep, NamesDep, SettingsDep, require_api_key
from api.models import ArticleIn, ArticleResult, ArticlesIn, ArticlesResult, error_responses
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
