"""Stopping a read nobody waits for any more.

The window's table asks for a page or a count, then the clerk types another letter: the
old query's answer would be thrown away, but on a large registry it would first keep its
thread busy for a second or more, and the new query would wait behind it. Here a read is
given `wanted()`, and SQLite asks it every few thousand steps of the query (its progress
handler, run in the reading thread): once it says False the query ends with
"interrupted". On PostgreSQL nothing is stopped here (left to the server); the caller
still drops the stale answer.
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

STEPS = 20_000  # SQLite virtual-machine steps between two looks: well under a millisecond


@contextmanager
def unless_unwanted(session: Session, wanted: Callable[[], bool] | None) -> Iterator[None]:
    """Run the block's queries in `session`, ending them early once `wanted()` is False."""
    if wanted is None:
        yield
        return
    driver = session.connection().connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        yield
        return
    driver.set_progress_handler(lambda: 0 if wanted() else 1, STEPS)
    try:
        yield
    finally:
        driver.set_progress_handler(None, STEPS)
