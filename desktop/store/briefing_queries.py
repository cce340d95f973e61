"""SQL for the council briefing: the summary figures and the rows of its sheets.

Everything is selected through the listing's filter (`filtered`), so the briefing shows
exactly what the window shows. Row queries are streamed (`yield_per`): a briefing over half
a million exchanges never holds them in a list.
"""

from collections.abc import Iterator
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.orm import aliased
from sqlmodel import Session

from desktop.domain.enums import DatePrecision, ExchangeStatus, Status
from desktop.domain.status import dormant_before, starts_before_to_end_before
from desktop.store.models import Decision, Exchange, Partnership
from desktop.store.ordering import up
from desktop.store.queries import Local, Partner, RecordFilter, filtered
from desktop.store.status_sql import latest_binding, status_on

CHUNK = 2000  # rows fetched from the database at a time while streaming


def _stream(session: Session, query) -> Iterator[Row]:
    return session.execute(query.execution_options(yield_per=CHUNK))


def selected_ids(f: RecordFilter):
    """The ids of the partnerships the filter selects, as a subquery for IN (...)."""
    return filtered(f).scalar_subquery()


# --- Counts ------------------------------------------------------------------------------


def count_by_status(session: Session, f: RecordFilter) -> dict[str, int]:
    inner = filtered(f).add_columns(status_on(f.as_of).label("s"))
    inner = inner.subquery()
    query = sa.select(inner.c.s, sa.func.count()).group_by(inner.c.s)
    return dict(session.execute(query).all())


def count_by_kind(session: Session, f: RecordFilter) -> dict[str, int]:
    inner = filtered(f).add_columns(Partnership.kind.label("k")).subquery()
    query = sa.select(inner.c.k, sa.func.count()).group_by(inner.c.k)
    return dict(session.execute(query).all())


def count_domestic(session: Session, f: RecordFilter) -> int:
    """Twinnings within one country: the partner in the local community's own country."""
    inner = filtered(f).where(Local.country == Partner.country).subquery()
    return session.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one()


def count_by_partner_country(session: Session, f: RecordFilter) -> list[Row]:
    """(country code, partnerships, suspended, ended) per partner country, most first."""
    s = status_on(f.as_of).label("s")
    inner = filtered(f).add_columns(Partner.country.label("c"), s)
    inner = inner.subquery()
    query = (
        sa.select(
            inner.c.c,
            sa.func.count(),
            sa.func.sum(sa.case((inner.c.s == Status.SUSPENDED.value, 1), else_=0)),
            sa.func.sum(sa.case((inner.c.s == Status.ENDED.value, 1), else_=0)),
        )
        .group_by(inner.c.c)
        .order_by(sa.func.count().desc(), inner.c.c)
    )
    return session.execute(query).all()


def _exchange_year():
    # An integer on both: PostgreSQL's EXTRACT gives a numeric (Decimal), SQLite's an int.
    return sa.cast(sa.extract("year", Exchange.start_on), sa.Integer)


def exchanges_by_year(session: Session, f: RecordFilter) -> list[Row]:
    """(year or None, direction, status, exchanges, participants) for the selection."""
    year = _exchange_year().label("year")
    query = (
        sa.select(
            year,
            Exchange.direction,
            Exchange.status,
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(Exchange.participants), 0),
        )
        .where(Exchange.archived_at.is_(None), Exchange.partnership_id.in_(selected_ids(f)))
        .group_by(year, Exchange.direction, Exchange.status)
        .order_by(up(year), Exchange.direction, Exchange.status)
    )
    return session.execute(query).all()


def exchanges_by_area(session: Session, f: RecordFilter) -> list[Row]:
    """(programme area, exchanges, participants) for the selection."""
    query = (
        sa.select(
            Exchange.programme_area,
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(Exchange.participants), 0),
        )
        .where(Exchange.archived_at.is_(None), Exchange.partnership_id.in_(selected_ids(f)))
        .group_by(Exchange.programme_area)
        .order_by(sa.func.count().desc(), Exchange.programme_area)
    )
    return session.execute(query).all()


def _decision_window(query, f: RecordFilter, period: tuple[date, date] | None):
    query = query.where(
        Decision.archived_at.is_(None), Decision.partnership_id.in_(selected_ids(f))
    )
    if period is None:  # everything on record up to the as-of date
        return query.where(Decision.decided_on <= f.as_of)
    return query.where(Decision.decided_on.between(period[0], period[1]))


def decisions_by_action(
    session: Session, f: RecordFilter, period: tuple[date, date] | None
) -> list[Row]:
    """(action, binding, entries) in the period for the selection."""
    query = sa.select(Decision.action, Decision.binding, sa.func.count()).group_by(
        Decision.action, Decision.binding
    )
    return session.execute(_decision_window(query, f, period)).all()


def decisions_by_month(
    session: Session, f: RecordFilter, period: tuple[date, date] | None
) -> list[Row]:
    """(year, month, binding, entries) in the period for the selection, oldest first."""
    year = sa.cast(sa.extract("year", Decision.decided_on), sa.Integer).label("year")
    month = sa.cast(sa.extract("month", Decision.decided_on), sa.Integer).label("month")
    query = (
        sa.select(year, month, Decision.binding, sa.func.count())
        .group_by(year, month, Decision.binding)
        .order_by(year, month, Decision.binding)
    )
    return session.execute(_decision_window(query, f, period)).all()


def count_rows(session: Session, f: RecordFilter, period) -> tuple[int, int, int]:
    """(partnerships, exchanges, timeline entries) the briefing will list."""
    partnerships = session.execute(
        sa.select(sa.func.count()).select_from(filtered(f).subquery())
    ).scalar_one()
    exchanges = session.execute(
        sa.select(sa.func.count()).where(
            Exchange.archived_at.is_(None), Exchange.partnership_id.in_(selected_ids(f))
        )
    ).scalar_one()
    decisions = session.execute(
        _decision_window(sa.select(sa.func.count()).select_from(Decision), f, period)
    ).scalar_one()
    return partnerships, exchanges, decisions


# --- Rows of the data sheets ------------------------------------------------------------


def partnership_rows(session: Session, f: RecordFilter) -> Iterator[Row]:
    status = status_on(f.as_of).label("status")
    query = (
        filtered(f)
        .add_columns(
            Local.name.label("local"),
            Local.subdivision.label("local_subdivision"),
            Local.country.label("local_country"),
            Partner.name.label("partner"),
            Partner.subdivision.label("partner_subdivision"),
            Partner.country.label("partner_country"),
            Partnership.kind,
            Partnership.established_on,
            Partnership.established_precision,
            status,
            Partnership.origin,
            Partnership.coordinating_organization,
            Partnership.notes,
        )
        .order_by(Local.name, Partner.name, Partnership.id)
    )
    return _stream(session, query)


def exchange_rows(session: Session, f: RecordFilter) -> Iterator[Row]:
    query = (
        sa.select(
            Exchange.partnership_id,
            Local.name.label("local"),
            Partner.name.label("partner"),
            Partner.country.label("partner_country"),
            Exchange.title,
            Exchange.programme_area,
            Exchange.direction,
            Exchange.start_on,
            Exchange.start_precision,
            Exchange.end_on,
            Exchange.end_precision,
            Exchange.participants,
            Exchange.institutions,
            Exchange.status,
            Exchange.reason,
        )
        .join(Partnership, Exchange.partnership_id == Partnership.id)
        .join(Local, Partnership.local_id == Local.id)
        .join(Partner, Partnership.partner_id == Partner.id)
        .where(Exchange.archived_at.is_(None), Exchange.partnership_id.in_(selected_ids(f)))
        .order_by(Local.name, Partner.name, up(Exchange.start_on), Exchange.id)
    )
    return _stream(session, query)


def decision_rows(
    session: Session, f: RecordFilter, period: tuple[date, date] | None
) -> Iterator[Row]:
    query = (
        sa.select(
            Decision.partnership_id,
            Local.name.label("local"),
            Partner.name.label("partner"),
            Decision.decided_on,
            Decision.decided_precision,
            Decision.actor_name,
            Decision.actor_title,
            Decision.actor_body,
            Decision.actor_type,
            Decision.action,
            Decision.binding,
            Decision.effective_on,
            Decision.condition,
            Decision.review_on,
            Decision.rationale,
            Decision.source_kind,
            Decision.source_title,
            Decision.source_author,
            Decision.source_date,
            Decision.source_reference,
        )
        .join(Partnership, Decision.partnership_id == Partnership.id)
        .join(Local, Partnership.local_id == Local.id)
        .join(Partner, Partnership.partner_id == Partner.id)
        .order_by(Decision.decided_on, Decision.takes_effect_on, Decision.id)
    )
    return _stream(session, _decision_window(query, f, period))


# --- Needs attention --------------------------------------------------------------------


def suspensions_due(session: Session, f: RecordFilter) -> Iterator[Row]:
    """Suspended partnerships whose review date has come by the as-of date."""
    status = status_on(f.as_of)
    review = latest_binding(f.as_of, "review_on").label("review_on")
    query = (
        filtered(f)
        .add_columns(
            Local.name.label("local"),
            Partner.name.label("partner"),
            review,
            latest_binding(f.as_of, "condition").label("condition"),
        )
        .where(
            # Only partnerships with some decision to review by then can be due (one pass
            # over the decisions), so the status is worked out for those alone.
            Partnership.id.in_(
                sa.select(Decision.partnership_id).where(Decision.review_on <= f.as_of)
            ),
            status == Status.SUSPENDED.value,
            review <= f.as_of,
        )
        .order_by(review, Local.name, Partner.name, Partnership.id)
    )
    return _stream(session, query)


def _last_completed_id():
    """The id of the partnership's latest dated completed exchange (by its end, or its
    start when it has no end)."""
    e = aliased(Exchange)
    return (
        sa.select(e.id)
        .where(
            e.partnership_id == Partnership.id,
            e.archived_at.is_(None),
            e.status == ExchangeStatus.COMPLETED.value,
            sa.func.coalesce(e.end_on, e.start_on).is_not(None),
        )
        .order_by(sa.func.coalesce(e.end_on, e.start_on).desc(), e.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _undated_completed():
    """Whether a completed exchange is on record without any date."""
    e = aliased(Exchange)
    return sa.exists().where(
        e.partnership_id == Partnership.id,
        e.archived_at.is_(None),
        e.status == ExchangeStatus.COMPLETED.value,
        e.start_on.is_(None),
        e.end_on.is_(None),
    )


def _ended_before(start, precision, limit: date):
    """SQL for `PartialDate(start, precision).end < limit` (see the domain's
    `starts_before_to_end_before`)."""
    return sa.case(
        *(
            (precision == p.value, start < starts_before_to_end_before(limit, p))
            for p in (DatePrecision.YEAR, DatePrecision.MONTH)
        ),
        else_=start < limit,
    )


def dormant_partnerships(session: Session, f: RecordFilter, years: int) -> Iterator[Row]:
    """Active partnerships dormant on the as-of date: the domain's `is_dormant`, as SQL. The
    latest completed exchange counts to the end of its date (to 31 December for 'in 2019');
    without one, the establishment date does, when it is known."""
    status = status_on(f.as_of)
    limit = dormant_before(f.as_of, years)
    last = aliased(Exchange, name="last_completed")
    last_on = sa.func.coalesce(last.end_on, last.start_on)
    last_precision = sa.func.coalesce(last.end_precision, last.start_precision)
    established = sa.and_(
        Partnership.established_on.is_not(None),
        Partnership.established_precision.is_not(None),
        Partnership.established_precision != DatePrecision.UNKNOWN.value,
    )
    dormant = sa.case(
        (
            sa.and_(last_on.is_not(None), last_precision.is_not(None)),
            _ended_before(last_on, last_precision, limit),
        ),
        (
            established,
            _ended_before(Partnership.established_on, Partnership.established_precision, limit),
        ),
        else_=sa.false(),
    )
    query = (
        filtered(f)
        .outerjoin(last, last.id == _last_completed_id())
        .add_columns(
            Local.name.label("local"),
            Partner.name.label("partner"),
            last_on.label("last_on"),
            last_precision.label("last_precision"),
            Partnership.established_on,
            Partnership.established_precision,
            # Said only where no dated one is (the detail names the dated one otherwise).
            sa.case((last.id.is_(None), _undated_completed()), else_=sa.false()).label(
                "undated_completed"
            ),
        )
        .where(status == Status.ACTIVE.value, dormant)
        # The partnerships list's own order, off its index: the rows stream from the first
        # one on, so the window can stop after a screenful at a million partnerships.
        .order_by(Partnership.local_sort, Partnership.partner_sort, Partnership.id)
    )
    return _stream(session, query)


def open_exchanges_under_stopped(session: Session, f: RecordFilter) -> Iterator[Row]:
    """Planned or confirmed exchanges of partnerships suspended or ended on the as-of date."""
    status = status_on(f.as_of)
    selected = filtered(f).add_columns(
        Local.name.label("local"), Partner.name.label("partner"), status.label("status")
    )
    open_statuses = [ExchangeStatus.PLANNED.value, ExchangeStatus.CONFIRMED.value]
    selected = selected.where(status.in_([Status.SUSPENDED.value, Status.ENDED.value]))
    p = selected.subquery()
    query = (
        sa.select(
            p.c.id,
            p.c.local,
            p.c.partner,
            p.c.status,
            Exchange.title,
            Exchange.status.label("exchange_status"),
            Exchange.start_on,
        )
        .join(p, Exchange.partnership_id == p.c.id)
        .where(
            Exchange.archived_at.is_(None),
            Exchange.status.in_(open_statuses),
        )
        .order_by(up(Exchange.start_on), p.c.local, p.c.partner, Exchange.id)
    )
    return _stream(session, query)


def local_communities(session: Session, f: RecordFilter, limit: int = 3):
    """((name, subdivision, country) of the first few, how many) local communities in the
    selection."""
    inner = filtered(f).add_columns(Local.id.label("local_id")).subquery()
    ids = sa.select(inner.c.local_id)
    query = (
        sa.select(Local.name, Local.subdivision, Local.country)
        .where(Local.id.in_(ids))
        .order_by(Local.name, Local.subdivision, Local.country, Local.id)
        .limit(limit)
    )
    count = sa.select(sa.func.count(sa.distinct(inner.c.local_id)))
    return session.execute(query).all(), session.execute(count).scalar_one()
