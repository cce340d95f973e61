"""A partnership's decisions and positions: its timeline, and every entry whose binding
flag a change of authority works out again; and what tells every decision from another
(an import's check for those already there)."""

from sqlmodel import Session, select

from desktop.store.models import Decision


def timeline_decisions(session: Session, partnership_id: int) -> list[Decision]:
    """The partnership's entries in the lists, in the order they take effect (then the
    day decided, then id)."""
    query = (
        select(Decision)
        .where(Decision.partnership_id == partnership_id, Decision.archived_at.is_(None))
        .order_by(Decision.takes_effect_on, Decision.decided_on, Decision.id)
    )
    return list(session.exec(query))


def every_decision_of(session: Session, partnership_id: int) -> list[Decision]:
    """All of the partnership's entries, archived ones too, in no particular order."""
    return session.exec(select(Decision).where(Decision.partnership_id == partnership_id)).all()


def dates_actions_and_deciders(session: Session):
    """(partnership id, date, action, decider's name) of every decision, archived ones
    too."""
    return session.exec(
        select(Decision.partnership_id, Decision.decided_on, Decision.action, Decision.actor_name)
    )
