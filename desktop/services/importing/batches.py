"""Past imports, and undoing one as a whole: every record the batch created is archived
(with its audit entries), never deleted, and every detail it filled in on a record it did
not create is put back, so the undo itself is on the record.

An import can be undone as long as nothing has changed since on what it wrote: a clerk's
later edit of an imported partnership, or an exchange recorded under one, would otherwise
be taken back or left hanging without a word. What stops an undo is said, record by
record."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, func, select

from desktop.domain.validation import Problem, ValidationError
from desktop.services import audit, records
from desktop.services.importing.bulk import archive_records
from desktop.services.unit_of_work import reading, transaction
from desktop.store.database import Database
from desktop.store.models import (
    AuditEntry,
    Community,
    Decision,
    Exchange,
    ImportBatch,
    ImportChange,
    Partnership,
    now_utc,
)

# Children first, so nothing is left pointing at an archived parent.
UNDO_ORDER = (Decision, Exchange, Partnership)
MODELS = {m.__tablename__: m for m in (Community, Partnership, Exchange, Decision)}
SHOWN = 8  # blockers listed by name; the rest counted
CHUNK = 500  # ids per IN list


@dataclass(frozen=True)
class PastImport:
    """One line of `sister-cities imports` and of the window's import history."""

    id: int
    at: datetime
    who: str
    file_name: str
    sheet: str
    record_type: str
    new: int
    matched: int
    rejected: int
    filled: int
    communities: int
    undone_at: datetime | None
    undone_by: str

    @property
    def rows(self) -> int:
        return self.new + self.matched + self.rejected


def list_batches(db: Database) -> list[PastImport]:
    with reading(db) as session:
        batches = session.exec(
            select(ImportBatch).order_by(ImportBatch.at.desc(), ImportBatch.id.desc())
        ).all()
        return [
            PastImport(
                b.id, b.at, b.who, b.file_name, b.sheet, b.record_type, b.rows_new,
                b.rows_matched, b.rows_rejected, b.rows_filled, b.communities_new,
                b.undone_at, b.undone_by,
            )
            for b in batches
        ]  # fmt: skip


def undo_blockers(db: Database, batch_id: int) -> list[str]:
    """Why this import cannot be undone now (empty: it can)."""
    with reading(db) as session:
        return _blockers(session, records.get(session, ImportBatch, batch_id))


def undo_batch(db: Database, batch_id: int) -> int:
    """Archive everything the batch created and put back what it filled in; returns how
    many records. Refused, with the reasons, when anything changed since."""
    with transaction(db) as session:
        batch = records.get(session, ImportBatch, batch_id)
        if batch.undone_at is not None:
            raise ValidationError(
                [Problem("", f"This import was already undone by {batch.undone_by}.")]
            )
        if blockers := _blockers(session, batch):
            raise ValidationError(
                [Problem("", "This import cannot be undone: " + " ".join(blockers))]
            )
        touched = _put_back(session, db.who, batch_id)
        archived = 0
        for model in UNDO_ORDER:
            ids = session.exec(
                select(model.id).where(model.batch_id == batch_id, model.archived_at.is_(None))
            ).all()
            archived += archive_records(session, db.who, model, list(ids))
        still_used = (
            select(Partnership.local_id)
            .where(Partnership.archived_at.is_(None))
            .union(select(Partnership.partner_id).where(Partnership.archived_at.is_(None)))
        )
        ids = session.exec(
            select(Community.id).where(
                Community.batch_id == batch_id,
                Community.archived_at.is_(None),
                Community.id.not_in(still_used),
            )
        ).all()
        archived += archive_records(session, db.who, Community, list(ids))
        batch.undone_at, batch.undone_by = now_utc(), db.who
        session.add(batch)
        audit.write_action(
            session, db.who, "undo", batch, "undone_at", None, batch.undone_at.isoformat()
        )
        return archived + touched


def _created(session: Session, batch_id: int) -> dict[str, list[int]]:
    return {
        name: list(
            session.exec(
                select(model.id).where(model.batch_id == batch_id, model.archived_at.is_(None))
            ).all()
        )
        for name, model in MODELS.items()
    }


def _blockers(session: Session, batch: ImportBatch) -> list[str]:
    created = _created(session, batch.id)
    changes = session.exec(select(ImportChange).where(ImportChange.batch_id == batch.id)).all()
    written = {kind: set(ids) for kind, ids in created.items()}
    for change in changes:
        written.setdefault(change.record_type, set()).add(change.record_id)
    last = batch.last_audit_id or _last_own_entry(session, written)
    found: list[str] = []
    for kind, ids in written.items():
        for chunk in _chunks(sorted(ids)):
            for entry in session.exec(
                select(AuditEntry)
                .where(
                    AuditEntry.record_type == kind,
                    AuditEntry.record_id.in_(chunk),
                    AuditEntry.id > last,
                )
                .order_by(AuditEntry.id)
            ).all():
                found.append(_changed(session, entry))
    found += _added_under(session, batch.id, created)
    unique = list(dict.fromkeys(found))
    if len(unique) > SHOWN:
        unique = [*unique[:SHOWN], f"... and {len(unique) - SHOWN:,} more."]
    return unique


def _last_own_entry(session: Session, written: dict[str, set[int]]) -> int:
    """For imports made before the batch kept it: its records' newest create entry."""
    last = 0
    for kind, ids in written.items():
        for chunk in _chunks(sorted(ids)):
            newest = session.exec(
                select(func.max(AuditEntry.id)).where(
                    AuditEntry.record_type == kind,
                    AuditEntry.record_id.in_(chunk),
                    AuditEntry.action.in_(("create", "restore", "update")),
                )
            ).one()
            last = max(last, newest or 0)
    return last


def _changed(session: Session, entry: AuditEntry) -> str:
    what = _label(session, entry.record_type, entry.record_id)
    when = entry.at.strftime("%Y-%m-%d %H:%M")
    field = f" ({entry.field})" if entry.field else ""
    return f"{what} was changed since{field}, by {entry.who} on {when}."


def _added_under(session: Session, batch_id: int, created: dict[str, list[int]]) -> list[str]:
    """Exchanges and decisions added since under partnerships the import created: they
    would be left under an archived partnership."""
    found = []
    for chunk in _chunks(created["partnership"]):
        for model in (Exchange, Decision):
            for record in session.exec(
                select(model).where(
                    model.partnership_id.in_(chunk),
                    model.archived_at.is_(None),
                    (model.batch_id != batch_id) | model.batch_id.is_(None),
                )
            ).all():
                kind = "An exchange" if model is Exchange else "A timeline entry"
                partnership = _label(session, "partnership", record.partnership_id)
                found.append(f"{kind} was recorded since under {partnership}.")
    # A community a later partnership uses is not a blocker: the undo keeps it.
    return found


def _label(session: Session, kind: str, record_id: int) -> str:
    record = session.get(MODELS[kind], record_id)
    if record is None:
        return f"{kind} {record_id}"
    if kind == "community":
        return f"The community {record.name}"
    if kind == "partnership":
        local = session.get(Community, record.local_id)
        partner = session.get(Community, record.partner_id)
        return f"The partnership {local.name} – {partner.name}"
    return f"The {kind} {record_id}"


def _put_back(session: Session, who: str, batch_id: int) -> int:
    """The values the import filled in on records it did not create, as they were."""
    changes = session.exec(select(ImportChange).where(ImportChange.batch_id == batch_id)).all()
    by_record: dict[tuple[str, int], dict] = {}
    for change in changes:
        model = MODELS[change.record_type]
        by_record.setdefault((change.record_type, change.record_id), {})[change.field] = _typed(
            model, change.field, change.old_value
        )
    for (kind, record_id), values in by_record.items():
        records.update(session, who, MODELS[kind], record_id, values, None)
    return len(by_record)


def _typed(model, field: str, text: str | None):
    """An audited value (text) as the field's type: the way back from audit.as_text."""
    if text is None:
        return None
    annotation = model.model_fields[field].annotation
    kinds = getattr(annotation, "__args__", (annotation,))
    if date in kinds:
        return date.fromisoformat(text)
    if float in kinds:
        return float(text)
    if int in kinds:
        return int(text)
    for kind in kinds:
        if isinstance(kind, type) and issubclass(kind, str) and kind is not str:
            return kind(text)  # an enum stored by its value
    return text


def _chunks(ids: list[int]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]
