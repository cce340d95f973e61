"""An import's records written many at a time: new ones with their ids read back, fields
set on existing ones, archived ones brought back into a batch, a batch's archived again,
and their audit entries and kept old values. One executemany per kind of statement, a few
hundred ids per IN (...); the audit entries' contents are the service's
(services/importing/bulk.py), the SQL is here."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row, RowMapping
from sqlmodel import Session

from desktop.store.bulk_rows import insert_rows
from desktop.store.import_queries import chunks
from desktop.store.models import AuditEntry

# Pages SQLite keeps in memory while an import writes (KiB, as PRAGMA cache_size takes a
# negative number): the default 2 MB is less than the indexes a 10,000-row import touches
# in a registry of 100,000 partnerships, and its inserts read pages back from the file.
# 16 MB took most of what 64 MB took off at 100k (64 MB: nothing more at a million, and
# 48 MB more peak memory there).
BULK_CACHE_KIB = 16 * 1024
# What tells a new record of a batch from the others: its unique key.
KEYS = {"community": ("name", "subdivision", "country"), "partnership": ("local_id", "partner_id")}
CHUNK = 900  # SQLite allows 999 parameters a statement in older builds


@contextmanager
def roomy_page_cache(session: Session) -> Iterator[None]:
    """A larger page cache on this SQLite connection for the block (SQLite fills it only
    as pages are read), put back as it was after: the connection goes back to the pool.
    An import of 10,000 rows into 100,000 spent about a tenth less time writing."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield  # PostgreSQL's shared buffers are the server's
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        # After a failed write the error that stopped it is the one to report; a cache
        # left larger costs only memory.
        with suppress(sa.exc.SQLAlchemyError):
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def insert_with_ids(
    session: Session, table: sa.Table, rows: list[dict[str, Any]], batch_id: int
) -> list[int]:
    """One executemany of the rows (of batch `batch_id`), then their ids, in the rows'
    order, read back by their unique keys: an INSERT ... RETURNING in parameter order
    becomes one statement a row on SQLite (about a quarter of a millisecond each, most of
    an import's writing time)."""
    key = KEYS[table.name]
    before = session.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    insert_rows(session, table, rows)
    written = session.execute(
        sa.select(table.c.id, *(table.c[k] for k in key)).where(
            table.c.batch_id == batch_id, table.c.id > before
        )
    ).all()
    ids = {tuple(found[1:]): found[0] for found in written}
    return [ids[tuple(row[k] for k in key)] for row in rows]


def audit_created(
    session: Session,
    table: sa.Table,
    field: str,
    ids: tuple[int, int],
    batch_id: int,
    entry: dict[str, Any],
) -> None:
    """The creation entry of `field` for each record of batch `batch_id` with an id in
    `ids` (first, last) that holds a value, its text read by SQL from the row just written
    rather than sent again from Python; `entry` gives the entry's at, who, action and
    record_type. Only for columns whose stored text is what the audit trail writes
    (services/audit.as_text of the value): text, enum values, ISO dates, integers."""
    audit = AuditEntry.__table__
    column = table.c[field]
    text = sa.cast(column, sa.Text)
    given = [sa.literal(entry[k], type_=audit.c[k].type) for k in AUDIT_GIVEN]
    rows = sa.select(*given, table.c.id, sa.literal(field), sa.null(), text).where(
        table.c.batch_id == batch_id, table.c.id.between(*ids), column.is_not(None), text != ""
    )
    columns = [*AUDIT_GIVEN, "record_id", "field", "old_value", "new_value"]
    session.execute(audit.insert().from_select(columns, rows))


AUDIT_GIVEN = ("at", "who", "action", "record_type")


def insert_many(session: Session, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """A Core INSERT of these rows (audit entries, kept old values), one executemany."""
    session.execute(sa.insert(table), rows)


def archive_ids(session: Session, table: sa.Table, ids: list[int], at: datetime) -> None:
    """Archive the live records of these ids at `at`, each one version on."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        session.execute(
            sa.update(table)
            .where(table.c.id.in_(chunk), table.c.archived_at.is_(None))
            .values(archived_at=at, version=table.c.version + 1)
        )


def rows_of(session: Session, table: sa.Table, ids: Iterable[int]) -> Iterator[RowMapping]:
    """The whole rows of these ids (column name -> value), a chunk of ids at a time."""
    for chunk in chunks(ids):
        yield from session.execute(sa.select(table).where(table.c.id.in_(chunk))).mappings()


def set_fields(
    session: Session, table: sa.Table, fields: tuple[str, ...], rows: list[dict], at: datetime
) -> None:
    """Set `fields` on many records in one executemany: each of `rows` holds the record's
    `_id` and a `v_<field>` value for each field; each is stamped `at`, one version on."""
    statement = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("_id"))
        .values({f: sa.bindparam(f"v_{f}", type_=table.c[f].type) for f in fields})
        .values(updated_at=at)
        .values(version=table.c.version + 1)
    )
    session.execute(statement, rows)


def bring_back(
    session: Session, table: sa.Table, ids: Iterable[int], batch_id: int, at: datetime
) -> list[Row]:
    """Put the archived records among these ids back in the lists, into batch `batch_id`,
    each one version on; returns (id, archived_at as it was) of each brought back."""
    restored: list[Row] = []
    for chunk in chunks(ids):
        rows = session.execute(
            sa.select(table.c.id, table.c.archived_at).where(
                table.c.id.in_(chunk), table.c.archived_at.is_not(None)
            )
        ).all()
        restored += rows
        session.execute(
            sa.update(table)
            .where(table.c.id.in_([r[0] for r in rows]))
            .values(archived_at=None, batch_id=batch_id, updated_at=at, version=table.c.version + 1)
        )
    return restored
