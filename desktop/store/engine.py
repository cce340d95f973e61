"""One engine factory for a SQLite path or any SQLAlchemy URL.

SQLite connections get WAL, foreign keys, full fsync and a busy timeout, and the pysqlite
driver's own transaction handling is switched off so SQLAlchemy's BEGIN/SAVEPOINT (and
Alembic's transactional DDL) work as written (see SQLAlchemy's SQLite dialect notes).
"""

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
SQLITE_BEGIN = "sqlite_begin"  # execution option: "IMMEDIATE" for writing transactions


def sqlite_url(path: Path | str) -> URL:
    return URL.create("sqlite", database=str(Path(path)))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL (None for in-memory or other databases)."""
    if not is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def looks_like_sqlite(path: Path) -> bool:
    """True for an SQLite file (or an empty/new one), False for anything else."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as f:
        return f.read(16) == SQLITE_MAGIC


def make_engine(target: URL | str | Path, busy_timeout_ms: int | None = None) -> Engine:
    """`busy_timeout_ms`: how long a writer waits for another one to finish before the
    database counts as locked (the window waits less than a script: a clerk is watching)."""
    url = target if isinstance(target, URL) else _to_url(target)
    if not is_sqlite(url):
        return sa.create_engine(url, pool_pre_ping=True)
    wait = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    engine = sa.create_engine(url, connect_args={"timeout": wait / 1000})

    def on_connect(dbapi_connection, _record):
        _on_sqlite_connect(dbapi_connection, wait)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def with_password(target: str, password: str) -> str:
    """The server URL with a password typed at a prompt (kept in memory, never saved)."""
    return make_url(target).set(password=password).render_as_string(hide_password=False)


def without_password(target: str) -> str:
    """The URL as it may be saved in the settings or shown: no password in it."""
    return make_url(target).set(password=None).render_as_string(hide_password=False)


def _to_url(target: str | Path) -> URL:
    text = str(target)
    if "://" in text:
        return make_url(text)
    return sqlite_url(target)


def _on_sqlite_connect(dbapi_connection, busy_timeout_ms: int):
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = FULL")  # NORMAL may lose the last commits on power loss
    cursor.close()


def _on_sqlite_begin(connection):
    # A writing transaction asks for the write lock at once ("BEGIN IMMEDIATE"): a second
    # writer then waits out the busy timeout instead of failing when a read transaction
    # tries to become a write one (SQLITE_BUSY cannot be waited out there).
    mode = connection.get_execution_options().get(SQLITE_BEGIN, "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())
