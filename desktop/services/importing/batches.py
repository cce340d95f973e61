"""Past imports, and undoing one as a whole: every record the batch created is archived
(with its audit entries), never deleted, and every detail it filled in on a record it did
not create is put back, so the undo itself is on the record.

An import can be undone as long as what it wrote is still as it left it: a clerk's later
edit of an imported partnership, or an exchange recorded under one, would otherwise be
taken back or left hanging without a word. What stops an undo is said, record by record.
A change made since and taken back since (another import filled a year, and was undone)
leaves the record as the import left it, and does not stop it."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from desktop.domain.validation import Problem, ValidationError
from desktop.domain.words import translate
from desktop.services import audit, records
from desktop.services.importing.bulk import archive_records
from desktop.services.unit_of_work import reading, transaction
from desktop.store import import_queries as q
from desktop.store.models import (
    Community,
    Decision,
    Exchange,
    ImportBatch,
    Partnership,
    now_utc,
)

# Children first, so nothing is left pointing at an archived parent.
UNDO_ORDER = (Decision, Exchange, Partnership)
SHOWN = 8  # blockers listed by name; the rest counted


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
    restored: int
    matched: int
    rejected: int
    filled: int
    communities: int
    undone_at: datetime | None
    undone_by: str

    @property
    def rows(self) -> int:
        return self.new + self.restored + self.matched + self.rejected


def list_batches(db) -> list[PastImport]:
    with reading(db) as session:
        return [
            PastImport(
                b.id, b.at, b.who, b.file_name, b.sheet, b.record_type, b.rows_new,
                b.rows_restored, b.rows_matched, b.rows_rejected, b.rows_filled,
                b.communities_new, b.undone_at, b.undone_by,
            )
            for b in q.batches(session)
        ]  # fmt: skip


def undo_blockers(db, batch_id: int) -> list[str]:
    """Why this import cannot be undone now (empty: it can)."""
    with reading(db) as session:
        return _blockers(session, records.get(session, ImportBatch, batch_id))


def undo_batch(db, batch_id: int) -> int:
    """Archive everything the batch created and put back what it filled in; returns how
    many records. Refused, with the reasons, when anything changed since."""
    with transaction(db) as session:
        batch = records.get(session, ImportBatch, batch_id)
        if batch.undone_at is not None:
            raise ValidationError(
                [
                    Problem(
                        "",
                        translate("Domain", "This import was already undone by %1.").replace(
                            "%1", str(batch.undone_by)
                        ),
                    )
                ]
            )
        if blockers := _blockers(session, batch):
            raise ValidationError(
                [
                    Problem(
                        "",
                        translate("Domain", "This import cannot be undone: ") + " ".join(blockers),
                    )
                ]
            )
        touched = _put_back(session, db.who, batch_id)
        archived = 0
        for model in UNDO_ORDER:
            ids = q.live_ids_of_batch(session, model, batch_id)
            archived += archive_records(session, db.who, model, ids)
        # A community a later partnership uses stays, for that partnership.
        ids = q.communities_no_live_partnership_uses(session, batch_id)
        archived += archive_records(session, db.who, Community, ids)
        batch.undone_at, batch.undone_by = now_utc(), db.who
        session.add(batch)
        audit.write_action(
            session, db.who, "undo", batch, "undone_at", None, batch.undone_at.isoformat()
        )
        return archived + touched


def _blockers(session: Session, batch: ImportBatch) -> list[str]:
    created = {kind: q.live_ids_of_batch(session, model, batch.id)
               for kind, model in q.RECORDS.items()}  # fmt: skip
    written = {kind: set(ids) for kind, ids in created.items()}
    for change in q.changes_of_batch(session, batch.id):
        written[change.record_type].add(change.record_id)
    last = batch.last_audit_id or q.newest_own_entry(session, written)
    found: list[str] = []
    for kind, ids in written.items():
        later = q.entries_after(session, kind, ids, last)
        if not later:
            continue
        left = q.values_written_by(session, kind, {e.record_id for e in later}, last)
        for entry in later:
            if (entry.record_id, entry.field) in _seen(found):
                continue
            record = session.get(q.RECORDS[kind], entry.record_id)
            now = audit.as_text(getattr(record, entry.field, None)) if entry.field else None
            was = left.get((entry.record_id, entry.field))
            if entry.field and (now or None) == (was or None):
                continue  # changed since and back again: as the import left it
            found.append(_Blocker(entry.record_id, entry.field, _changed(session, entry)))
            if len(found) > SHOWN:
                break
    texts = list(dict.fromkeys(b.text for b in found))
    for model in (Exchange, Decision):
        for record in q.added_under(session, model, created["partnership"], batch.id, SHOWN):
            kind = "An exchange" if model is Exchange else "A timeline entry"
            under = _label(session, "partnership", record.partnership_id)
            texts.append(f"{kind} was recorded since under {under}.")
    texts = list(dict.fromkeys(texts))
    if len(texts) > SHOWN:
        texts = [*texts[:SHOWN], "... and more."]
    return texts


@dataclass(frozen=True)
class _Blocker:
    record_id: int
    field: str
    text: str


def _seen(found: list[_Blocker]) -> set[tuple[int, str]]:
    return {(b.record_id, b.field) for b in found}


def _changed(session: Session, entry) -> str:
    what = _label(session, entry.record_type, entry.record_id)
    when = entry.at.strftime("%Y-%m-%d %H:%M")
    field = f" ({entry.field})" if entry.field else ""
    return f"{what} was changed since{field}, by {entry.who} on {when}."


def _label(session: Session, kind: str, record_id: int) -> str:
    record = session.get(q.RECORDS[kind], record_id)
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
    """The values the import filled in on records it did not create, as they were before
    its first change to each field."""
    by_record: dict[tuple[str, int], dict] = {}
    for change in q.changes_of_batch(session, batch_id):  # oldest first
        values = by_record.setdefault((change.record_type, change.record_id), {})
        if change.field not in values:
            model = q.RECORDS[change.record_type]
            values[change.field] = _typed(model, change.field, change.old_value)
    for (kind, record_id), values in by_record.items():
        records.update(session, who, q.RECORDS[kind], record_id, values, None)
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
