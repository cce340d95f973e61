"""Opening the registry for a session of work: the first run fills in the sample records."""

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from desktop.domain.words import translate
from desktop.services.sample_records import load_sample_records
from desktop.store import file_look, migrate
from desktop.store.database import (
    Database,
    describe_target,
    open_database,
    read_only_reason,
    refuse_unusable,
)
from desktop.store.engine import make_engine, sqlite_path, to_url
from desktop.store.errors import explain
from desktop.store.file_look import look


def open_registry(
    target: URL | str | Path,
    *,
    create: bool = True,
    samples: bool = True,
    busy_timeout_ms: int | None = None,
) -> tuple[Database, int]:
    """Open (creating or upgrading) the database; a new one gets the sample records unless
    `samples` is off. Returns the database and how many sample partnerships were added."""
    db = open_database(target, create=create, busy_timeout_ms=busy_timeout_ms)
    try:
        added = load_sample_records(db) if db.created and samples else 0
    except Exception:
        db.close()
        raise
    return db, added


@dataclass(frozen=True)
class Probe:
    """What a registry holds and what this user may do there, read without changing it."""

    where: str
    partnerships: int | None  # None: no registry there yet (init creates one)
    schema: str | None
    read_only: str

    def describe(self) -> str:
        if self.partnerships is None:
            return translate(
                "Domain", "Connected to %1: no registry there yet (it is created on opening)."
            ).replace("%1", str(self.where))
        access = f"read-only ({self.read_only})" if self.read_only else "you may change records"
        upgrade = "" if self.schema == migrate.head_revision() else "; it will be upgraded"
        return f"Connected to {self.where}: {self.partnerships:,} partnerships; {access}{upgrade}."


def probe(target: str | Path) -> Probe:
    """Connect to `target` and look (Settings > Database: Test the connection). Raises the
    same plain errors as opening, PasswordNeeded included."""
    url = to_url(target)
    where = describe_target(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():  # looking must not create the file
        return Probe(where, None, None, "")
    read_only_uri = ""
    if path is not None:  # looked at without a byte changed, then read only
        refuse_unusable(look(path), f"'{path}'")
        read_only_uri = file_look.read_only_uri(path)
    engine = make_engine(url, read_only_uri=read_only_uri)
    try:
        if migrate.has_tables(engine) and (schema := migrate.current_revision(engine)):
            with engine.connect() as conn:
                count = conn.execute(sa.text("SELECT count(*) FROM partnership")).scalar()
            reason = _file_reason(path) if path is not None else read_only_reason(engine)
            return Probe(where, count, schema, reason)
        return Probe(where, None, None, "")
    except DBAPIError as exc:
        raise explain(exc, where, sqlite_path(engine.url)) from exc
    finally:
        engine.dispose()


def _file_reason(path: Path) -> str:
    return "" if file_look.may_write(path) else f"the file {path} is read-only for you"
