"""Read articles from files, directories and standard input into ArticleInputs.

Every problem with one document becomes an InputError naming it and the reason; the caller reports
it and goes on with the rest of the batch. Memory stays bounded: a file over the size limit is
refused before it is read, and JSON Lines files are read a line at a time.

What the reader hands on as `ArticleInput.text` is the text every claim's offsets point into: a
headline line and a date line are taken out of it (into `title` and `published`), page furniture is
dropped, and nothing else changes.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import io
import json
import os
import re
import stat
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from dateutil import parser as dateparser

from graph.db import one_line
from graph.errors import InputError
from ingest.clean import blank, html_to_text, unwrap, without_furniture
from ingest.model import ArticleInput

MAX_FILE_BYTES = 10_000_000  # one article file (or one JSON line); a news page is kilobytes
MAX_TEXT_CHARS = 1_000_000  # article text after cleaning; spaCy's own default limit
SUFFIXES = {".txt", ".json", ".jsonl", ".html", ".htm"}
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE = (
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|{MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
DATE_LINE = re.compile(rf"^\s*{DATE}\s*$")
# "September 8, 2017Russia's ministry said…": a page's date line run into the first sentence.
GLUED_DATE = re.compile(rf"^({DATE})(?:(?=[A-Z\"“‘'])|\s*[—–|-]\s+)")
# "MOSCOW, May 31, 2023 (Reuters) -": a dateline that dates the story (only a date with a year counts).
DATELINE_DATE = re.compile(rf"^[A-Z][A-Z .'’-]+(?:\([^)]*\))?,\s*(?P<date>{DATE})\s*(?:\([^)]*\))?\s*[—–-]")
TITLE_END = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")", "—", "–", "-")
MAX_TITLE_CHARS = 200

# Signatures of files people drop into an article folder by mistake.
MAGIC = {
    b"%PDF-": "PDF document",
    b"PK\x03\x04": "ZIP archive (or Word/OpenDocument file)",
    b"\x1f\x8b": "gzip archive",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x7fELF": "executable",
    b"\xd0\xcf\x11\xe0": "legacy Office document",
}
CONTROL = (
    set(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | set(range(0x10, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F, 0x7F}
)
# Windows-1252 is Latin-1 with printable characters (curly quotes, dashes, €) in 0x80-0x9F.
CP1252 = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in {0x81, 0x8D, 0x8F, 0x90, 0x9D}
}
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
FILE_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
}

Item = ArticleInput | InputError
Warn = Callable[[str], None]


def _quiet(_: str) -> None:
    """Default for callers that do not show warnings."""


def expand(
    paths: Iterable[str | Path], on_skip: Callable[[Path], None] | None = None
) -> Iterator[Path | InputError]:
    """Files named, and the article files under directories named, in a stable order.

    Hidden files and folders (".DS_Store", "._story.txt" from macOS) are skipped inside
    directories; other files there of a kind we do not read are passed to `on_skip`, so the run
    can name them. A file named explicitly is always read.
    """
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-" or not _is_dir(path):
            yield path
            continue
        if not os.access(path, os.R_OK | os.X_OK):
            yield InputError(str(path), "cannot list directory: Permission denied")
            continue
        try:
            files = sorted(
                p for p in path.rglob("*")
                if not _is_dir(p) and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )  # fmt: skip
        except OSError as exc:
            yield InputError(str(path), f"cannot list directory: {exc.strerror or exc}")
            continue
        found = [p for p in files if p.suffix.lower() in SUFFIXES]
        for unsupported in (p for p in files if p.suffix.lower() not in SUFFIXES):
            if on_skip:
                on_skip(unsupported)
        if not found:
            yield InputError(str(path), f"no article files ({', '.join(sorted(SUFFIXES))}) in this directory")
        yield from found


def _is_dir(path: Path) -> bool:
    """False also when we may not look: reading the path then says why."""
    try:
        return path.is_dir()
    except OSError:
        return False


def parse_date(value: object) -> date | None:
    """A date with a year in any common form; None for anything else (no year, no date at all)."""
    text = str(value or "")
    if not re.search(r"\b\d{4}", text):  # the parser would fill a missing year, or day, from today
        return None
    try:
        return dateparser.parse(text, fuzzy=True, default=datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def decode(raw: bytes, source: str, warn: Warn = _quiet) -> str:
    """Bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are.

    Text that is not UTF-8 and has no UTF-8 sequences at all is Latin-1 or Windows-1252, the usual
    encoding of older newsroom exports: it is read as Windows-1252 with a warning, since a user would
    rather have the article. A file that mixes valid UTF-8 with broken sequences is corrupt, and
    guessing would garble its text silently, so it is refused.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _non_empty(raw.decode("utf-16"), source)
        except UnicodeDecodeError:
            raise InputError(source, "invalid UTF-16 text") from None
    if not raw.strip():
        raise InputError(source, "empty file" if not raw else "empty file (only whitespace)")
    _refuse_binary(raw, source)
    try:
        return _non_empty(raw.decode("utf-8-sig"), source)
    except UnicodeDecodeError as exc:
        if UTF8_MULTIBYTE.search(raw):
            raise InputError(source, f"invalid UTF-8 (broken byte sequence at byte {exc.start})") from None
    warn(f"{source}: not UTF-8; read as Windows-1252 (Latin-1)")
    return _non_empty(raw.decode("latin-1").translate(CP1252), source)


def _non_empty(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "empty file (only whitespace)")
    return text


def _refuse_binary(raw: bytes, source: str) -> None:
    head = raw[:8192]
    kind = next((name for magic, name in MAGIC.items() if head.startswith(magic)), None)
    if kind:
        raise InputError(source, f"binary file ({kind}), not text")
    if b"\x00" in head or sum(b in CONTROL for b in head) > len(head) / 100:
        raise InputError(source, "binary file, not text")


def from_text(text: str, source: str, **meta) -> ArticleInput:
    """A plain-text article. Its text is kept as given (newlines normalised), since claim offsets
    point into it; what the extractor reads is a view of the same length (see ingest/clean.py), with
    hard wraps undone and the header, furniture, bylines and captions blanked. A leading headline
    line and a date line (alone, or run into the first sentence, or in a dateline with a year)
    become `title` and `published`; a dateline such as "MOSCOW — " stays, as story text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            source, f"article text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit"
        )
    title = meta.pop("title", None)
    published = meta.pop("published", None)
    view = unwrap(without_furniture(text))
    lines = [line for line in _lines(view) if line[2]]
    header: list[tuple[int, int]] = []
    first = lines[0][2] if lines else ""
    # A headline repeated at the top of the text is not story text.
    if _same_words(first, title) if title else _is_headline([line for *_, line in lines]):
        title = title or first
        header.append(lines.pop(0)[:2])
    while lines and DATE_LINE.match(lines[0][2]):
        published = published or parse_date(lines[0][2])
        header.append(lines.pop(0)[:2])
    if lines and (glued := GLUED_DATE.match(lines[0][2])):
        published = published or parse_date(glued.group(1))
        header.append((lines[0][0], lines[0][0] + glued.end()))
    elif lines and not published and (dateline := DATELINE_DATE.match(lines[0][2])):
        published = parse_date(dateline.group("date"))
    story = blank(view, header)
    if not story.strip():
        raise InputError(source, "no article text")
    return ArticleInput(source_name=source, text=text, story=story, title=title, published=published, **meta)


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped text) of each line, the offsets those of the stripped text."""
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        start = position + (len(line) - len(line.lstrip()))
        yield start, start + len(stripped), stripped
        position += len(line) + 1


def _is_headline(lines: list[str]) -> bool:
    """A short first line without closing punctuation, with more text after it, is a headline."""
    first = lines[0] if lines else ""
    rest = any(lines[1:])
    return bool(first) and rest and len(first) <= MAX_TITLE_CHARS and not first.endswith(TITLE_END)


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split()


def from_record(record: object, source: str) -> ArticleInput:
    if not isinstance(record, dict):
        raise InputError(
            source, f"a JSON article must be an object with a 'text' field, not {_json_kind(record)}"
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, "JSON article has no 'text'")
    meta = {k: record.get(k) for k in ("url", "title", "outlet") if isinstance(record.get(k), str)}
    return from_text(text, source, published=parse_date(record.get("published")), **meta)


def _json_kind(value: object) -> str:
    return {list: "a list", str: "a string", type(None): "null"}.get(type(value), type(value).__name__)


def read_one(path: Path, name: str | None = None, warn: Warn = _quiet, **meta) -> Iterator[Item]:
    """Articles in one file: one for .txt/.html/.json, one per line for .jsonl."""
    stdin = str(path) == "-"
    where = "standard input" if stdin else str(path)
    source = name or path.name
    suffix = path.suffix.lower()
    try:
        with _open(path, where) as stream:
            if suffix == ".jsonl":
                yield from _jsonl(stream, where, source, warn)
                return
            raw = stream.read(MAX_FILE_BYTES + 1)
        if stdin and not name:  # no file name to know it by: its content names it
            source = f"stdin-{hashlib.sha256(raw).hexdigest()[:12]}"
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(where, f"cannot read: {exc.strerror or exc}")
        return
    if len(raw) > MAX_FILE_BYTES:
        yield InputError(where, f"over the {MAX_FILE_BYTES // 1_000_000} MB limit for one article")
        return
    yield from parse_bytes(raw, source, suffix, warn=warn, where=where, **meta)


def _open(path: Path, where: str) -> BinaryIO:
    """Open a regular file for reading, or explain in a few words why it cannot be."""
    if str(path) == "-":
        return os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(where, "symbolic link loop") from None
        if exc.errno == errno.ENOENT and path.is_symlink():
            raise InputError(where, f"broken symbolic link (to {os.readlink(path)})") from None
        if exc.errno == errno.ENOENT:
            raise InputError(where, "no such file") from None
        raise
    if stat.S_ISDIR(info.st_mode):
        raise InputError(where, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            where, f"not a regular file ({FILE_KINDS.get(stat.S_IFMT(info.st_mode), 'special file')})"
        )
    if info.st_size > MAX_FILE_BYTES and path.suffix.lower() != ".jsonl":
        raise InputError(
            where,
            f"{info.st_size / 1e6:.1f} MB is over the {MAX_FILE_BYTES // 1_000_000} MB limit for one article",
        )
    return path.open("rb")


def parse_bytes(
    raw: bytes, source: str, suffix: str, *, warn: Warn = _quiet, where: str | None = None, **meta
) -> Iterator[Item]:
    """The articles in one document's bytes; `suffix` says its format, or "" to tell by its content."""
    where = where or source
    if suffix == ".jsonl":
        yield from _jsonl(io.BytesIO(raw), where, source, warn)
        return
    try:
        text = decode(raw, where, warn)
        head = text.lstrip()[:15].lower()
        if suffix == ".json" or (suffix not in SUFFIXES and head.startswith(("{", "["))):
            yield from _json(text, where, source, suffix, meta)
            return
        if suffix in {".html", ".htm"} or head.startswith(("<!doctype", "<html")):
            page = html_to_text(text)
            if not page.text.strip():
                raise InputError(where, "no article text found in the HTML page")
            found = {
                "title": page.title,
                "url": page.url,
                "outlet": page.outlet,
                "published": parse_date(page.date),
            }
            meta = {k: meta.get(k) or found[k] for k in found} | {
                k: v for k, v in meta.items() if k not in found
            }
            text = page.text
        yield _named(from_text(text, where, **{k: v for k, v in meta.items() if v is not None}), source)
    except InputError as exc:
        yield exc


def _json(text: str, where: str, source: str, suffix: str, meta: dict) -> Iterator[Item]:
    """A .json file: one article object, or a list of them."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and suffix != ".json":  # standard input holding JSON Lines
            yield from _jsonl(io.BytesIO(text.encode()), where, source, _quiet)
            return
        raise InputError(
            where, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    given = {k: v for k, v in meta.items() if v}
    if isinstance(record, list):
        for number, item in enumerate(record, 1):
            try:
                name = str(item.get("id") or f"{source}#{number}") if isinstance(item, dict) else source
                yield _named(from_record(item, f"{where}#{number}"), name).model_copy(update=given)
            except InputError as exc:
                yield exc
        return
    yield _named(from_record(record, where), source).model_copy(update=given)


def _jsonl(stream: BinaryIO, where: str, source: str, warn: Warn) -> Iterator[Item]:
    """One article per line, read a line at a time; a bad line is reported and the next one read."""
    latin1: list[str] = []  # lines read as Windows-1252: one warning per file, not one per line
    for number, line in enumerate(iter(lambda: stream.readline(MAX_FILE_BYTES + 1), b""), 1):
        at = f"{where}:{number}"
        if len(line) > MAX_FILE_BYTES:
            yield InputError(at, f"line over the {MAX_FILE_BYTES // 1_000_000} MB limit for one article")
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = stream.readline(MAX_FILE_BYTES)
            continue
        if not line.strip():
            continue
        try:
            text = decode(line, at, latin1.append)
            record = json.loads(text)
            name = record.get("id") if isinstance(record, dict) else None
            yield _named(from_record(record, at), str(name or f"{source}:{number}"))
        except json.JSONDecodeError as exc:
            yield InputError(at, f"malformed JSON line: {exc.msg} (column {exc.colno})")
        except InputError as exc:
            yield exc
    if latin1:
        warn(f"{where}: {len(latin1)} lines not UTF-8; read as Windows-1252 (Latin-1)")


def _named(article: ArticleInput, source_name: str) -> ArticleInput:
    """Errors name the path a user can find; the stored `source_name` is the file's own name."""
    return article.model_copy(update={"source_name": source_name})


def read_paths(
    paths: Iterable[str | Path],
    *,
    warn: Warn = _quiet,
    on_skip: Callable[[Path], None] | None = None,
    **meta,
) -> Iterator[Item]:
    """Every article under `paths`, or an InputError for each document that cannot be read; files of
    other kinds inside directories go to `on_skip`."""
    for path in expand(paths, on_skip):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            yield from read_one(path, warn=warn, **meta)
        except Exception as exc:  # a reader bug on one document must not end the batch
            reason = f"reading failed: {type(exc).__name__}: {one_line(exc)}"
            yield InputError(str(path), reason, trace=traceback.format_exc())
