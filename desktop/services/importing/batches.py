"""Past imports, and undoing one as a whole: every record the batch created is archived
(with its audit entries), never deleted, so the undo itself is on the record."""

from sqlmodel import select

from desktop.domain.validation import Problem, ValidationError
from desktop.services import audit, records
from desktop.services.importing.bulk import archive_records
from desktop.services.unit_of_work import reading, transaction
from desktop.store.database import Database
from desktop.store.models import Community, Decision, Exchange, ImportBatch, Partnership, now_utc

# Children first, so nothing is left pointing at an archived parent.
UNDO_ORDER = (Decision, Exchange, Partnership)


def list_batches(db: Database) -> list[ImportBatch]:
    with reading(db) as session:
        return list(
            session.exec(select(ImportBatch).order_by(ImportBatch.at.desc(), ImportBatch.id.desc()))
        )


def undo_batch(db: Database, batch_id: int) -> int:
    """Archive everything the batch created; returns how many records. Communities still
    used by a partnership from outside the batch are kept."""
    with transaction(db) as session:
        batch = records.get(session, ImportBatch, batch_id)
        if batch.undone_at is not None:
            raise ValidationError(
                [Problem("", f"This import was already undone by {batch.undone_by}.")]
            )
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
        return archived
