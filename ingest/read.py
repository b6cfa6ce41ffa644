"""Read articles from files, directories and standard input into ArticleInputs.

Every problem with one document becomes an InputError naming it and the reason; the caller reports
it and goes on with the rest of the batch.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from dateutil import parser as dateparser

from graph.errors import InputError
from ingest.clean import clean_text, html_to_text
from ingest.model import ArticleInput

MAX_BYTES = 10_000_000  # a news article is kilobytes; beyond this it is not one
SUFFIXES = {".txt", ".json", ".jsonl", ".html", ".htm"}
DATE_LINE = re.compile(
    r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}\s*$"
    r"|^\s*\d{4}-\d{2}-\d{2}\s*$"
)

Item = ArticleInput | InputError


def expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files named, and the article files under directories named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield path
        elif path.is_dir():
            try:
                found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
            except OSError as exc:  # symlink loops, permissions
                yield InputError(str(path), f"cannot list directory: {exc.strerror or exc}")
                continue
            yield from found
        else:
            yield path


def parse_date(value: object) -> date | None:
    if not value:
        return None
    try:
        return dateparser.parse(str(value), fuzzy=True).date()
    except (ValueError, OverflowError):
        return None


def decode(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise InputError(source, "empty file")
    if b"\x00" in raw[:8192]:
        raise InputError(source, "binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not UTF-8 text (byte {exc.start}); convert it to UTF-8") from None


def from_text(text: str, source: str, **meta) -> ArticleInput:
    """A plain-text article: a leading title line, dateline ("MOSCOW — ") and date line are recognised."""
    lines = [ln.strip() for ln in text.strip().splitlines()]
    title = meta.pop("title", None)
    published = meta.pop("published", None)
    body_start = 0
    # A short first line without final punctuation, followed by a blank line, is a headline.
    if len(lines) > 2 and lines[0] and len(lines[0]) < 200 and not lines[0].endswith((".", '"', "”")) and not lines[1]:
        title = title or lines[0]
        body_start = 2
    while body_start < len(lines) and (not lines[body_start] or DATE_LINE.match(lines[body_start])):
        if lines[body_start]:
            published = published or parse_date(lines[body_start])
        body_start += 1
    body = "\n".join(lines[body_start:]) if body_start else text
    body = clean_text(body)
    if not body.strip():
        raise InputError(source, "no article text")
    return ArticleInput(source_name=source, text=body, title=title, published=published, **meta)


def from_record(record: object, source: str) -> ArticleInput:
    if not isinstance(record, dict):
        raise InputError(source, "JSON article must be an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, "JSON article has no 'text'")
    meta = {k: record.get(k) for k in ("url", "title", "outlet") if isinstance(record.get(k), str)}
    return from_text(text, str(record.get("id") or source), published=parse_date(record.get("published")), **meta)


def read_one(path: Path, name: str | None = None, **meta) -> Iterator[Item]:
    """Articles in one file: one for .txt/.html/.json, one per line for .jsonl."""
    source = name or path.name
    try:
        if str(path) == "-":
            raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            if path.stat().st_size > MAX_BYTES:
                raise InputError(source, f"larger than {MAX_BYTES // 1_000_000} MB; not an article")
            raw = path.read_bytes()
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from parse_bytes(raw, source, path.suffix.lower(), **meta)


def parse_bytes(raw: bytes, source: str, suffix: str, **meta) -> Iterator[Item]:
    try:
        if len(raw) > MAX_BYTES:
            raise InputError(source, f"larger than {MAX_BYTES // 1_000_000} MB; not an article")
        text = decode(raw, source)
        if suffix == ".jsonl":
            yield from _jsonl(text, source)
            return
        if suffix == ".json" or (suffix not in SUFFIXES and text.lstrip().startswith("{")):
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(source, f"malformed JSON at line {exc.lineno}: {exc.msg}") from None
            article = from_record(record, source)
            yield article.model_copy(update={"source_name": source, **{k: v for k, v in meta.items() if v}})
            return
        if suffix in {".html", ".htm"} or text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
            title, body = html_to_text(text)
            meta.setdefault("title", title)
            text = body
            if not text.strip():
                raise InputError(source, "no article text found in the HTML page")
        yield from_text(text, source, **{k: v for k, v in meta.items() if v is not None})
    except InputError as exc:
        yield exc


def _jsonl(text: str, source: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON line: {exc.msg}")
            continue
        try:
            article = from_record(record, where)
            yield article if isinstance(record, dict) and record.get("id") else article.model_copy(
                update={"source_name": where}
            )
        except InputError as exc:
            yield exc


def read_paths(paths: Iterable[str | Path], **meta) -> Iterator[Item]:
    """Every article under `paths`, or an InputError for each document that cannot be read."""
    for path in expand(paths):
        if isinstance(path, InputError):
            yield path
        else:
            yield from read_one(path, **meta)
