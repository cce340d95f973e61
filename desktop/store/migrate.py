"""Bringing a database to the schema this version of the app expects.

Before pending migrations run on an existing file, the file is copied to a timestamped
backup beside it (through SQLite's online backup, so a live WAL database copies whole).
A database written by a newer app is refused rather than guessed at.
"""

import warnings
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.domain.words import fill, translate
from desktop.store import backups
from desktop.store.engine import WRITING, sqlite_path
from desktop.store.errors import StoreError
from desktop.store.revisions import CURRENT_SQL, VERSION_TABLE, head_revision, known_revisions

# Alembic (with Mako) is imported by the functions that migrate or compare a schema, never
# by opening an up-to-date registry: see store/revisions.py.

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


SEARCH_INDEX_PREFIX = "search_"  # SQLite's full-text indexes (migration 0005), not models


def include_object(dialect: str):
    """Alembic's `include_object` for a database of this dialect: objects declared for other
    dialects only (the trigram indexes are PostgreSQL's) are not part of its schema, nor
    are SQLite's full-text search tables (FTS5 and its shadow tables, made by 0005)."""

    def include(obj, name, type_, reflected, compare_to) -> bool:
        if type_ == "table" and reflected and str(name).startswith(SEARCH_INDEX_PREFIX):
            return False
        only = getattr(obj, "info", {}).get("dialects")
        return not only or dialect in only

    return include


def comparison_context(conn: sa.Connection):
    """How Alembic compares this database with the models (as autogenerate would)."""
    from alembic.runtime.migration import MigrationContext

    if conn.dialect.name == "sqlite":
        # The search's trigram indexes are PostgreSQL's (expression indexes, which Alembic
        # says it cannot compare on SQLite before `include_object` leaves them out anyway).
        warnings.filterwarnings(
            "ignore", "autogenerate skipping metadata-specified expression-based index"
        )
    return MigrationContext.configure(
        conn,
        opts={"include_object": include_object(conn.dialect.name), "compare_type": True},
    )


__all__ = ["head_revision", "known_revisions"]  # answered without Alembic, in revisions.py


def current_revision(engine: Engine) -> str | None:
    """The revision the database records: one SELECT (None: no version table, or no row,
    as Alembic's MigrationContext.get_current_revision answers)."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.exec_driver_sql(CURRENT_SQL).scalars().all()
    if len(rows) > 1:
        raise StoreError(
            f"The database records {len(rows)} schema versions; it was changed by hand."
        )
    return rows[0] if rows else None


def has_tables(engine: Engine) -> bool:
    return bool(sa.inspect(engine).get_table_names())


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run migrations in one transaction.

    On SQLite, Alembic's batch mode rebuilds a table (copy, drop, rename) to alter it; with
    foreign keys enforced, dropping a table other rows point at fails. So, as SQLite's own
    ALTER TABLE notes prescribe, foreign keys are off while migrating (they can only be
    switched outside a transaction), every reference is checked before the commit, and
    enforcement is back on afterwards.

    The migration is a writing transaction (see engine.py): two workstations opening an
    older registry on one server at once upgrade it one after the other, the second finding
    nothing left to do.
    """
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        conn.execution_options(**{WRITING: True})
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise StoreError(
                        translate(
                            "Domain",
                            "The upgrade would leave records pointing at missing ones; nothing was "
                            "changed.",
                        )
                    )
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def backup_file(path: Path, label: str = "backup") -> Path:
    """Copy a SQLite database consistently to `<name>.<label>-<timestamp>.sqlite` beside it."""
    target = backups.stamped(path.parent, path.stem, label)
    try:
        return backups.copy_database(path, target)
    except StoreError as exc:  # locked, disk full, not readable: no half copy left behind
        raise StoreError(
            fill(
                translate(
                    "Domain", "Could not back up %1 before upgrading it, so nothing was changed: %2"
                ),
                path,
                exc,
            )
        ) from exc


def pending(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def bring_up_to_date(engine: Engine) -> Path | None:
    """Run pending migrations; back the file up first if it held data. Returns the backup."""
    backup = None
    path = sqlite_path(engine.url)
    if path is not None and path.exists() and has_tables(engine):
        engine.dispose()  # let go of the file while it is copied
        backup = backup_file(path, "before-upgrade")
    upgrade(engine)
    return backup
