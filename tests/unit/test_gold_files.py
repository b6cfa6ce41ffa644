"""The gold annotations of our own example articles are consistent with the articles they describe.

A gold sentence that is not verbatim in its article can never be matched by the scorer, so a typo in the gold
would silently cost recall; these checks catch that before a score is trusted.
"""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.support import ROOT

ARTICLES = ROOT / "examples" / "articles"
GOLD = ROOT / "tests" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))
ENTITY_TYPES = {"Person", "Group", "Place"}
STRIKE_KINDS = {"airstrike", "shelling", "bombing", "missile", "drone", "chemical", "ground_attack", "other"}
BLOCK_TAGS = frozenset(
    {"p", "div", "li", "h1", "h2", "h3", "br", "section", "article", "aside", "header", "footer", "nav"}
)


class VisibleText(HTMLParser):
    """Text a reader sees: no scripts or styles, and block boundaries kept as line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self.hidden -= 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def article_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(raw)["text"]
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        return "".join(parser.parts)
    return raw


def load(gold_path: Path) -> dict:
    return json.loads(gold_path.read_text(encoding="utf-8"))


def test_there_are_enough_annotated_articles():
    annotated = [g for g in GOLD_FILES if (ARTICLES / load(g)["article"]["source_name"]).is_file()]
    assert len(annotated) >= 20
    assert {p.suffix for p in ARTICLES.iterdir()} >= {".json", ".txt", ".html"}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[g.stem for g in GOLD_FILES])
def test_gold_matches_its_article(gold_path: Path):
    gold = load(gold_path)
    meta = gold["article"]
    article = ARTICLES / meta["source_name"]
    assert article.is_file(), f"no article {meta['source_name']}"
    assert article.stem == gold_path.stem
    if meta["published"] is not None:
        date.fromisoformat(meta["published"])
    if article.suffix == ".json":
        record = json.loads(article.read_text(encoding="utf-8"))
        assert (record["url"], record["outlet"], record["published"]) == (
            meta["url"],
            meta["outlet"],
            meta["published"],
        )

    text = squeeze(article_text(article))
    for item in gold["claims"] + gold["strikes"]:
        assert squeeze(item["sentence"]) in text, f"{item['id']} not verbatim: {item['sentence'][:60]}"

    names = {e["name"] for e in gold["entities"]}
    assert len(names) == len(gold["entities"]), "duplicate entity names"
    for entity in gold["entities"]:
        assert entity["types"] and set(entity["types"]) <= ENTITY_TYPES, entity["name"]
        assert entity["name"] in entity["aliases"], entity["name"]
    for child, parent in gold["located_in"]:
        assert child in names and parent in names, (child, parent)
        assert child != parent

    strike_ids = [s["id"] for s in gold["strikes"]]
    assert len(set(strike_ids)) == len(strike_ids)
    for strike in gold["strikes"]:
        assert strike["kind"] in STRIKE_KINDS, strike["id"]
        assert strike["place"] and strike["claimed_by"], strike["id"]
        assert strike["killed"] is None or strike["killed"] >= 0
        if strike["date"] is not None:
            date.fromisoformat(strike["date"])
    for claim in gold["claims"]:
        assert claim["claimant"], claim["id"]
        assert claim["about_strike"] in {*strike_ids, None}, claim["id"]
        assert all(disputer for disputer in claim["disputed_by"]), claim["id"]
