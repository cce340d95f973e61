"""Stopping a read nobody waits for any more.

The window's table asks for a page or a count, then the clerk types another letter: the
old query's answer would be thrown away, but on a large registry it would first keep its
thread busy for seconds, and the new query would wait behind it. Here a read is given
`wanted()`, and once that says False the query ends with an error, which the caller drops:
- SQLite asks it every few thousand steps of the query (its progress handler, run in the
  reading thread) and ends the query with "interrupted";
- PostgreSQL: a watcher thread asks it every POLL_SECONDS while the block runs and asks
  the server to cancel the statement ("canceling statement due to user request").
"""

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

STEPS = 20_000  # SQLite virtual-machine steps between two looks: well under a millisecond
POLL_SECONDS = 0.05  # PostgreSQL: how often the watcher looks


@contextmanager
def unless_unwanted(session: Session, wanted: Callable[[], bool] | None) -> Iterator[None]:
    """Run the block's queries in `session`, ending them early once `wanted()` is False."""
    if wanted is None:
        yield
        return
    driver = session.connection().connection.driver_connection
    if isinstance(driver, sqlite3.Connection):  # as sqlite_driver(session)
        driver.set_progress_handler(lambda: 0 if wanted() else 1, STEPS)
        try:
            yield
        finally:
            driver.set_progress_handler(None, STEPS)
        return
    cancel = getattr(driver, "cancel_safe", None)  # psycopg 3.2+: cancels without blocking
    if cancel is None:
        yield
        return
    with _watching(wanted, cancel):
        yield


def sqlite_driver(session: Session) -> sqlite3.Connection | None:
    """The sqlite3 connection under the session's transaction (None on a server)."""
    driver = session.connection().connection.driver_connection
    return driver if isinstance(driver, sqlite3.Connection) else None


@contextmanager
def _watching(wanted: Callable[[], bool], cancel: Callable[[], None]) -> Iterator[None]:
    """Cancel the server's statement once `wanted()` turns False; the watcher is gone
    before the block's connection goes back to the pool for another query."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(POLL_SECONDS):
            if not wanted():
                cancel()
                return

    watcher = threading.Thread(target=watch, name="stale-query", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
