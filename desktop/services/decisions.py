"""Decisions and positions on a partnership's timeline."""

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from desktop.domain.dates import format_day
from desktop.domain.enums import ActorType, DecisionAction, ExchangeStatus, Status
from desktop.domain.status import (
    STATUS_AFTER,
    Standing,
    TimelineEntry,
    describe_effect,
    is_binding,
)
from desktop.domain.validation import ValidationError, check_decision
from desktop.services import records
from desktop.services.timeline import actor_phrase, authority_of, standing_of
from desktop.services.unit_of_work import reading, transaction
from desktop.store import exchange_queries
from desktop.store.database import Database
from desktop.store.models import Decision, DecisionBase, Exchange, Partnership

OPEN_EXCHANGE = (ExchangeStatus.PLANNED, ExchangeStatus.CONFIRMED, ExchangeStatus.POSTPONED)


@dataclass
class DecisionPreview:
    """What the decision form shows before the clerk saves."""

    binding: bool
    effect: str  # "Suspended from 1 March 2022, until the end of hostilities"
    status_before: Standing
    status_after: Status
    open_exchanges: list[Exchange]  # offered for cancellation on a suspension or an end


def preview_decision(
    db: Database, values: dict[str, Any], exclude_id: int | None = None
) -> DecisionPreview:
    """`exclude_id`: the decision being edited, which must not count as its own past."""
    data = records.validated(DecisionBase, values)
    with reading(db) as session:
        return preview_in(session, data, exclude_id)


def record_decision(
    db: Database, values: dict[str, Any], cancel_exchanges: list[int] = ()
) -> Decision:
    """Record an entry; cancel the listed open exchanges in the same transaction (only
    those the clerk agreed to), with the decision as their reason."""
    data = records.validated(DecisionBase, values)
    with transaction(db) as session:
        preview = preview_in(session, data)
        decision = records.create(
            session, db.who, Decision, data.model_dump() | derived_fields(data, preview.binding)
        )
        if cancel_exchanges:
            # "Suspended by Norfolk City Council on 8 March 2022"
            reason = (
                f"{preview.status_after.label} by {actor_phrase(decision)} on "
                f"{format_day(data.decided_on)}"
            )
            for exchange_id in cancel_exchanges:
                exchange = records.get(session, Exchange, exchange_id)
                if exchange.partnership_id != data.partnership_id:
                    continue
                if exchange.status not in OPEN_EXCHANGE:  # someone completed it meanwhile
                    continue
                records.update(
                    session,
                    db.who,
                    Exchange,
                    exchange_id,
                    {"status": ExchangeStatus.CANCELED, "reason": reason},
                    None,
                )
        return decision


def update_decision(
    db: Database, decision_id: int, values: dict[str, Any], expected_version: int | None = None
) -> Decision:
    with transaction(db) as session:
        current = records.get(session, Decision, decision_id)
        data = records.validated(DecisionBase, current.model_dump() | values)
        # The same checks as recording it, against the timeline without this entry.
        preview = preview_in(session, data, exclude_id=decision_id)
        changes = data.model_dump(include=set(values)) | derived_fields(data, preview.binding)
        return records.update(session, db.who, Decision, decision_id, changes, expected_version)


def archive_decision(db: Database, decision_id: int) -> Decision:
    with transaction(db) as session:
        return records.archive(session, db.who, Decision, decision_id)


def derived_fields(data: DecisionBase, binding: bool) -> dict[str, Any]:
    """The columns the services derive: when it takes effect, and whether it binds."""
    return {"takes_effect_on": data.effective_on or data.decided_on, "binding": binding}


def preview_in(
    session: Session, data: DecisionBase, exclude_id: int | None = None
) -> DecisionPreview:
    """The preview inside a transaction already open (the importer checks each row so);
    `exclude_id` is the decision being edited, left out of the timeline it is checked on."""
    partnership = records.get(session, Partnership, data.partnership_id)
    authority = authority_of(session, partnership)
    action, actor_type = DecisionAction(data.action), ActorType(data.actor_type)
    entry = TimelineEntry(
        decided_on=data.decided_on,
        actor_type=actor_type,
        action=action,
        effective_on=data.effective_on,
        condition=data.condition,
        review_on=data.review_on,
    )
    before = standing_of(session, partnership, entry.takes_effect, exclude_id=exclude_id)
    problems = check_decision(
        decided_on=data.decided_on,
        action=action,
        effective_on=data.effective_on,
        review_on=data.review_on,
        status_before=before.status,
        actor=" ".join((data.actor_name, data.actor_title, data.actor_body)),
    )
    if problems:
        raise ValidationError(problems)
    binding = is_binding(action, actor_type, authority)
    after = STATUS_AFTER.get(action, before.status) if binding else before.status
    open_exchanges = []
    if binding and after in (Status.SUSPENDED, Status.ENDED):
        open_exchanges = exchange_queries.open_exchanges_of(session, partnership.id, OPEN_EXCHANGE)
    return DecisionPreview(
        binding=binding,
        effect=describe_effect(entry, before, authority),
        status_before=before,
        status_after=after,
        open_exchanges=open_exchanges,
    )


def restore_decision(db: Database, decision_id: int) -> Decision:
    """Bring an archived decision back (audited as a restore), under a partnership that is
    in the lists itself."""
    with transaction(db) as session:
        record = records.get(session, Decision, decision_id)
        records.refuse_under_archived_partnership(session, record.partnership_id)
        return records.restore(session, db.who, Decision, decision_id)
