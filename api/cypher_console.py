"""Run a user's Cypher read-only, whatever the server: ArcadeDB and Neo4j alike.

ArcadeDB ignores the driver's READ mode, reports every EXPLAIN as a write, reads local files with
LOAD CSV, and commits `CALL { } IN TRANSACTIONS` and schema statements even when the surrounding
transaction is rolled back. No single check is enough, so there are layers:

1. `check_query`: a lexical check on the query's tokens, with strings and comments set aside:
   write and admin clauses, LOAD CSV, USE, transactions, every procedure but a few schema lookups,
   every function outside a list of pure ones, escapes and non-ASCII outside strings, several
   statements. A second look at the raw text catches LOAD CSV and IN TRANSACTIONS even where a
   server might tokenize differently from us.
2. Execution in an explicit READ transaction that is always rolled back, never committed, with the
   server's transaction timeout (Neo4j; the embedded ArcadeDB bounds every statement by the same
   setting), a client-side deadline, and a write reported in the result summary refused.
3. At most `query_max_rows` rows (the driver fetches no more than one beyond) and
   `query_max_bytes` of serialised result.
4. Parameters are JSON values with identifier names, sent as Bolt parameters, never spliced in.

Queries run on a small pool of worker threads; a query past its deadline keeps its worker until
the server gives up, so a burst of runaway queries gets 429 instead of piling up on the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import threading
import time
from base64 import b64encode
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, Driver
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node, Path, Relationship

from graph.db import one_line
from graph.errors import (
    BadRequest,
    Busy,
    DatabaseUnavailable,
    ForbiddenQuery,
    QueryLimitExceeded,
    QueryTimeout,
)
from graph.settings import Settings


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FORBIDDEN_KEYWORDS = _words(
    """
    create merge set delete detach remove drop load csv foreach use alter grant deny revoke start stop
    terminate show transactions periodic commit rollback begin insert session rename enable disable
    import
    """
)
ALLOWED_PROCEDURES = frozenset({"db.labels", "db.relationshiptypes", "db.propertykeys"})
# Cypher's own functions; anything else (ArcadeDB's SQL bridge, util.sleep, user functions) is refused.
ALLOWED_FUNCTIONS = _words(
    """
    abs acos all any asin atan atan2 avg btrim ceil char_length character_length coalesce collect cos
    cot count degrees e elementid endnode exists exp floor haversin head id isempty isnan keys labels
    last left length log log10 lower ltrim max min none nodes normalize nullif percentilecont
    percentiledisc pi properties radians rand randomuuid range reduce relationships replace reverse
    right round rtrim sign sin single size split sqrt startnode stdev stdevp substring sum tail tan
    timestamp toboolean tobooleanlist tobooleanornull tofloat tofloatlist tofloatornull tointeger
    tointegerlist tointegerornull tolower tostring tostringlist tostringornull toupper trim type upper
    valuetype date datetime localdatetime localtime time duration point shortestpath allshortestpaths
    cosh sinh tanh
    """
)
# Namespaces of pure, small functions: temporal, spatial, numeric. apoc., dbms., db., gds., algo.,
# util. are refused, and so are ArcadeDB's text./coll. helpers, some of which (lpad) allocate at will.
ALLOWED_NAMESPACES = _words("date datetime localdatetime localtime time duration point math")
# Words that a "(" may follow without being a function call.
CLAUSE_WORDS = _words(
    """
    match optional where and or xor not in return with unwind case when then else distinct on skip limit
    union is yield contains starts ends as order by asc desc ascending descending explain profile call
    filter let next end of offset
    """
)
# Checked on the raw text, strings included: these must never run, whatever a tokenizer thinks.
RAW_PATTERNS = (
    (re.compile(r"\bload\s+csv\b", re.IGNORECASE), "LOAD CSV"),
    (re.compile(r"\bin\s+(?:\d+\s+)?(?:concurrent\s+)?transactions\b", re.IGNORECASE), "IN TRANSACTIONS"),
)
LINE_ENDS = "\n\r\u2028\u2029\u0085\x0b\x0c"
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Token:
    kind: str  # "word", "name" (a `quoted` name), "param", "string", "number", "punct"
    text: str


def tokens(query: str) -> Iterator[Token]:
    """Cypher tokens with comments dropped; refuses what a tokenizer could disagree with a server on."""
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace() and ch.isascii():
            i += 1
        elif query.startswith("//", i):
            while i < n and query[i] not in LINE_ENDS:
                i += 1
        elif query.startswith("/*", i):
            end = query.find("*/", i + 2)
            if end < 0:
                raise ForbiddenQuery("unterminated /* comment")
            i = end + 2
        elif ch in "'\"":
            j = i + 1
            while j < n and query[j] != ch:
                j += 2 if query[j] == "\\" else 1
            if j >= n:
                raise ForbiddenQuery("unterminated string literal")
            yield Token("string", query[i : j + 1])
            i = j + 1
        elif ch == "`":
            name, i = _quoted_name(query, i)
            yield Token("name", name)
        elif ch == "$":
            if i + 1 < n and query[i + 1] == "`":
                name, i = _quoted_name(query, i + 1)
            elif match := IDENT.match(query, i + 1):
                name, i = match.group(), match.end()
            else:
                raise ForbiddenQuery("a $ must start a parameter name")
            yield Token("param", name)
        elif match := IDENT.match(query, i):
            yield Token("word", match.group())
            i = match.end()
        elif ch.isdigit():
            j = i
            while j < n and (query[j].isalnum() or query[j] in "._"):
                j += 1
            yield Token("number", query[i:j])
            i = j
        elif not ch.isascii():
            raise ForbiddenQuery(f"character {ch!r} (U+{ord(ch):04X}) is only allowed inside a string")
        elif ch == "\\":
            raise ForbiddenQuery("escapes are only allowed inside a string")
        elif ch == ";":
            raise ForbiddenQuery("one statement at a time: remove the ';'")
        else:
            yield Token("punct", ch)
            i += 1


def _quoted_name(query: str, i: int) -> tuple[str, int]:
    """A `quoted` name starting at i (doubled backticks escape one); returns it and where it ends."""
    parts, j = [], i + 1
    while True:
        end = query.find("`", j)
        if end < 0:
            raise ForbiddenQuery("unterminated `quoted name`")
        parts.append(query[j:end])
        if query.startswith("``", end):
            parts.append("`")
            j = end + 2
            continue
        name = "".join(parts)
        if not name.isascii() or "\\" in name:
            raise ForbiddenQuery("`quoted names` must be plain ASCII without escapes")
        return name, end + 1


def _dotted_name(toks: list[Token], i: int) -> tuple[str, int]:
    """The name a.b.c (words or quoted parts) starting at toks[i]; returns it and the index after it."""
    parts = [toks[i].text]
    i += 1
    while i + 1 < len(toks) and toks[i].text == "." and toks[i + 1].kind in ("word", "name"):
        parts.append(toks[i + 1].text)
        i += 2
    return ".".join(parts).lower(), i


def check_query(query: str) -> None:
    """Raise ForbiddenQuery unless `query` is one read-only statement using only allowed calls."""
    for pattern, what in RAW_PATTERNS:
        if pattern.search(query):
            raise ForbiddenQuery(f"{what} is not allowed: the console is read-only")
    toks = list(tokens(query))
    if not toks:
        raise BadRequest("the query is empty")
    for i, tok in enumerate(toks):
        prev = toks[i - 1].text if i else ""
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if tok.kind not in ("word", "name") or prev in (".", ":"):
            continue  # strings, numbers, properties and labels are never clauses or calls
        if tok.kind == "word":
            word = tok.text.lower()
            if word in FORBIDDEN_KEYWORDS and nxt != ":":  # `{start: 1}` is a map key
                raise ForbiddenQuery(
                    f"{tok.text.upper()} is not allowed: the console is read-only "
                    "(if it is a variable name, choose another)"
                )
            if word == "call":
                _check_call(toks, i + 1)
                continue
            if word in CLAUSE_WORDS or prev.lower() == "call":
                continue
        name, after = _dotted_name(toks, i)  # a `quoted` name can be a function name too
        if after < len(toks) and toks[after].text == "(":
            _check_function(name)


def _check_call(toks: list[Token], i: int) -> None:
    if i >= len(toks) or toks[i].text in ("{", "("):
        return  # a subquery; its clauses are checked like the rest
    name, _ = _dotted_name(toks, i)
    if name not in ALLOWED_PROCEDURES:
        allowed = ", ".join(sorted(ALLOWED_PROCEDURES))
        raise ForbiddenQuery(f"procedure {name} is not allowed in the console (allowed: {allowed})")


def _check_function(name: str) -> None:
    namespace, _, _ = name.rpartition(".")
    if (namespace and namespace.split(".")[0] not in ALLOWED_NAMESPACES) or (
        not namespace and name not in ALLOWED_FUNCTIONS
    ):
        raise ForbiddenQuery(f"function {name}() is not allowed in the console")


def check_params(params: dict[str, Any]) -> None:
    for key in params:
        if not PARAM_NAME.match(key):
            raise BadRequest(f"parameter name {key!r} is not a Cypher identifier")


def to_json(value: Any) -> Any:
    """A Bolt value as JSON: nodes, relationships and paths as objects, temporals as ISO strings."""
    if isinstance(value, Node):
        return {
            "element_id": value.element_id,
            "labels": sorted(value.labels),
            "properties": to_json(dict(value)),
        }
    if isinstance(value, Relationship):
        return {
            "element_id": value.element_id, "type": value.type,
            "start": value.start_node.element_id if value.start_node else None,
            "end": value.end_node.element_id if value.end_node else None,
            "properties": to_json(dict(value)),
        }  # fmt: skip
    if isinstance(value, Path):
        return {
            "nodes": [to_json(n) for n in value.nodes],
            "relationships": [to_json(r) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes | bytearray):
        return b64encode(value).decode()
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)


@dataclass
class ConsoleResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool
    elapsed_ms: float


class CypherConsole:
    """Runs checked queries on a small worker pool with every limit of the module docstring."""

    def __init__(self, driver: Driver, settings: Settings, workers: int = 2):
        self.driver = driver
        self.database = settings.database
        self.timeout = settings.query_timeout
        self.max_rows = settings.query_max_rows
        self.max_bytes = settings.query_max_bytes
        self._slots = threading.BoundedSemaphore(workers)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cypher-console")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def run(self, query: str, params: dict[str, Any]) -> ConsoleResult:
        check_query(query)
        check_params(params)
        if not self._slots.acquire(blocking=False):
            raise Busy("the Cypher console is busy with other queries; try again in a few seconds")
        try:
            future = self._pool.submit(self._run, query, params)
        except RuntimeError:
            self._slots.release()
            raise
        try:
            # A little beyond the server's own timeout, so the server's clearer error wins the race.
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=self.timeout + 2)
        except TimeoutError:
            raise QueryTimeout(self._timeout_message()) from None

    def _timeout_message(self) -> str:
        return f"the query ran longer than {self.timeout:g}s; narrow it down or add a LIMIT"

    def _run(self, query: str, params: dict[str, Any]) -> ConsoleResult:
        started = time.perf_counter()
        deadline = started + self.timeout
        try:
            with self.driver.session(
                database=self.database, default_access_mode=READ_ACCESS, fetch_size=self.max_rows + 1
            ) as session:
                tx = session.begin_transaction(timeout=self.timeout, metadata={"app": "claimgraph-console"})
                # Never commit: even a write that slipped through is discarded.
                try:
                    columns, rows, truncated = self._fetch(tx, query, params, deadline)
                except BaseException:
                    with contextlib.suppress(Neo4jError, DriverError, OSError):
                        if not tx.closed():
                            tx.rollback()
                    raise
                if not tx.closed():
                    tx.rollback()
            return ConsoleResult(columns, rows, truncated, round((time.perf_counter() - started) * 1000, 1))
        except Neo4jError as exc:
            raise _query_error(exc, self._timeout_message()) from None
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise DatabaseUnavailable(f"graph database unavailable: {one_line(exc)}") from None
        except DriverError as exc:
            raise DatabaseUnavailable(f"graph database connection failed: {one_line(exc)}") from None
        finally:
            self._slots.release()

    def _fetch(self, tx, query: str, params: dict[str, Any], deadline: float) -> tuple[list[str], list, bool]:
        result = tx.run(query, params)
        columns = list(result.keys())
        rows: list[list[Any]] = []
        size = 0
        for record in result:
            if len(rows) == self.max_rows:
                return columns, rows, True
            row = [to_json(v) for v in record.values()]
            size += len(json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()) + 1
            if size > self.max_bytes:
                if not rows:
                    raise QueryLimitExceeded(
                        f"one row is larger than the {self.max_bytes:,} byte limit; return fewer properties"
                    )
                return columns, rows, True
            rows.append(row)
            if time.perf_counter() > deadline:
                raise QueryTimeout(self._timeout_message())
        counters = result.consume().counters
        if counters.contains_updates or counters.contains_system_updates:
            raise ForbiddenQuery("the query tried to change the graph; nothing was changed")
        return columns, rows, False


def _query_error(exc: Neo4jError, timeout_message: str) -> Exception:
    code = exc.code or ""
    message = one_line(exc)[:500]
    if "TransactionTimedOut" in code or "timeout" in message.lower():
        return QueryTimeout(timeout_message)
    if ".Security." in code or "AccessMode" in code or "read access mode" in message.lower():
        return ForbiddenQuery(f"not allowed in the read-only console: {message}")
    if code.startswith("Neo.TransientError"):
        return DatabaseUnavailable(f"the database is busy, try again: {message}")
    return BadRequest(f"the database could not run this query: {message}")
