"""A partnership's exchanges: those still open when it is suspended or ended, and those
its form and printed profile list."""

from collections.abc import Iterable

from sqlmodel import Session, select

from desktop.domain.enums import ExchangeStatus
from desktop.store.models import Exchange
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
