"""`check`: is the database whole, and which schema does it have?"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from desktop.store import migrate
from desktop.store.backups import integrity_problems
from desktop.store.database import Database


@dataclass
class HealthReport:
    schema: str | None
    expected_schema: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and self.schema == self.expected_schema

    @property
    def whole(self) -> bool:
        """No damage (an older schema is not damage: opening the database upgrades it)."""
        return not self.problems


def check_file(path: Path, *, thorough: bool = True) -> HealthReport:
    """Check a registry file without opening it as the app does (nothing is upgraded or
    written): SQLite's full integrity check (or its quick check, which skips comparing the
    indexes with the tables), the foreign-key check, and its schema."""
    problems = integrity_problems(path, thorough=thorough)
    schema = None
    if not problems:
        try:
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                schema = row[0] if row else None
            finally:
                con.close()
        except sqlite3.Error:
            problems.append("it has no registry schema (it is not a Sister City Registry file)")
    return HealthReport(schema, migrate.head_revision(), problems)


def check_database(db: Database, *, thorough: bool = True) -> HealthReport:
    """The same for an open registry (a server checks itself; there the check is that it
    answers). A file too damaged to be read is a problem, not an exception."""
    if db.path is not None:
        return check_file(db.path, thorough=thorough)
    problems = []
    schema = None
    try:
        with db.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        schema = migrate.current_revision(db.engine)
    except DBAPIError as exc:
        problems.append(f"the server does not answer: {exc.orig}")
    return HealthReport(schema, migrate.head_revision(), problems)
