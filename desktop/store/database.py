"""Opening the registry's database: checks, migrations, and who is working on it."""

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from desktop.store import file_look, migrate
from desktop.store.engine import make_engine, sqlite_path, to_url
from desktop.store.errors import (
    DatabaseTooNew,
    NotADatabase,
    StoreError,
    explain,
)
from desktop.store.file_look import (  # noqa: F401 (callers find them here)
    FileLook,
    check_path,
    look,
    refuse_unusable,
    someone_elses,
)


@dataclass
class Database:
    """An open, up-to-date registry database and the person using it."""

    engine: Engine
    who: str
    created: bool = False  # True when this opening created the schema from nothing
    backup: Path | None = None  # the copy taken before migrations ran, if any
    read_only: str = ""  # why this user may only look (empty: they may change records)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    def describe(self) -> str:
        """For the status bar: the file path, or the server URL without its password."""
        return describe_target(self.url)

    def close(self) -> None:
        self.engine.dispose()


def current_user(url: URL) -> str:
    """The database user on a server, else the operating-system user."""
    if url.get_backend_name() != "sqlite" and url.username:
        return url.username
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): fall back to the environment
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def open_database(
    target: URL | str | Path, *, create: bool = True, busy_timeout_ms: int | None = None
) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL.

    Raises StoreError subclasses with plain messages: not a database, too new, locked ...
    """
    url = to_url(target)
    where = _where(url)
    path = sqlite_path(url)
    read_only_uri = ""
    if path is not None:
        check_path(path, create=create)
        if path.exists():  # looked at first, without changing a byte (file_look.py)
            found = look(path)
            refuse_unusable(found, where)
            read_only_uri = "" if found.writable else file_look.read_only_uri(path)
    engine = make_engine(url, busy_timeout_ms, read_only_uri=read_only_uri)
    try:
        existed = migrate.has_tables(engine)
        revision = migrate.current_revision(engine)
        if existed and revision is None:
            raise NotADatabase(someone_elses(where, path))
        if revision is not None and revision not in migrate.known_revisions():
            raise DatabaseTooNew(
                f"{where} was written by a newer version of Sister City Registry (schema "
                f"{revision}). Install the newer version to open it; nothing was changed."
            )
        read_only = read_only_reason(engine) if existed else ""
        if read_only and revision != migrate.head_revision():
            raise StoreError(
                f"{where} needs upgrading to this version of the app, and {read_only}. Ask "
                "whoever runs the registry to open it once with a clerk's account."
            )
        backup = None
        if revision != migrate.head_revision():
            backup = _bring_up_to_date(engine, where)
        who = _verify_connection(engine)
    except StoreError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise explain(exc, where, path) from exc
    return Database(
        engine=engine,
        who=who,
        created=not existed,
        backup=backup if existed else None,
        read_only=read_only,
    )


def read_only_reason(engine: Engine) -> str:
    """Why this connection may not change records ("" when it may): a server role granted
    only SELECT (council staff), a read-only server, or a file the user cannot write."""
    path = sqlite_path(engine.url)
    if path is not None:
        if file_look.may_write(path):
            return ""
        if "immutable=1" in file_look.read_only_uri(path):
            return (
                f"the file {path} is read-only for you (you see the registry as it was "
                "when opened; open it again to see later changes)"
            )
        return f"the file {path} is read-only for you"
    with engine.connect() as conn:
        if conn.dialect.name != "postgresql":
            return ""
        user, may_change, read_only = conn.execute(
            sa.text(
                "SELECT session_user, "
                "has_table_privilege('partnership', 'UPDATE') "
                "AND has_table_privilege('partnership', 'INSERT'), "
                "current_setting('transaction_read_only')"
            )
        ).one()
    if read_only == "on":
        return "the database server only allows reading"
    if not may_change:
        return f"your database user '{user}' may look at the registry but not change it"
    return ""


def _where(url: URL) -> str:
    path = sqlite_path(url)
    return f"'{path}'" if path is not None else url.render_as_string(hide_password=True)


def describe_target(url: URL) -> str:
    """A file's whole path, or a server URL without its password."""
    path = sqlite_path(url)
    return str(path.resolve()) if path is not None else url.render_as_string(hide_password=True)


def _verify_connection(engine: Engine) -> str:
    """Who is working: the server's own name for the login (whatever the URL, PGUSER or
    the login supplied; session_user, which `SET ROLE` or `-c role=...` in the URL does
    not change), else the operating-system user. The audit trail records it."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            return conn.execute(sa.text("SELECT session_user")).scalar()
        conn.execute(sa.text("SELECT 1"))
    return current_user(engine.url)


def _bring_up_to_date(engine: Engine, where: str) -> Path | None:
    """Migrate; on a server, an account without the right to change tables (a clerk's, not
    the owner's) gets told who can, rather than a bare 'permission denied'."""
    try:
        return migrate.bring_up_to_date(engine)
    except DBAPIError as exc:
        if "permission denied" in str(exc.orig).lower() or "must be owner" in str(exc.orig):
            raise StoreError(
                f"{where} needs upgrading to this version of the app, which only the "
                "registry's owner account may do. Ask whoever runs the server to open it once "
                "with that account (sister-cities --database-url ... init)."
            ) from exc
        raise
