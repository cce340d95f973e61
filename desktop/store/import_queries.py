"""The questions an import asks the database: which communities a list's countries already
hold, whether a pair already has a partnership, whether the registry moved on since a plan
was made; and, for an undo, what an import wrote and what happened to it since."""

import functools
from collections.abc import Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlmodel import Session

from desktop.store.models import (
    AuditEntry,
    Community,
    Decision,
    Exchange,
    ImportBatch,
    ImportChange,
    Partnership,
)

CHUNK = 500  # ids in one IN (...)
RECORDS = {m.__tablename__: m for m in (Community, Partnership, Exchange, Decision)}


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ids = sorted(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


# --- Planning ---------------------------------------------------------------------------


def communities_in(session: Session, countries: Iterable[str]) -> list[Row]:
    """(id, name, subdivision, country, latitude, longitude, population, archived_at) of
    every community, live or archived, in these countries."""
    c = Community.__table__.c
    return session.execute(
        sa.select(
            c.id, c.name, c.subdivision, c.country, c.latitude, c.longitude, c.population,
            c.archived_at,
        ).where(c.country.in_(sorted(countries)))
    ).all()  # fmt: skip


def live_partnership_counts(session: Session, ids: Iterable[int]) -> dict[int, int]:
    """How many live partnerships each of these communities has (on either side)."""
    p = Partnership.__table__.c
    counts: dict[int, int] = {}
    for chunk in chunks(ids):
        for side in (p.local_id, p.partner_id):
            rows = session.execute(
                sa.select(side, sa.func.count())
                .where(side.in_(chunk), p.archived_at.is_(None))
                .group_by(side)
            ).all()
            for community_id, n in rows:
                counts[community_id] = counts.get(community_id, 0) + n
    return counts


# The partnership of a pair, either way round, a live one first: one statement with
# parameters, built once (building it for each of 2,000 rows took a second or two).
_A, _B = sa.bindparam("a"), sa.bindparam("b")
_P = Partnership.__table__.c
_PAIR = (
    sa.select(
        _P.id, _P.archived_at, _P.established_on, _P.established_precision,
        _P.coordinating_organization, _P.notes, _P.kind,
    )
    .where(
        sa.or_(
            sa.and_(_P.local_id == _A, _P.partner_id == _B),
            sa.and_(_P.local_id == _B, _P.partner_id == _A),
        )
    )
    .order_by(_P.archived_at.is_not(None), _P.id)
    .limit(1)
)  # fmt: skip


def partnership_of_pair(session: Session, a: int, b: int) -> Row | None:
    """The partnership of two communities, either way round, a live one before an archived
    one, then the older (a pair held both ways round, which only another program writes):
    (id, archived_at, established_on, established_precision, coordinating_organization,
    notes, kind); off the pair's unique index."""
    return session.connection().execute(_PAIR, {"a": a, "b": b}).first()


PAIRS_AT_ONCE = 200  # pairs a statement: four parameters each, both ways round


def partnerships_of_pairs(session: Session, pairs: Iterable[tuple[int, int]]) -> dict:
    """`partnership_of_pair` of many pairs of two communities at once, a few hundred a
    statement: {frozenset of the two ids: the row (its columns and then local_id,
    partner_id), or None}. Where a pair has two partnerships (one each way round), a live
    one before an archived one, then the older."""
    wanted = sorted({tuple(sorted(pair)) for pair in pairs if len(set(pair)) == 2})
    found: dict[frozenset, Row | None] = {frozenset(pair): None for pair in wanted}
    connection = session.connection()
    for start in range(0, len(wanted), PAIRS_AT_ONCE):
        chunk = wanted[start : start + PAIRS_AT_ONCE]
        both_ways = chunk + [(b, a) for a, b in chunk]
        values = {f"a{i}": a for i, (a, _) in enumerate(both_ways)}
        values |= {f"b{i}": b for i, (_, b) in enumerate(both_ways)}
        for row in connection.execute(_pairs_statement(len(both_ways)), values):
            pair = frozenset((row.local_id, row.partner_id))
            if found[pair] is None:  # the first in that order stands for the pair
                found[pair] = row
    return found


@functools.lru_cache(maxsize=8)
def _pairs_statement(count: int) -> sa.TextualSelect:
    """The pairs joined to the table as a list of values, so each is found off the pair's
    unique index on both databases (a row-value IN (...) made SQLite scan the whole
    table). Written as text once a length: SQLAlchemy compiled a VALUES list with its
    data anew every time, a quarter of a second for 5,000 pairs."""
    listed = ", ".join(f"(CAST(:a{i} AS INTEGER), CAST(:b{i} AS INTEGER))" for i in range(count))
    columns = [*_PAIR.selected_columns, _P.local_id, _P.partner_id]
    names = ", ".join(f"partnership.{c.name}" for c in columns)
    return sa.text(
        f"WITH wanted (a, b) AS (VALUES {listed}) SELECT {names} FROM wanted JOIN partnership "
        "ON partnership.local_id = wanted.a AND partnership.partner_id = wanted.b "
        "ORDER BY partnership.archived_at IS NOT NULL, partnership.id"
    ).columns(*columns)


def registry_stamp(session: Session) -> tuple:
    """Changes enough to tell whether the registry moved on since a plan was made: every
    saved change writes an audit entry, and new communities and partnerships new ids."""
    return tuple(
        session.execute(sa.select(sa.func.max(column))).scalar()
        for column in (AuditEntry.__table__.c.id, Community.__table__.c.id, _P.id)
    )


def newest_audit_entry(session: Session) -> int:
    return session.execute(sa.select(sa.func.max(AuditEntry.__table__.c.id))).scalar() or 0


# --- Past imports -----------------------------------------------------------------------


def batches(session: Session) -> list[ImportBatch]:
    b = ImportBatch
    return list(session.execute(sa.select(b).order_by(b.at.desc(), b.id.desc())).scalars())


def live_ids_of_batch(session: Session, model, batch_id: int) -> list[int]:
    t = model.__table__.c
    return list(
        session.execute(
            sa.select(t.id).where(t.batch_id == batch_id, t.archived_at.is_(None))
        ).scalars()
    )


def changes_of_batch(session: Session, batch_id: int) -> list[ImportChange]:
    """What the import filled in on records it did not create, in the order written."""
    query = sa.select(ImportChange).where(ImportChange.batch_id == batch_id)
    return list(session.execute(query.order_by(ImportChange.id)).scalars())


def entries_after(session: Session, kind: str, ids: Iterable[int], after: int) -> list[AuditEntry]:
    """The audit entries on these records newer than `after`, oldest first."""
    a = AuditEntry
    found: list[AuditEntry] = []
    for chunk in chunks(ids):
        found += session.execute(
            sa.select(a)
            .where(a.record_type == kind, a.record_id.in_(chunk), a.id > after)
            .order_by(a.id)
        ).scalars()
    return found


def values_written_by(
    session: Session, kind: str, ids: Iterable[int], upto: int
) -> dict[tuple[int, str], str | None]:
    """(record id, field) -> the value the newest entry up to `upto` gave it: what an
    import left a record as."""
    a = AuditEntry.__table__.c
    values: dict[tuple[int, str], str | None] = {}
    for chunk in chunks(ids):
        rows = session.execute(
            sa.select(a.record_id, a.field, a.new_value)
            .where(a.record_type == kind, a.record_id.in_(chunk), a.id <= upto, a.field != "")
            .order_by(a.id)
        ).all()
        for record_id, field, value in rows:
            values[(record_id, field)] = value
    return values


def newest_own_entry(session: Session, written: dict[str, set[int]]) -> int:
    """For imports made before a batch kept it: its records' newest entry of the kinds an
    import writes."""
    a = AuditEntry.__table__.c
    newest = 0
    for kind, ids in written.items():
        for chunk in chunks(ids):
            found = session.execute(
                sa.select(sa.func.max(a.id)).where(
                    a.record_type == kind,
                    a.record_id.in_(chunk),
                    a.action.in_(("create", "restore", "update")),
                )
            ).scalar()
            newest = max(newest, found or 0)
    return newest


def added_under(
    session: Session, model, partnership_ids: Iterable[int], batch_id: int, limit: int
) -> list:
    """Live exchanges or decisions under these partnerships that another batch (or a
    clerk) added: at most `limit`."""
    found: list = []
    for chunk in chunks(partnership_ids):
        found += session.execute(
            sa.select(model)
            .where(
                model.partnership_id.in_(chunk),
                model.archived_at.is_(None),
                (model.batch_id != batch_id) | model.batch_id.is_(None),
            )
            .limit(limit - len(found))
        ).scalars()
        if len(found) >= limit:
            break
    return found


def communities_no_live_partnership_uses(session: Session, batch_id: int) -> list[int]:
    """The batch's live communities that no live partnership names any more."""
    p, c = _P, Community.__table__.c
    still_used = (
        sa.select(p.local_id).where(p.archived_at.is_(None))
        .union(sa.select(p.partner_id).where(p.archived_at.is_(None)))
    )  # fmt: skip
    return list(
        session.execute(
            sa.select(c.id).where(
                c.batch_id == batch_id, c.archived_at.is_(None), c.id.not_in(still_used)
            )
        ).scalars()
    )
