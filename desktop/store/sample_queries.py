"""The sample records: those of a live batch of the kind "sample" (services/sample_records)."""

import sqlalchemy as sa
from sqlmodel import Session

from desktop.store.models import Community, Decision, Exchange, ImportBatch, Partnership

SAMPLE = "sample"  # ImportBatch.record_type of the sample records' batch


def sample_batches():
    """Ids of the sample batches not removed, as a subquery (a row is a sample if its
    batch_id is among them)."""
    return sa.select(ImportBatch.id).where(
        ImportBatch.record_type == SAMPLE, ImportBatch.undone_at.is_(None)
    )


def is_sample(model):
    """A column expression: this row is a sample record still in the lists' batch."""
    return sa.case((model.batch_id.in_(sample_batches()), True), else_=False)


def live_sample_batch(session: Session) -> int | None:
    return session.execute(sample_batches().order_by(ImportBatch.id).limit(1)).scalar()


def _live(model, batch_id: int):
    return sa.and_(model.batch_id == batch_id, model.archived_at.is_(None))


def _under_sample_partnerships(model, batch_id: int):
    partnerships = sa.select(Partnership.id).where(_live(Partnership, batch_id))
    return sa.and_(model.partnership_id.in_(partnerships), model.archived_at.is_(None))


def sample_counts(session: Session, batch_id: int) -> tuple[int, int, int]:
    """(sample partnerships, sample communities, the clerk's own exchanges and decisions
    under sample partnerships), all still in the lists."""

    def count(model, where) -> int:
        return session.execute(sa.select(sa.func.count()).select_from(model).where(where)).scalar()

    own = sum(
        count(
            m,
            sa.and_(_under_sample_partnerships(m, batch_id), m.batch_id.is_distinct_from(batch_id)),
        )
        for m in (Exchange, Decision)
    )
    return (
        count(Partnership, _live(Partnership, batch_id)),
        count(Community, _live(Community, batch_id)),
        own,
    )


def sample_records_to_archive(session: Session, batch_id: int):
    """(model, ids) in the order they are archived: children first; a sample community
    that a partnership of the clerk's uses stays."""
    for model in (Decision, Exchange):
        yield (
            model,
            list(
                session.scalars(
                    sa.select(model.id).where(_under_sample_partnerships(model, batch_id))
                )
            ),
        )
    yield (
        Partnership,
        list(session.scalars(sa.select(Partnership.id).where(_live(Partnership, batch_id)))),
    )
    kept = (
        sa.select(Partnership.local_id)
        .where(Partnership.archived_at.is_(None), Partnership.batch_id.is_distinct_from(batch_id))
        .union(
            sa.select(Partnership.partner_id).where(
                Partnership.archived_at.is_(None), Partnership.batch_id.is_distinct_from(batch_id)
            )
        )
    )
    yield (
        Community,
        list(
            session.scalars(
                sa.select(Community.id).where(_live(Community, batch_id), Community.id.not_in(kept))
            )
        ),
    )
