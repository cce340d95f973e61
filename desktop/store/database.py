"""Opening the registry's database: checks, migrations, and who is working on it."""

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from desktop.store import migrate
from desktop.store.engine import looks_like_sqlite, make_engine, sqlite_path
from desktop.store.errors import DatabaseTooNew, NotADatabase, StoreError, explain


@dataclass
class Database:
    """An open, up-to-date registry database and the person using it."""

    engine: Engine
    who: str
    created: bool = False  # True when this opening created the schema from nothing
    backup: Path | None = None  # the copy taken before migrations ran, if any

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    def describe(self) -> str:
        """For the status bar: the file path, or the server URL without its password."""
        if self.path is not None:
            return str(self.path.resolve())
        return self.url.render_as_string(hide_password=True)

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
    engine = make_engine(target, busy_timeout_ms)
    where = _where(engine.url)
    path = sqlite_path(engine.url)
    if path is not None:
        check_path(path, create=create)
    try:
        existed = migrate.has_tables(engine)
        revision = migrate.current_revision(engine)
        if existed and revision is None:
            raise NotADatabase(_someone_elses(where, path))
        if revision is not None and revision not in migrate.known_revisions():
            raise DatabaseTooNew(
                f"{where} was written by a newer version of Sister City Registry (schema "
                f"{revision}). Install the newer version to open it; nothing was changed."
            )
        backup = migrate.bring_up_to_date(engine) if revision != migrate.head_revision() else None
        _verify_connection(engine)
    except StoreError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise explain(exc, where, path) from exc
    return Database(
        engine=engine,
        who=current_user(engine.url),
        created=not existed,
        backup=backup if existed else None,
    )


def _someone_elses(where: str, path: Path | None) -> str:
    if path is not None:
        return (
            f"{where} is an SQLite database, but not a Sister City Registry one. "
            "Choose another file, or give a new file name to start an empty registry."
        )
    return (
        f"{where} holds other tables: it is not a Sister City Registry database. Ask for "
        "an empty database of its own for the registry; nothing was changed."
    )


def _where(url: URL) -> str:
    path = sqlite_path(url)
    return f"'{path}'" if path is not None else url.render_as_string(hide_password=True)


def check_path(path: Path, *, create: bool) -> None:
    """Refuse, in plain words, a path that cannot be a registry file (before SQLite sees it)."""
    where = f"'{path}'"
    if path.is_dir():
        raise NotADatabase(f"{where} is a folder. Give the path of a database file.")
    if not path.exists():
        if not create:
            raise StoreError(
                f"There is no database at {where}. Create it with "
                f"`sister-cities --db {path} init`, or check the path."
            )
        if not path.parent.exists():
            raise StoreError(
                f"The folder for {where} does not exist. Create it first or choose another place."
            )
        return
    if not looks_like_sqlite(path):
        raise NotADatabase(
            f"{where} is not a database file (it is some other kind of file). Choose the "
            "registry's .sqlite file, or give a new file name to start an empty registry."
        )


def _verify_connection(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))
