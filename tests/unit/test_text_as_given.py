"""Provenance points into the text as the user gave it, and hard-wrapped text reads like the original.

Runs the extractor (no database) over the dev set in ../shared/corpus (skipped when it is absent)
and over our own examples.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from ingest.read import read_paths
from tests.support import CORPUS, ROOT

EXAMPLES = ROOT / "examples" / "articles"
SEEDS = CORPUS / "seeds"


def articles_in(*folders: Path) -> list:
    return [a for a in read_paths([f for f in folders if f.is_dir()]) if not isinstance(a, Exception)]


def wrapped(text: str, width: int = 70) -> str:
    """Every line cut at `width` columns, as text pasted from an e-mail or a terminal."""
    return "\n".join(textwrap.fill(line, width) if line else "" for line in text.split("\n"))


def test_every_claim_and_strike_sentence_is_its_slice_of_the_text_as_given(extractor):
    articles = articles_in(EXAMPLES, SEEDS, CORPUS / "real")
    assert len(articles) >= 24
    checked = 0
    for article, doc in zip(articles, extractor.extract_batch(articles), strict=True):
        for item in (*doc.claims, *doc.strikes):
            assert article.text[item.start : item.end] == item.sentence, (article.source_name, item.sentence)
            checked += 1
    assert checked > 200


def test_plain_text_is_stored_as_given(tmp_path):
    text = "Drone strike kills three\n\nBy Jane Doe\n\nThe army said on Monday a drone hit a truck.\r\n"
    (tmp_path / "story.txt").write_text(text, newline="")
    [article] = articles_in(tmp_path)
    assert article.text == text.replace("\r\n", "\n")
    assert "Jane Doe" not in article.story and len(article.story) == len(article.text)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus is not beside the project")
def test_a_hard_wrapped_copy_of_each_seed_gives_the_same_claims(extractor, tmp_path):
    for seed in sorted(SEEDS.glob("*.txt")):
        (tmp_path / seed.name).write_text(wrapped(seed.read_text()))
    originals, copies = articles_in(SEEDS), articles_in(tmp_path)
    assert len(originals) == len(copies) == 3
    for original, copy, a, b in zip(
        originals, copies, extractor.extract_batch(originals), extractor.extract_batch(copies), strict=True
    ):
        assert max(map(len, copy.text.splitlines())) <= 70 < max(map(len, original.text.splitlines()))
        assert claims(b) == claims(a), original.source_name
        assert not [e.name for e in b.entities if "\n" in e.name]


def claims(doc) -> list[tuple[tuple[str, ...], str]]:
    """Claimants and sentences, the whitespace a wrap leaves (also after a hyphen) folded away."""
    folded = ((tuple(c.claimant_ids), re.sub(r"-\s+", "-", " ".join(c.sentence.split()))) for c in doc.claims)
    return sorted(folded)
