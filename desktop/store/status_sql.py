"""The status rule of `desktop.domain.status`, written as one SQL expression, so listings
can filter, sort and count by status on any date without loading a partnership into Python.

CASE (latest binding status-changing decision in effect on the day)
  WHEN suspend THEN suspended WHEN end THEN ended WHEN establish/upgrade/reinstate THEN active
  ELSE (established on record, or both sides signed, by the day) ? active : proposed
"""

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from desktop.domain.enums import Status
from desktop.domain.status import STATUS_AFTER
from desktop.store.models import Decision, Partnership

# One alias for every use: SQLAlchemy works out an alias's columns on first use and keeps
# them, and a fresh alias per statement made building a table's page cost five times the
# time SQLite takes to run it. (Each use is its own scalar subquery, so one name is safe.)
_STATUS_DECISION = aliased(Decision, name="status_decision")


def latest_binding(day: date, column: str = "action", partnership=Partnership):
    """`column` of the binding status change in effect on `day`: the decision that made the
    partnership's status (its action; for a suspension also its condition or review date)."""
    d = _STATUS_DECISION
    return (
        sa.select(getattr(d, column))
        .where(
            d.partnership_id == partnership.id,
            d.binding.is_(True),
            d.archived_at.is_(None),
            d.takes_effect_on <= day,
            d.action.in_([a.value for a in STATUS_AFTER]),
        )
        .order_by(d.takes_effect_on.desc(), d.decided_on.desc(), d.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def established_by(day: date, partnership=Partnership):
    p = partnership
    recorded = sa.and_(
        p.established_precision.is_not(None),
        sa.or_(p.established_on.is_(None), p.established_on <= day),
    )
    signed = sa.and_(p.local_signed_on <= day, p.partner_signed_on <= day)
    return sa.or_(recorded, signed)


def status_on(day: date, partnership=Partnership):
    """A SQL expression giving the partnership's status value ('active', ...) on `day`."""
    before_decisions = sa.case(
        (established_by(day, partnership), Status.ACTIVE.value), else_=Status.PROPOSED.value
    )
    return sa.case(
        {action.value: status.value for action, status in STATUS_AFTER.items()},
        value=latest_binding(day, "action", partnership),
        else_=before_decisions,
    )
