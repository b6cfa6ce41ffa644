"""Alias-aware search that forgives typos and transliterations ("Qaida" finds al-Qaeda).

ArcadeDB's Cypher has no full-text index and Neo4j's Lucene fuzziness knows nothing of
transliteration, so the same thing runs on both: every name and alias of every person, group and
place (and a description of every strike) is loaded into memory, folded two ways, and indexed by
character trigrams. A query's trigrams pick a few hundred candidates; difflib ranks them, once
rapidfuzz has ruled out the hopeless ones.

The index is rebuilt when the graph's version (see `api/cache.py`) has moved, at most once every
`ttl` seconds while articles stream in; the API rebuilds it at once after it ingests.
"""

from __future__ import annotations

import heapq
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.fuzz import ratio as indel_ratio

from graph.db import Graph
from graph.queries import QueryLibrary
from graph.vocab import name_key

# Arabic and English articles carry no meaning for matching: "al-Qaida" is found by "Qaida".
ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "the"})
# Spellings that transliterations of one name swap freely; every vowel (and y) counts as one.
DIGRAPHS = (("kh", "h"), ("gh", "g"), ("ph", "f"), ("sh", "s"), ("dh", "d"), ("th", "t"), ("ck", "k"),
            ("zh", "j"), ("q", "k"), ("c", "k"), ("w", "v"), ("j", "i"))  # fmt: skip
VOWELS = re.compile(r"[aeiouy]+")
REPEATS = re.compile(r"(.)\1+")
MIN_SCORE = 0.7
CANDIDATES = 300
PAGE_DEPTH = 1000  # ranked matches considered when paging a name query


def fold(text: str) -> str:
    """Lower-case ASCII words without punctuation or articles."""
    words = name_key(text).split()
    return " ".join(w for w in words if w not in ARTICLES) or " ".join(words)


@lru_cache(maxsize=1 << 16)  # called for every candidate name of every query; names are a bounded set
def skeleton(folded: str) -> str:
    """The folded words with transliteration variants merged: Qaeda/Qaida, Idlib/Idleb, Husaybah/Husaibah."""
    for a, b in DIGRAPHS:
        folded = folded.replace(a, b)
    return REPEATS.sub(r"\1", VOWELS.sub("a", folded))


def trigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for word in text.split():
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


@lru_cache(maxsize=1 << 16)  # names share words ("Army", "Front", places): pairs recur; difflib is slow
def _difflib_ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _ratio_bound(a: str, b: str) -> float:
    """Never below difflib's ratio, at a hundredth of its cost: rapidfuzz's Indel ratio counts the longest
    common subsequence, of which difflib's greedy matching blocks are one."""
    return indel_ratio(a, b) / 100 + 1e-9


def _ratio(a: str, b: str, floor: float = 0.0) -> float:
    """difflib's ratio, or 0.0 when it cannot reach `floor`."""
    return _difflib_ratio(a, b) if _ratio_bound(a, b) >= floor else 0.0


def _word_score(query_words: list[str], name_words: list[str], floor: float = 0.0) -> float:
    """How well each query word matches its best name word (a prefix of three letters or more counts),
    or 0.0 when the mean cannot reach `floor`."""

    def best(q: str, ratio) -> float:
        return max(
            (0.95 if len(q) >= 3 and w.startswith(q) else ratio(q, w) for w in name_words), default=0.0
        )

    if sum(best(q, _ratio_bound) for q in query_words) / len(query_words) < floor:
        return 0.0
    return sum(best(q, _difflib_ratio) for q in query_words) / len(query_words)


def score(query: str, name: str) -> float:
    """0..1: exact 1, prefix or word prefix about 0.9, then typo and transliteration similarity.

    Similarities that cannot reach MIN_SCORE are not worked out: a name scoring under it is dropped
    whatever they are, and one scoring over it takes its score from a bigger one.
    """
    if not query or not name:
        return 0.0
    if query == name:
        return 1.0
    if name.startswith(query) or f" {query}" in f" {name}":
        return 0.9 + 0.1 * len(query) / len(name)
    similar = max(
        _ratio(query, name, MIN_SCORE), _word_score(query.split(), name.split(), MIN_SCORE / 0.95) * 0.95
    )
    q_words = skeleton(query).split()
    if sum(map(len, q_words)) >= 3:  # transliterations must agree exactly once folded: fuzzy ones are noise
        n_words = set(skeleton(name).split())
        similar = max(similar, 0.92 * sum(w in n_words for w in q_words) / len(q_words))
    return similar


@dataclass
class Entry:
    id: str
    label: str
    name: str | None
    kind: str | None
    detail: str | None
    keys: list[str] = field(default_factory=list)


@dataclass
class Hit:
    id: str
    label: str
    name: str | None
    kind: str | None
    detail: str | None
    score: float


class NameIndex:
    """Names and aliases of the graph's entities, searchable with typos; see the module docstring."""

    def __init__(self, graph: Graph, queries: QueryLibrary, version: Callable[[], object], ttl: float = 30.0):
        self.graph = graph
        self.query = queries["api_search_names"]
        self.version = version  # None while unknown: the index built last is kept
        self.ttl = ttl
        self._lock = threading.Lock()
        self._built_at = float("-inf")
        self._built_version: object = None
        self._entries: list[Entry] = []
        self._grams: dict[str, list[int]] = {}

    def invalidate(self) -> None:
        self._built_at = float("-inf")

    def search(self, text: str, labels: Iterable[str] | None = None, limit: int = 20) -> list[Hit]:
        """The best matches for `text` among `labels`, best first."""
        entries, grams = self._current()
        query = fold(text)
        if not query:
            return []
        wanted = set(labels) if labels is not None else None
        shared: Counter[int] = Counter()
        for gram in trigrams(query) | trigrams(skeleton(query)):
            shared.update(grams.get(gram, ()))
        hits = []
        # Ties broken by index, not by the order string hashing gave the trigrams: the same query must
        # find the same names in every process.
        for index, _ in heapq.nsmallest(CANDIDATES * 4, shared.items(), key=lambda kv: (-kv[1], kv[0])):
            entry = entries[index]
            if wanted is not None and entry.label not in wanted:
                continue
            best = max(score(query, key) for key in entry.keys)
            if best >= MIN_SCORE:
                hits.append(Hit(entry.id, entry.label, entry.name, entry.kind, entry.detail, round(best, 3)))
        hits.sort(key=lambda h: (-h.score, h.name or "", h.id))
        return hits[:limit]

    def page(
        self, text: str, labels: Iterable[str], kind: str | None, offset: int, limit: int
    ) -> tuple[list[str], int]:
        """The ids of one page of the best matches of `kind` (any when None), and how many matched."""
        hits = [h for h in self.search(text, labels, PAGE_DEPTH) if kind is None or h.kind == kind]
        return [h.id for h in hits[offset : offset + limit]], len(hits)

    def _current(self) -> tuple[list[Entry], dict[str, list[int]]]:
        with self._lock:
            now, version = time.monotonic(), self.version()
            invalidated = self._built_at == float("-inf")  # or never built
            # A rebuild reads every name and holds the GIL for seconds on a large graph, stalling every
            # request: redo it only when the graph moved, and not more often than every `ttl` seconds.
            if invalidated or (
                version is not None and version != self._built_version and now - self._built_at > self.ttl
            ):
                self._entries, self._grams = self._build()
                self._built_at, self._built_version = now, version
            return self._entries, self._grams

    def _build(self) -> tuple[list[Entry], dict[str, list[int]]]:
        entries: list[Entry] = []
        grams: dict[str, list[int]] = defaultdict(list)
        for row in self.graph.read(self.query):
            names = {row["name"] or "", *row["search_names"]}
            keys = sorted({fold(n) for n in names if fold(n)})
            if not keys:
                continue
            entry = Entry(row["id"], row["label"], row["name"], row["kind"], row["detail"], keys)
            index = len(entries)
            entries.append(entry)
            for gram in set().union(*(trigrams(k) | trigrams(skeleton(k)) for k in keys)):
                grams[gram].append(index)
        return entries, dict(grams)
