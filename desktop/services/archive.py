"""Archiving and bringing back any record, by kind: what the window's Archive and Restore
from archive, and `sister-cities unarchive`, call. Nothing is ever deleted: archiving hides a
record from the lists, restoring shows it again; both are in the audit trail."""

from collections.abc import Callable

from desktop.services import communities, decisions, exchanges, partnerships, records
from desktop.services.unit_of_work import reading
from desktop.store.database import Database
from desktop.store.models import Community, Decision, Exchange, Partnership

KINDS = ("partnership", "exchange", "decision", "community")
MODELS = {
    "partnership": Partnership,
    "exchange": Exchange,
    "decision": Decision,
    "community": Community,
}

ARCHIVE: dict[str, Callable[[Database, int], object]] = {
    "partnership": partnerships.archive_partnership,
    "exchange": exchanges.archive_exchange,
    "decision": decisions.archive_decision,
    "community": communities.archive_community,
}
RESTORE: dict[str, Callable[[Database, int], object]] = {
    "partnership": partnerships.restore_partnership,
    "exchange": exchanges.restore_exchange,
    "decision": decisions.restore_decision,
    "community": communities.restore_community,
}


def archive(db: Database, kind: str, record_id: int):
    return ARCHIVE[kind](db, record_id)


def unarchive(db: Database, kind: str, record_id: int) -> bool:
    """Bring an archived record back; True when it was archived (a record in the lists
    already is left as it is, and an exchange or decision under an archived partnership is
    refused with the reason)."""
    with reading(db) as session:
        was_archived = records.get(session, MODELS[kind], record_id).archived_at is not None
    RESTORE[kind](db, record_id)
    return was_archived
