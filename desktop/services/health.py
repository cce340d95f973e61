"""`check`: is the database whole, which schema does it have, and does it hold only values
the app could have written? And the quick check every command runs before it works on a
registry file."""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from desktop.services.quick_check import (  # noqa: F401 (found here by callers)
    QUICK_CHECK_BEFORE_READING,
    require_whole_file,
)
from desktop.store import file_look, migrate
from desktop.store.backups import RESTORE_ACTION, integrity_problems, values_out_of_domain
from desktop.store.database import Database
from desktop.store.domain_check import out_of_domain


@dataclass
class HealthReport:
    schema: str | None
    expected_schema: str
    problems: list[str]  # damage: pages, indexes, references
    out_of_domain: list[str] = field(default_factory=list)  # values another program wrote
    not_a_registry: str = ""  # why the file is not a registry at all (nothing is damaged)
    last_restore: str = ""  # when a backup was last put back, by whom, which
    trail: list[str] = field(default_factory=list)  # a server's audit trail left open

    @property
    def ok(self) -> bool:
        return self.whole and self.schema == self.expected_schema

    @property
    def whole(self) -> bool:
        """No damage and no foreign values (an older schema is not damage: opening the
        database upgrades it)."""
        return not (self.problems or self.out_of_domain or self.not_a_registry or self.trail)


def check_file(path: Path, *, thorough: bool = True) -> HealthReport:
    """Check a registry file without opening it as the app does (nothing is upgraded or
    written, nothing is made beside it): SQLite's full integrity check (or its quick
    check, which skips comparing the indexes with the tables), the foreign-key check,
    the values, and its schema."""
    head = migrate.head_revision()
    found = file_look.look(path)
    if found.empty:
        return HealthReport(None, head, ["the file is empty (0 bytes): it was cut short"])
    if found.zeroed:
        return HealthReport(None, head, ["its header (the first bytes) was overwritten with zeros"])
    if not found.sqlite:
        return HealthReport(None, head, [], not_a_registry="it is not a database file")
    if not found.unreadable and not found.registry:
        tables = ", ".join(sorted(found.tables)[:8])
        return HealthReport(
            None,
            head,
            [],
            not_a_registry=f"it is an SQLite database, but not a Sister City Registry one "
            f"(its tables: {tables})",
        )
    problems = integrity_problems(path, thorough=thorough)
    if problems:
        return HealthReport(found.revision, head, problems)
    foreign = values_out_of_domain(path)
    return HealthReport(found.revision, head, [], foreign, last_restore=last_restore(path))


def last_restore(path: Path) -> str:
    """'2026-12-04 18:22 UTC by ann: <the backup>' for the newest restore of the file."""
    con = sqlite3.connect(file_look.read_only_uri(path), uri=True)
    try:
        row = con.execute(
            "SELECT at, who, new_value FROM audit_entry WHERE action = ? ORDER BY id DESC LIMIT 1",
            (RESTORE_ACTION,),
        ).fetchone()
    except sqlite3.Error:
        return ""
    finally:
        con.close()
    return f"{row[0][:16]} UTC by {row[1]}: {row[2]}" if row else ""


def check_database(db: Database, *, thorough: bool = True) -> HealthReport:
    """The same for an open registry (a server checks its own pages; there the check is
    that it answers, and the values). A file too damaged to be read is a problem, not an
    exception."""
    if db.path is not None:
        return check_file(db.path, thorough=thorough)
    problems = []
    schema = None
    foreign: list[str] = []
    trail: list[str] = []
    try:
        with db.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
            foreign = [p.describe() for p in out_of_domain(conn)]
            trail = trail_left_open(conn)
        schema = migrate.current_revision(db.engine)
    except DBAPIError as exc:
        problems.append(f"the server does not answer: {exc.orig}")
    return HealthReport(schema, migrate.head_revision(), problems, foreign, trail=trail)


AUDITED_TABLES = ("community", "partnership", "exchange", "decision", "import_batch", "attachment")


def trail_left_open(conn) -> list[str]:
    """On a server: roles other than the owner that may write the audit trail (a later
    `GRANT ... ON ALL TABLES` gives it back), and audited tables whose trigger is off."""
    if conn.dialect.name != "postgresql":
        return []
    writers = conn.execute(
        sa.text(
            "SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' "
            "ELSE a.grantee::regrole::text END "
            "FROM pg_class c, aclexplode(c.relacl) a "
            "WHERE c.oid = 'audit_entry'::regclass AND a.grantee <> c.relowner "
            "AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE') ORDER BY 1"
        )
    ).scalars()
    found = [
        f"the role {role} may write audit entries itself (the owner takes that back with: "
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_entry FROM {role})"
        for role in writers
    ]
    on = set(
        conn.execute(
            sa.text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = c.relname || '_audit' AND t.tgenabled <> 'D'"
            )
        ).scalars()
    )
    found += [
        f"the server does not write the audit trail of {table} (its trigger is off or gone)"
        for table in AUDITED_TABLES
        if table not in on
    ]
    return found


def require_whole(db: Database, *, writing: bool) -> None:
    """Before a command works on a registry file: SQLite's quick check (quick_check.py)."""
    if db.path is not None:
        require_whole_file(db.path, writing=writing)
