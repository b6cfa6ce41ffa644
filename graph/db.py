"""The Bolt driver: created once per process and passed in, never reached for as a global."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from graph.errors import DatabaseUnavailable
from graph.settings import Settings

T = TypeVar("T")


def make_driver(settings: Settings) -> Driver:
    """One driver for the process; connections are opened lazily by the pool."""
    return GraphDatabase.driver(
        settings.uri,
        auth=settings.auth,
        max_connection_pool_size=64,
        connection_acquisition_timeout=10.0,
        connection_timeout=5.0,
        max_transaction_retry_time=15.0,
    )


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

    def read(self, query: str, **params: Any) -> list[dict]:
        return self.execute(lambda tx: [r.data() for r in tx.run(query, params)], write=False)

    def write(self, query: str, **params: Any) -> list[dict]:
        return self.execute(lambda tx: [r.data() for r in tx.run(query, params)], write=True)

    def execute(self, work: Callable[[ManagedTransaction], T], *, write: bool = True) -> T:
        """Run `work` in one managed transaction: all of it commits or none of it does.

        The driver retries the whole function on transient errors (deadlocks, leader changes,
        dropped connections), so `work` must only talk to the transaction it is given.
        """
        try:
            with self.driver.session(database=self.database) as session:
                runner = session.execute_write if write else session.execute_read
                return runner(work)
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise DatabaseUnavailable(f"graph database unavailable: {exc}") from exc
