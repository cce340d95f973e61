"""Copying a whole registry to another database: SQLite to PostgreSQL when an office moves
to a server, and back (a file to take home, or to keep as an archive).

Every table is copied row for row with its ids, so the history (audit entries point at
records by id), the import batches and the optimistic-locking versions come across as they
were. The target must be empty; it gets the schema through the same migrations as any new
registry, then all rows in one transaction: a failure leaves it empty. Afterwards each
table's rows are counted on both sides, and the copy is only reported done if they agree.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from desktop.domain.words import fill, translate
from desktop.services.progress import Progress
from desktop.store import (
    models,  # noqa: F401 (puts every table on SQLModel.metadata)
    part_files,
    table_rows,
)
from desktop.store.database import Database, describe_target, open_database
from desktop.store.domain_check import out_of_domain
from desktop.store.engine import sqlite_path
from desktop.store.errors import StoreError, explain

CHUNK = 5_000  # rows per insert: bounded memory at a million rows
FILE_CHUNK = 4  # rows of a table of files (documents of up to 25 MB each) per insert


class CopyRefused(StoreError):
    pass


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class CopyReport:
    target: str  # described for the clerk (no password)
    counts: list[TableCount]

    @property
    def complete(self) -> bool:
        return all(c.source == c.target for c in self.counts)

    @property
    def rows(self) -> int:
        return sum(c.target for c in self.counts)


def registry_tables() -> list[sa.Table]:
    """Every table of ours, parents before the children that refer to them. (The models
    module must have been imported: without it the metadata is empty, and a registry made
    by `init --empty` looked like a stranger's tables to a fresh `copy` process.)"""
    return list(SQLModel.metadata.sorted_tables)


def copy_registry(
    source: Database, target: str | Path, progress: Progress | None = None
) -> CopyReport:
    """Copy every record and its history from `source` into the empty database `target`.

    A new registry file is made as a part file beside it (store/part_files.py) and renamed
    into place only once every table's rows are counted: a failed or killed copy leaves
    no half-made registry at `target` (one that passed `check` and blocked a rerun)."""
    progress = progress or Progress()
    _refuse_foreign_values(source)
    new_file = _refuse_non_empty(target)
    if new_file is None:
        return _copy_into(source, target, progress)
    with part_files.in_progress() as journal:
        part = journal.new_part(new_file)
        part.unlink()  # the name is noted; the registry is made there by its migrations
        report = _copy_into(source, part, progress)
        os.replace(part, new_file)
    return CopyReport(describe_target(sa.engine.make_url(f"sqlite:///{new_file}")), report.counts)


def _copy_into(source: Database, target: str | Path, progress: Progress) -> CopyReport:
    destination = open_database(target)  # the schema, through the migrations
    try:
        _copy_all(source.engine, destination.engine, progress)
        report = CopyReport(destination.describe(), _counts(source.engine, destination.engine))
    finally:
        destination.close()
    if not report.complete:
        raise StoreError(
            translate("Domain", "The copy does not hold the same number of rows as the registry: ")
            + ", ".join(f"{c.table} {c.source:,} vs {c.target:,}" for c in report.counts)
        )
    return report


def _refuse_foreign_values(source: Database) -> None:
    """Values another program put in the registry (a kind 'hacked', a NUL in a note) are
    not carried elsewhere: a server refuses some of them half-way, and the copy would
    spread the rest."""
    with source.engine.connect() as conn:
        found = out_of_domain(conn)
    if found:
        raise CopyRefused(
            fill(
                translate(
                    "Domain",
                    "The registry holds %1 value(s) the app never writes, put there by "
                    "another program (the first: %2). Correct them first; `sister-cities "
                    "check` lists them all. Nothing was copied.",
                ),
                f"{len(found):,}",
                found[0].describe(),
            )
        )


def _refuse_non_empty(target: str | Path) -> Path | None:
    """The target must not hold anything yet. Returns the SQLite file this copy makes
    (an empty file there is replaced)."""
    engine = None
    path = sqlite_path(sa.engine.make_url(str(target))) if "://" in str(target) else Path(target)
    if path is not None:
        if path.exists() and path.stat().st_size > 0:
            raise CopyRefused(
                f"'{path}' already exists. Copy into a new file (or an empty database), so "
                "nothing there is overwritten."
            )
        return path
    try:
        engine = sa.create_engine(str(target))
        with engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
            ours = tables & {t.name for t in registry_tables()}
            filled = [t for t in sorted(ours) if table_rows.row_count(conn, t)]
    except DBAPIError as exc:
        raise explain(exc, _describe(target)) from exc
    finally:
        if engine is not None:
            engine.dispose()
    if filled or tables - ours:
        raise CopyRefused(
            translate("Domain", "The database %1 is not empty (").replace(
                "%1", str(_describe(target))
            )
            + ", ".join(filled or sorted(tables - ours))
            + "). Copy into a new, empty database, so nothing there is overwritten."
        )
    return None


def _copy_all(source: Engine, target: Engine, progress: Progress) -> None:
    tables = registry_tables()
    with source.connect() as read:
        totals = {t.name: table_rows.row_count(read, t.name) for t in tables}
        grand, done = sum(totals.values()), 0
        with target.begin() as write:
            _triggers(write, tables, "DISABLE")  # the copied history is the history
            for table in tables:
                size = FILE_CHUNK if _holds_files(table) else CHUNK
                for chunk in table_rows.rows_in_key_order(read, table, size):
                    write.execute(table.insert(), [dict(r._mapping) for r in chunk])
                    done += len(chunk)
                    progress.step(done, grand, f"Copying {table.name}")
            _continue_numbering(write, tables)
            _triggers(write, tables, "ENABLE")


def _holds_files(table: sa.Table) -> bool:
    """A table of documents' bytes: copied a few rows at a time, not thousands."""
    return any(isinstance(c.type, sa.LargeBinary) for c in table.columns)


def _triggers(conn: Connection, tables: list[sa.Table], switch: str) -> None:
    """On a server the audit trail is written by triggers (migration 0008); copying the
    records must not write a second history of their creation over the copied one. Only
    the registry's owner may switch them off, in this transaction alone."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        try:
            conn.exec_driver_sql(f'ALTER TABLE "{table.name}" {switch} TRIGGER USER')
        except DBAPIError as exc:
            if "must be owner" in str(exc.orig):
                raise CopyRefused(
                    translate(
                        "Domain",
                        "Only the registry's owner account may copy into it (the audit trail is "
                        "kept by the server on its behalf). Give the owner's user in --to.",
                    )
                ) from exc
            raise


def _continue_numbering(conn: Connection, tables: list[sa.Table]) -> None:
    """PostgreSQL hands out ids from a sequence, which copied rows did not advance: set
    each to the largest id copied, so the next record gets the next number."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c or not isinstance(table.c.id.type, sa.Integer):
            continue
        conn.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table.name}), 1), "
                f"(SELECT max(id) FROM {table.name}) IS NOT NULL)"
            )
        )


def _counts(source: Engine, target: Engine) -> list[TableCount]:
    names = [t.name for t in registry_tables()]
    with source.connect() as a, target.connect() as b:
        return [
            TableCount(n, table_rows.row_count(a, n), table_rows.row_count(b, n)) for n in names
        ]


def _describe(target: str | Path) -> str:
    if "://" in str(target):
        return sa.engine.make_url(str(target)).render_as_string(hide_password=True)
    return f"'{target}'"
