"""Test helpers that work on either database: naming it on the command line, and reading
it behind the app's back (a connection of its own, which sees only what was committed)."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from desktop.store.database import Database


def cli_args(db: Database | Path | str) -> list[str]:
    """The global options that point `sister-cities` at this database (or at the file or
    URL of one, as `blank_database` gives it)."""
    where = db if isinstance(db, Path | str) else target(db)
    if isinstance(where, Path) or "://" not in where:
        return ["--db", str(where)]
    return ["--database-url", where]


def target(db: Database) -> str:
    """The path or URL `open_database` (and a second clerk's process) opens it by."""
    if db.path is not None:
        return str(db.path)
    return db.url.render_as_string(hide_password=False)


@contextmanager
def outside_connection(db: Database) -> Iterator[sa.Connection]:
    """A plain connection of its own, not through the app's engine."""
    engine = sa.create_engine(db.url)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()
