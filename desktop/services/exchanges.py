"""Exchanges: the visits and programmes under a partnership."""

from datetime import date
from typing import Any

from desktop.domain.dates import PartialDate
from desktop.domain.enums import ExchangeStatus
from desktop.domain.validation import ValidationError, check_exchange
from desktop.services import records
from desktop.services.unit_of_work import transaction
from desktop.store.database import Database
from desktop.store.models import Exchange, ExchangeBase, Partnership


def record_exchange(db: Database, values: dict[str, Any], today: date | None = None) -> Exchange:
    data = _checked(records.validated(ExchangeBase, values), today)
    with transaction(db) as session:
        records.get(session, Partnership, data.partnership_id)
        return records.create(session, db.who, Exchange, data.model_dump())


def update_exchange(
    db: Database,
    exchange_id: int,
    values: dict[str, Any],
    expected_version: int | None = None,
    today: date | None = None,
) -> Exchange:
    with transaction(db) as session:
        current = records.get(session, Exchange, exchange_id)
        data = _checked(records.validated(ExchangeBase, current.model_dump() | values), today)
        changes = data.model_dump(include=set(values))
        return records.update(session, db.who, Exchange, exchange_id, changes, expected_version)


def archive_exchange(db: Database, exchange_id: int) -> Exchange:
    with transaction(db) as session:
        return records.archive(session, db.who, Exchange, exchange_id)


def _checked(data: ExchangeBase, today: date | None) -> ExchangeBase:
    problems = check_exchange(
        title=data.title,
        start=PartialDate.of(data.start_on, data.start_precision),
        end=PartialDate.of(data.end_on, data.end_precision),
        status=ExchangeStatus(data.status),
        reason=data.reason,
        participants=data.participants,
        today=today,
    )
    if problems:
        raise ValidationError(problems)
    return data


def restore_exchange(db: Database, exchange_id: int) -> Exchange:
    """Bring an archived exchange back (audited as a restore), under a partnership that is
    in the lists itself."""
    with transaction(db) as session:
        record = records.get(session, Exchange, exchange_id)
        records.refuse_under_archived_partnership(session, record.partnership_id)
        return records.restore(session, db.who, Exchange, exchange_id)
