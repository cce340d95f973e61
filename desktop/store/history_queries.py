"""The audit trail read back: a record's history (a partnership's with its exchanges',
decisions' and documents'), one record's own entries, and the newest entry of all."""

from collections.abc import Iterable

from sqlmodel import Session, or_, select

from desktop.store.models import Attachment, AuditEntry, Decision, Exchange


def history_entries(
    session: Session, kind: str, record_id: int, leaving_out: Iterable[str]
) -> list[AuditEntry]:
    """The entries of the record `kind` (a table name) `record_id`, oldest first, without
    those of the fields `leaving_out`. A partnership's history holds its exchanges',
    decisions' and documents' entries; an exchange's or a decision's, its documents'."""
    where = (AuditEntry.record_type == kind) & (AuditEntry.record_id == record_id)
    if kind == "partnership":
        exchanges = select(Exchange.id).where(Exchange.partnership_id == record_id)
        decisions = select(Decision.id).where(Decision.partnership_id == record_id)
        documents = select(Attachment.id).where(
            or_(
                Attachment.partnership_id == record_id,
                Attachment.exchange_id.in_(exchanges),
                Attachment.decision_id.in_(decisions),
            )
        )
        where = or_(
            where,
            (AuditEntry.record_type == "exchange") & AuditEntry.record_id.in_(exchanges),
            (AuditEntry.record_type == "decision") & AuditEntry.record_id.in_(decisions),
            (AuditEntry.record_type == "attachment") & AuditEntry.record_id.in_(documents),
        )
    elif kind in ("exchange", "decision"):  # and the documents attached to it
        documents = select(Attachment.id).where(getattr(Attachment, f"{kind}_id") == record_id)
        where = or_(
            where,
            (AuditEntry.record_type == "attachment") & AuditEntry.record_id.in_(documents),
        )
    where &= AuditEntry.field.not_in(leaving_out)
    query = select(AuditEntry).where(where).order_by(AuditEntry.at, AuditEntry.id)
    return list(session.exec(query))


def record_entries(session: Session, record_type: str, record_id: int) -> list[AuditEntry]:
    """One record's own entries, oldest first."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.record_type == record_type, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return list(session.exec(query))


def newest_entry(session: Session) -> AuditEntry | None:
    """The entry with the highest id (the last change committed, by anyone); None in a
    registry nobody has changed yet."""
    return session.exec(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
