"""One engine factory for a SQLite path or any SQLAlchemy URL.

SQLite connections get WAL, foreign keys, full fsync and a busy timeout, and the pysqlite
driver's own transaction handling is switched off so SQLAlchemy's BEGIN/SAVEPOINT (and
Alembic's transactional DDL) work as written (see SQLAlchemy's SQLite dialect notes).

Transactions behave the same on SQLite and PostgreSQL: writers take turns (SQLite's write
lock, taken at BEGIN IMMEDIATE; on PostgreSQL an advisory lock of the registry's own, taken
first thing), each waiting out the busy timeout for the other before the database counts as
busy, and a reader sees one snapshot (SQLite's WAL read transaction; PostgreSQL's
REPEATABLE READ) and never waits for a writer.
"""

import sqlite3
from functools import partial
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url

from desktop.store.file_look import (  # noqa: F401 (found here)
    BUSY_TIMEOUT_MS,
    SQLITE_MAGIC,
    looks_like_sqlite,
)

WRITING = "registry_writing"  # execution option: True for a transaction that will write
# pg_advisory_xact_lock's key for "a registry transaction is writing" (any number of ours).
WRITER_LOCK_KEY = 0x5C12_0001
APPLICATION_NAME = "Sister City Registry"  # what a server's administrator sees connected


def sqlite_url(path: Path | str) -> URL:
    return URL.create("sqlite", database=str(Path(path)))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL (None for in-memory or other databases)."""
    if not is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def make_engine(
    target: URL | str | Path, busy_timeout_ms: int | None = None, *, read_only_uri: str = ""
) -> Engine:
    """`busy_timeout_ms`: how long a writer waits for another one to finish before the
    database counts as locked (the window waits less than a script: a clerk is watching).
    `read_only_uri`: a SQLite file this user may not write, opened by that URI (see
    file_look.read_only_uri), never switched to WAL.

    SQL parameters are kept out of error messages (hide_parameters): a message or the
    crash log names the statement, never the names and notes it carried."""
    url = to_url(target)
    wait = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    if url.get_backend_name() == "postgresql":
        engine = sa.create_engine(
            url,
            pool_pre_ping=True,
            hide_parameters=True,
            connect_args={"application_name": APPLICATION_NAME},
        )
        event.listen(engine, "begin", partial(_on_postgresql_begin, wait))
        return engine
    if not is_sqlite(url):
        return sa.create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if read_only_uri:
        engine = sa.create_engine(
            url,
            hide_parameters=True,
            creator=lambda: sqlite3.connect(
                read_only_uri, uri=True, timeout=wait / 1000, check_same_thread=False
            ),
        )
    else:
        engine = sa.create_engine(url, hide_parameters=True, connect_args={"timeout": wait / 1000})

    def on_connect(dbapi_connection, _record):
        _on_sqlite_connect(dbapi_connection, wait, writing=not read_only_uri)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def with_password(target: str, password: str) -> str:
    """The server URL with a password typed at a prompt (kept in memory, never saved)."""
    return make_url(target).set(password=password).render_as_string(hide_password=False)


def without_password(target: str) -> str:
    """The URL as it may be saved in the settings or shown: no password in it."""
    return make_url(target).set(password=None).render_as_string(hide_password=False)


def to_url(target: URL | str | Path) -> URL:
    if isinstance(target, URL):
        return target
    text = str(target)
    if "://" in text:
        return make_url(text)
    return sqlite_url(target)


def _on_sqlite_connect(dbapi_connection, busy_timeout_ms: int, *, writing: bool = True):
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    if writing:  # a file opened read-only is left exactly as it is
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # NORMAL may lose the last commits
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_sqlite_begin(connection):
    # A writing transaction asks for the write lock at once ("BEGIN IMMEDIATE"): a second
    # writer then waits out the busy timeout instead of failing when a read transaction
    # tries to become a write one (SQLITE_BUSY cannot be waited out there).
    writing = connection.get_execution_options().get(WRITING, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def _on_postgresql_begin(busy_timeout_ms: int, connection):
    # PostgreSQL would let two writers run at once (READ COMMITTED), each checking rules
    # against what the other has not committed yet; SQLite lets one write at a time. Taking
    # one lock first thing gives PostgreSQL SQLite's order: later statements of the
    # transaction see everything the writer before it committed. lock_timeout is the busy
    # timeout; its error reads "lock timeout", which `errors.explain` calls busy.
    if connection.get_execution_options().get(WRITING, False):
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(busy_timeout_ms)}")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def for_writing(engine: Engine) -> Engine:
    """The engine whose transactions take the writer's turn at BEGIN (see the module doc)."""
    return engine.execution_options(**{WRITING: True})


def for_reading(engine: Engine) -> Engine:
    """The engine whose transactions read one snapshot and never write."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    return engine
