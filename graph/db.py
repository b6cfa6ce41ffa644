"""The Bolt driver: created once per process and passed in, never reached for as a global."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ConnectionAcquisitionTimeoutError,
    ConstraintError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)
from neo4j.exceptions import DatabaseUnavailable as ServerDatabaseUnavailable

from graph.errors import DatabaseUnavailable
from graph.settings import Settings

T = TypeVar("T")

# How ArcadeDB reports writers racing each other (seen with concurrent ingests):
# - a concurrent change to the same record ("Slot rebase not possible", "Edge-append rebase not
#   possible", ConcurrentModificationException) arrives as Neo.TransientError.Transaction.DeadlockDetected,
#   which the driver retries by itself;
# - two transactions creating the same unique key arrive as ConstraintError
#   (Neo.ClientError.Schema.ConstraintValidationFailed, "Duplicated key ... on index 'Actor[id]'");
# - two transactions creating the first node of a label combination race to create its type
#   (TypeAlreadyExistsException), which arrives only as Neo.ClientError.Statement.SemanticError
#   "Error executing Cypher command: ...";
# - a read that follows an edge to a vertex another writer is creating or rewriting at that moment
#   arrives as Neo.ClientError.Statement.EntityNotFound ("Record #17:1 not found").
# The driver retries none of the last three. When every create is a MERGE on a constrained id, they
# are a lost race and running the work again finds what the other writer committed, so we retry them.
RACE_ATTEMPTS = 6
RETRY_BASE_DELAY = 0.05  # seconds; doubles with each attempt, plus jitter so racers spread out
SEMANTIC_ERROR = "Neo.ClientError.Statement.SemanticError"
FAILED_COMMAND = "Error executing Cypher command"
ENTITY_NOT_FOUND = "Neo.ClientError.Statement.EntityNotFound"
UNREACHABLE = (
    ServiceUnavailable, SessionExpired, ConnectionAcquisitionTimeoutError, ServerDatabaseUnavailable, OSError
)  # fmt: skip


def make_driver(settings: Settings, **config: Any) -> Driver:
    """One driver for the process; connections are opened lazily by the pool.

    `config` overrides the pool and retry options below: the API, for one, would rather answer 503
    in seconds than retry for 15 while the database is down.
    """
    options: dict[str, Any] = {
        "max_connection_pool_size": 64,
        "connection_acquisition_timeout": 10.0,
        "connection_timeout": 5.0,
        "max_transaction_retry_time": 15.0,
        # ArcadeDB's conflicts are optimistic (nothing waits on a lock), so a retry can come at once;
        # the driver's default first wait of 1 s made four concurrent ingests crawl. Wide jitter
        # keeps writers that collided from colliding again in lockstep.
        "initial_retry_delay": 0.05,
        "retry_delay_jitter_factor": 0.5,
    }
    return GraphDatabase.driver(settings.uri, auth=settings.auth, **(options | config))


@contextmanager
def open_driver(settings: Settings) -> Iterator[Driver]:
    driver = make_driver(settings)
    try:
        yield driver
    finally:
        driver.close()


class Graph:
    """A driver bound to one database, with read and write helpers that retry transient errors."""

    def __init__(self, driver: Driver, database: str):
        self.driver = driver
        self.database = database

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Rows as dicts of the driver's values: nodes, relationships and paths stay driver objects. The
        API's queries return maps, and `Record.data()`'s walk through every value was ~7% of its CPU."""
        return self.execute(lambda tx: [dict(r) for r in tx.run(query, params)], write=False)

    def export(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Rows with nodes, relationships and paths turned into plain maps and lists, ready for JSON."""
        return self.execute(lambda tx: tx.run(query, params).data(), write=False)

    def write(self, query: str, **params: Any) -> list[dict[str, Any]]:
        return self.execute(lambda tx: [r.data() for r in tx.run(query, params)], write=True)

    def check(self) -> None:
        """Fail now, with DatabaseUnavailable, when the server does not answer or refuses us."""
        with reachable():
            self.driver.verify_connectivity()

    def execute(
        self, work: Callable[[ManagedTransaction], T], *, write: bool = True, merge_only: bool = False
    ) -> T:
        """Run `work` in one managed transaction: all of it commits or none of it does.

        The driver retries the whole function on transient errors (deadlocks, concurrent changes to a
        record, dropped connections), so `work` must only talk to the transaction it is given. Pass
        `merge_only` when `work` creates nodes only by MERGE on their constrained id: a duplicate key
        is then another writer winning a race, and the work is run again (a bounded number of times).
        A read that meets a record another writer is rewriting is run again the same way.
        """
        attempt = 1
        while True:
            try:
                with reachable(), self.driver.session(database=self.database) as session:
                    runner = session.execute_write if write else session.execute_read
                    return runner(work)
            except Neo4jError as exc:
                # A read only ever loses a race by following an edge to a record being rewritten.
                retry = lost_race(exc) if merge_only else (not write and record_vanished(exc))
                if attempt >= RACE_ATTEMPTS or not retry:
                    raise
                time.sleep(RETRY_BASE_DELAY * 2 ** (attempt - 1) * (1 + random.random()))
                attempt += 1


def lost_race(exc: Neo4jError) -> bool:
    """An error that, for MERGE-only work, means another writer got there first (see the note above)."""
    message = exc.message or ""
    return (
        isinstance(exc, ConstraintError)
        or (exc.code == SEMANTIC_ERROR and message.startswith(FAILED_COMMAND))
        or record_vanished(exc)
    )


def record_vanished(exc: Neo4jError) -> bool:
    return exc.code == ENTITY_NOT_FOUND and (exc.message or "").startswith("Record #")


@contextmanager
def reachable() -> Iterator[None]:
    """Turn the driver's ways of saying "no server" into DatabaseUnavailable, one line each."""
    try:
        yield
    except AuthError as exc:
        # ArcadeDB also answers this on open connections while it shuts down.
        raise DatabaseUnavailable(
            f"graph database refused the credentials ({one_line(exc)}): wrong password, "
            "or the server is shutting down"
        ) from exc
    except UNREACHABLE as exc:
        raise DatabaseUnavailable(f"graph database unavailable: {one_line(exc)}") from exc


def one_line(exc: BaseException) -> str:
    """The driver's multi-line messages, as one line for a terminal or a log."""
    return re.sub(r"\s+", " ", str(getattr(exc, "message", None) or exc)).strip()
