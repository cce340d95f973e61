"""Communities by name, for the pickers of the forms: what the clerk is typing, and the
names near it when it matches nothing ("Kalinigrad" -> Kaliningrad)."""

import sqlalchemy as sa
from sqlmodel import Session

from desktop.store.models import Community
from desktop.store.search import like, starts_with


def completions(session: Session, text: str, limit: int) -> list[Community]:
    """Communities whose name starts with `text` first, then those containing it; case and
    accents aside ("coyoacan" finds Coyoacán), the same on SQLite and PostgreSQL."""
    typed = text.split(",")[0].strip()
    if not typed:
        return []
    starts = starts_with(Community.name, typed)
    query = (
        sa.select(Community)
        .where(Community.archived_at.is_(None), like(Community.name, typed))
        .order_by(
            sa.case((starts, 0), else_=1), Community.name, Community.country, Community.subdivision
        )
        .limit(limit)
    )
    return list(session.scalars(query))


def named_like(session: Session, beginnings: list[str], limit: int) -> list[Community]:
    """Communities whose name begins with any of `beginnings` (folded, two or three letters):
    the few names a typing slip can be near, for the service to weigh."""
    if not beginnings:
        return []
    query = (
        sa.select(Community)
        .where(
            Community.archived_at.is_(None),
            sa.or_(*(starts_with(Community.name, b) for b in beginnings)),
        )
        .order_by(Community.name, Community.id)
        .limit(limit)
    )
    return list(session.scalars(query))
