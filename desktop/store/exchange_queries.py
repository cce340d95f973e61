"""Exchanges: a partnership's still open when it is suspended or ended, those its form and
printed profile list, a year's for the exchange calendar, and what tells every exchange
from another (an import's check for those already there)."""

from collections.abc import Iterable
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from desktop.domain.enums import ExchangeStatus
from desktop.store.models import Community, Exchange, Partnership
from desktop.store.ordering import up


def open_exchanges_of(
    session: Session, partnership_id: int, statuses: Iterable[ExchangeStatus]
) -> list[Exchange]:
    """The partnership's exchanges in the lists whose status is one of `statuses`, the
    earliest start first (undated last)."""
    return list(
        session.exec(
            select(Exchange)
            .where(
                Exchange.partnership_id == partnership_id,
                Exchange.archived_at.is_(None),
                Exchange.status.in_(statuses),
            )
            .order_by(up(Exchange.start_on), Exchange.id)
        )
    )


def live_exchanges_of(session: Session, partnership_id: int) -> list[Exchange]:
    """The partnership's exchanges in the lists, by start date (undated last), then id:
    the order of its form's exchanges tab."""
    query = (
        select(Exchange)
        .where(Exchange.partnership_id == partnership_id, Exchange.archived_at.is_(None))
        .order_by(Exchange.start_on.is_(None), Exchange.start_on, Exchange.id)
    )
    return list(session.exec(query))


def exchanges_in_year(session: Session, year: int) -> list[Row]:
    """(exchange, local name, partner name) of every dated exchange in the lists that runs
    during `year` (started by its end, not ended before its start), under a partnership in
    the lists; by start, then the partnership's names, then id."""
    local, partner = aliased(Community), aliased(Community)
    first, last = date(year, 1, 1), date(year, 12, 31)
    query = (
        select(Exchange, local.name, partner.name)
        .join(Partnership, Exchange.partnership_id == Partnership.id)
        .join(local, Partnership.local_id == local.id)
        .join(partner, Partnership.partner_id == partner.id)
        .where(
            Exchange.archived_at.is_(None),
            Partnership.archived_at.is_(None),
            Exchange.start_on.is_not(None),
            Exchange.start_on <= last,
            sa.func.coalesce(Exchange.end_on, Exchange.start_on) >= first,
        )
        .order_by(Exchange.start_on, local.name, partner.name, Exchange.id)
    )
    return session.exec(query).all()


def titles_and_starts(session: Session):
    """(partnership id, title, start) of every exchange, archived ones too."""
    return session.exec(select(Exchange.partnership_id, Exchange.title, Exchange.start_on))
