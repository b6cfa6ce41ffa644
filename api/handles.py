"""What people type into a filter, turned into the one node it means.

An id (`group:…`, `place:…`) must name a node of a kind the filter takes; a name is looked up in the
search index, and its best tier of matches (exact, then word or prefix, then fuzzy) must hold one
node. Several there: 422 with the candidates. None, or an unknown id: 404, so that a typo never
reads as "nothing was claimed".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from api.search import NameIndex
from api.store import Store
from graph.errors import BadRequest, NotFound

ID = re.compile(r"(person|group|place|strike):\S+")
LABEL_WORDS = {"Person": "person", "Group": "group", "Place": "place", "Strike": "strike"}
TIERS = (1.0, 0.9)  # exact, word or prefix; below them, fuzzy matches share one tier
MAX_CANDIDATES = 10


class Ambiguous(BadRequest):
    """A name that several nodes answer to equally well."""

    def __init__(self, message: str, candidates: list[dict]):
        super().__init__(message)
        self.candidates = candidates


def _kinds(labels: Sequence[str]) -> str:
    words = [LABEL_WORDS[label] for label in labels]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def resolve_required(store: Store, names: NameIndex, param: str, value: str, labels: Sequence[str]) -> str:
    """The id of the node `value` names among `labels`; a blank value names nothing (404)."""
    found = resolve(store, names, param, value, labels)
    if found is None:
        raise NotFound(f"{param}: a name or id is needed")
    return found


def resolve(
    store: Store, names: NameIndex, param: str, value: str | None, labels: Sequence[str]
) -> str | None:
    """The id of the node `value` names among `labels`, None when there is no value."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if ID.fullmatch(value):
        found = store.read("api_node_find", id=value)
        if not found:
            raise NotFound(f"{param}: no {_kinds(labels)} with id {value!r}")
        if found[0]["label"] not in labels:
            raise BadRequest(
                f"{param}: {value!r} is a {LABEL_WORDS[found[0]['label']]}, not a {_kinds(labels)}"
            )
        return value
    hits = names.search(value, labels, limit=50)
    if not hits:
        raise NotFound(f"{param}: no {_kinds(labels)} named {value!r}")
    floor = next((t for t in TIERS if hits[0].score >= t), 0.0)
    best = [h for h in hits if h.score >= floor]
    if len(best) == 1:
        return best[0].id
    candidates = [
        {"id": h.id, "label": h.label, "name": h.name, "detail": h.detail} for h in best[:MAX_CANDIDATES]
    ]
    listed = "; ".join(f"{c['name']} ({c['id']})" for c in candidates)
    raise Ambiguous(f"{param}: {value!r} names {len(best)} nodes; pass one's id: {listed}", candidates)


def resolve_article_required(store: Store, param: str, value: str) -> str:
    """The id of the article `value` names; a blank value names none (404)."""
    found = resolve_article(store, param, value)
    if found is None:
        raise NotFound(f"{param}: an id, url or file name is needed")
    return found


def resolve_article(store: Store, param: str, value: str | None) -> str | None:
    """The id of the article whose id, url or file name is `value`."""
    if value is None or not value.strip():
        return None
    found = [r["id"] for r in store.read("api_article_find", handle=value.strip())]
    if not found:
        raise NotFound(f"{param}: no article with id, url or file name {value!r}")
    if len(found) > 1:
        candidates = [{"id": i, "label": "Article", "name": None, "detail": None} for i in found]
        raise Ambiguous(f"{param}: {value!r} names {len(found)} articles; pass one's id: {', '.join(found)}",
                        candidates)  # fmt: skip
    return found[0]
