"""The audit trail: who changed which field of which record, from what to what.

On SQLite the app writes it, in the transaction of the change. On PostgreSQL the server
writes it (triggers of migration 0008, as the registry's owner, naming the login), so
that no clerk can change a record without an entry, nor write or change an entry: there
the functions below write nothing, and `merging` tells the server what a merge is.
"""

from datetime import date, datetime
from enum import Enum

from sqlalchemy import text
from sqlmodel import Session, SQLModel

from desktop.store import history_queries
from desktop.store.models import FOLDED_COPIES, AuditEntry, now_utc

# Bookkeeping columns that change on every save and would only add noise to the history.
UNAUDITED = {
    "id",
    "created_at",
    "updated_at",
    "version",
    "local_sort",
    "partner_sort",
    "partner_country",
    "partner_country_name",
    "takes_effect_on",
    "binding",
    "attached_at",  # a document's: its creation entry says when, and by whom
    "attached_by",
    *FOLDED_COPIES,  # the search's folded copies of text that is audited as typed
}


def as_text(value) -> str | None:
    """A field value as the audit trail stores it (enums by value, dates ISO)."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def snapshot(record: SQLModel) -> dict[str, str | None]:
    """The audited fields of a record as text, for diffing before and after a change."""
    return {
        name: as_text(getattr(record, name))
        for name in type(record).model_fields
        if name not in UNAUDITED
    }


def record_type(record: SQLModel) -> str:
    return type(record).__tablename__


def written_by_server(session: Session) -> bool:
    """Does the database write the trail itself (PostgreSQL, migration 0008)?"""
    return session.get_bind().dialect.name == "postgresql"


def merging(session: Session, keep_id: int) -> None:
    """A community archived next in this transaction is merged into `keep_id`: the server
    adds that to its archiving entry (the app writes it itself on SQLite)."""
    if written_by_server(session):
        session.execute(
            text("SELECT set_config('registry.merged_into', :keep, true)"), {"keep": str(keep_id)}
        )


def write_created(session: Session, who: str, record: SQLModel) -> None:
    session.flush()  # the new row needs its id
    for field, value in snapshot(record).items():
        if value not in (None, ""):
            _add(session, who, "create", record, field, None, value)


def write_changes(session: Session, who: str, record: SQLModel, before: dict) -> int:
    """One entry per field that differs from `before`; returns how many."""
    after = snapshot(record)
    changed = [f for f in after if after[f] != before.get(f)]
    for field in changed:
        _add(session, who, "update", record, field, before.get(field), after[field])
    return len(changed)


def write_action(
    session: Session,
    who: str,
    action: str,
    record: SQLModel,
    field: str = "",
    old: str | None = None,
    new: str | None = None,
) -> None:
    _add(session, who, action, record, field, old, new)


def write_event(
    session: Session,
    who: str,
    action: str,
    record_type: str,
    *,
    field: str = "",
    old: str | None = None,
    new: str | None = None,
) -> None:
    """An entry about the registry as a whole (a restore), not one record's field. Only
    registry files are restored, so only the app writes these."""
    session.add(
        AuditEntry(
            at=now_utc(),
            who=who,
            action=action,
            record_type=record_type,
            record_id=0,
            field=field,
            old_value=old,
            new_value=new,
        )
    )


def _add(session, who, action, record, field, old, new) -> None:
    if written_by_server(session):
        return
    session.add(
        AuditEntry(
            at=now_utc(),
            who=who,
            action=action,
            record_type=record_type(record),
            record_id=record.id,
            field=field,
            old_value=old,
            new_value=new,
        )
    )


def history(session: Session, kind: type[SQLModel], record_id: int) -> list[AuditEntry]:
    return history_queries.record_entries(session, kind.__tablename__, record_id)
