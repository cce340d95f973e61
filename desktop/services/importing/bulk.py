"""Writing many records at once: new ones, details filled in, archived ones brought back,
whole batches archived. One executemany per kind of statement instead of one ORM object
and flush per record (about 5 ms a row, mostly object construction), with the same audit
entries `records.create`, `records.update` and `records.restore` write. New records and
their audit entries go in as plain tuples (store/bulk_rows.py); the statements are
store/bulk_records.py's."""

from typing import Any

import sqlalchemy as sa
from sqlmodel import AutoString, Session, SQLModel

from desktop.services import audit
from desktop.store import bulk_records
from desktop.store.bulk_rows import insert_tuples
from desktop.store.models import AuditEntry, ImportChange, now_utc
from desktop.store.readable_types import ReadableDate

# Columns whose stored text is the audit trail's text of their value (audit.as_text):
# their creation entries are written by one INSERT ... SELECT a field, not sent row by row
# (a tenth of a 10,000-row import). A float (Python's repr is not SQLite's CAST) and a
# moment (stored in UTC, written with its zone) go from Python.
READ_BY_SQL = (sa.String, AutoString, sa.Integer, sa.Date, ReadableDate)
# An audit entry's columns, in the order insert_records gives them.
ENTRY_COLUMNS = ["at", "who", "action", "record_type", "record_id", "field"]
ENTRY_COLUMNS += ["old_value", "new_value"]


def insert_records(
    session: Session, who: str, model: type[SQLModel], rows: list[dict[str, Any]], batch_id: int
) -> list[int]:
    """Insert already-validated `rows` of `model`; returns their ids in the same order."""
    if not rows:
        return []
    now = now_utc()
    stamped = [
        row
        | {"created_at": now, "updated_at": now, "archived_at": None, "batch_id": batch_id}
        | {"version": 1}
        for row in rows
    ]
    ids = bulk_records.insert_with_ids(session, model.__table__, stamped, batch_id)
    if audit.written_by_server(session):  # the server's triggers write the entries
        return ids
    table, kind = model.__table__, model.__tablename__
    first_last = (min(ids), max(ids))  # this call's rows of the batch (ids only grow)
    for name in model.model_fields:  # in the fields' order, as records.create writes them
        if name in audit.UNAUDITED:
            continue
        if isinstance(table.c[name].type, READ_BY_SQL):
            entry = {"at": now, "who": who, "action": "create", "record_type": kind}
            bulk_records.audit_created(session, table, name, first_last, batch_id, entry)
            continue
        entries = [  # a float's text is Python's (shortest repr), not SQLite's CAST
            (now, who, "create", kind, record_id, name, None, text)
            for record_id, row in zip(ids, stamped, strict=True)
            if (text := audit.as_text(row.get(name))) not in (None, "")
        ]
        insert_tuples(session, AuditEntry.__table__, ENTRY_COLUMNS, entries)
    return ids


def archive_records(session: Session, who: str, model: type[SQLModel], ids: list[int]) -> int:
    """Archive many records in a few UPDATEs, with the audit entry `records.archive`
    writes for each (field archived_at, from nothing to the time)."""
    now = now_utc()
    bulk_records.archive_ids(session, model.__table__, ids, now)
    if ids and not audit.written_by_server(session):
        entry = {"at": now, "who": who, "action": "archive", "record_type": model.__tablename__}
        entry |= {"field": "archived_at", "old_value": None, "new_value": now.isoformat()}
        bulk_records.insert_many(
            session, AuditEntry.__table__, [entry | {"record_id": i} for i in ids]
        )
    return len(ids)


def fill_records(
    session: Session, who: str, model: type[SQLModel], changes: dict[int, dict], batch_id: int
) -> list[int]:
    """Set the given fields of existing records (an import filling in what they lack), with
    an audit entry per field and an ImportChange keeping the old value for an undo.
    Returns the ids whose values changed."""
    table = model.__table__
    now = now_utc()
    entries, kept, updates = [], [], {}
    for row in bulk_records.rows_of(session, table, changes):
        values = {f: v for f, v in changes[row["id"]].items() if row[f] != v}
        if not values:
            continue
        params = {f"v_{f}": v for f, v in values.items()} | {"_id": row["id"]}
        updates.setdefault(tuple(sorted(values)), []).append(params)
        for field, value in values.items():
            old, new = audit.as_text(row[field]), audit.as_text(value)
            common = {"record_type": model.__tablename__, "record_id": row["id"]}
            entries.append(
                common
                | {
                    "at": now,
                    "who": who,
                    "action": "update",
                    "field": field,
                    "old_value": old,
                    "new_value": new,
                }
            )
            kept.append(common | {"batch_id": batch_id, "field": field, "old_value": old,
                                  "new_value": new})  # fmt: skip
    for fields, rows in updates.items():
        bulk_records.set_fields(session, table, fields, rows, now)
    if entries and not audit.written_by_server(session):
        bulk_records.insert_many(session, AuditEntry.__table__, entries)
    if kept:
        bulk_records.insert_many(session, ImportChange.__table__, kept)
    return [row["_id"] for rows in updates.values() for row in rows]


def restore_records(
    session: Session, who: str, model: type[SQLModel], ids: list[int], batch_id: int
) -> int:
    """Bring archived records back into this batch (so undoing it archives them again),
    with the audit entry `records.restore` writes for each."""
    now = now_utc()
    restored = bulk_records.bring_back(session, model.__table__, ids, batch_id, now)
    if restored and not audit.written_by_server(session):
        bulk_records.insert_many(
            session,
            AuditEntry.__table__,
            [
                {"at": now, "who": who, "action": "restore", "record_type": model.__tablename__,
                 "record_id": i, "field": "archived_at", "old_value": at.isoformat(),
                 "new_value": None}
                for i, at in restored
            ],
        )  # fmt: skip
    return len(restored)
