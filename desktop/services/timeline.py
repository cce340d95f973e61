"""A partnership's timeline of decisions and positions, and its status on a date."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from desktop.domain.dates import PartialDate
from desktop.domain.enums import ActorType, Status
from desktop.domain.status import (
    STATUS_AFTER,
    Standing,
    TimelineEntry,
    is_binding,
    parse_authority,
    standing_on,
)
from desktop.services import records
from desktop.store import decision_queries
from desktop.store.models import Community, Decision, Partnership


def actor_phrase(decision: Decision) -> str:
    """'Mayor Lori Lightfoot', 'Norfolk City Council', 'Governor Glenn Youngkin'."""
    person = " ".join(p for p in (decision.actor_title, decision.actor_name) if p)
    if person and decision.actor_body and not decision.actor_name:
        return f"{person}, {decision.actor_body}"
    return person or decision.actor_body


def entry_of(decision: Decision) -> TimelineEntry:
    return TimelineEntry(
        decided_on=decision.decided_on,
        actor_type=ActorType(decision.actor_type),
        action=decision.action,
        effective_on=decision.effective_on,
        condition=decision.condition,
        review_on=decision.review_on,
        actor=actor_phrase(decision),
        id=decision.id or 0,
    )


@dataclass
class TimelineLine:
    """One entry as the timeline tab and the printed profile show it."""

    decision: Decision
    binding: bool
    status_after: Status | None  # what a binding status change produced; None for positions


def authority_of(session: Session, partnership: Partnership):
    local = records.get(session, Community, partnership.local_id)
    return parse_authority(local.binding_actor_types)


def standing_of(
    session: Session,
    partnership: Partnership,
    day: date,
    extra: TimelineEntry | None = None,
    exclude_id: int | None = None,
) -> Standing:
    """The standing on `day`; `exclude_id` leaves out a decision being edited, so it is
    checked against the entries before it rather than against itself."""
    entries = [
        entry_of(d)
        for d in decision_queries.timeline_decisions(session, partnership.id)
        if d.id != exclude_id
    ]
    if extra is not None:
        entries.append(extra)
    return standing_on(
        day,
        timeline=entries,
        authority=authority_of(session, partnership),
        established=PartialDate.of(partnership.established_on, partnership.established_precision),
        local_signed_on=partnership.local_signed_on,
        partner_signed_on=partnership.partner_signed_on,
    )


def timeline_lines(session: Session, partnership_id: int) -> list[TimelineLine]:
    lines = []
    for decision in decision_queries.timeline_decisions(session, partnership_id):
        after = STATUS_AFTER.get(decision.action) if decision.binding else None
        lines.append(TimelineLine(decision, decision.binding, after))
    return lines


def rederive_binding(session: Session, who: str, partnership_ids) -> None:
    """Which entries bind depends on the local community's authority: after that authority
    changes, or a partnership gets another local community (an edit, a merge), the stored
    `binding` flags the SQL status reads are worked out again, in the same transaction."""
    for partnership_id in partnership_ids:
        partnership = records.get(session, Partnership, partnership_id)
        authority = authority_of(session, partnership)
        for decision in decision_queries.every_decision_of(session, partnership_id):
            binding = is_binding(decision.action, ActorType(decision.actor_type), authority)
            if decision.binding != binding:
                records.update(session, who, Decision, decision.id, {"binding": binding}, None)
