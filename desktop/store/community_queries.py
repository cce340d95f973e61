"""Communities by name, for the pickers of the forms: what the clerk is typing, and the
names near it when it matches nothing ("Kalinigrad" -> Kaliningrad). Also the names a new
community must not repeat in its country, the places the duplicates check compares, and
many communities read at once by id (whole, or only their names for sort keys), and those
that still lack coordinates."""

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlmodel import Session, select

from desktop.store.models import Community, searched_text
from desktop.store.search import contains_text, like, starts_with


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


def near_name_candidates(session: Session, folded: str, limit: int) -> list[Community]:
    """Communities a typing slip in `folded` (a name folded as matching.fold_name folds it)
    may have been meant for: those whose name begins with its first two letters, or with
    any letter and then its second and third (a slip in the first letter). A few hundred
    at most, for the service to weigh; the rest of the registry is not read into Python."""
    if len(folded) < 3:
        return []
    head = _escaped(folded[:2])
    after_first = _escaped(folded[1:3])
    name = searched_text(Community.name)
    query = (
        sa.select(Community)
        .where(
            Community.archived_at.is_(None),
            sa.or_(
                contains_text(name, sa.literal(f"{head}%")),
                contains_text(name, sa.literal(f"_{after_first}%")),
            ),
        )
        .order_by(Community.name, Community.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def names_in_country(session: Session, country: str, own_id: int | None = None):
    """(id, name, subdivision) of every community in `country` (archived too) but
    `own_id`, read lazily: the caller compares the names itself and may stop at the
    first it finds."""
    query = sa.select(Community.id, Community.name, Community.subdivision).where(
        Community.country == country, Community.id != (own_id or 0)
    )
    return session.execute(query)


def live_places(session: Session) -> list[Row]:
    """(id, name, subdivision, country) of every community in the lists, by id."""
    return session.execute(
        sa.select(Community.id, Community.name, Community.subdivision, Community.country)
        .where(Community.archived_at.is_(None))
        .order_by(Community.id)
    ).all()


def communities_by_id(session: Session, ids: list[int]) -> dict[int, Community]:
    """The communities with these ids, each read once, a few hundred per SELECT (SQLite
    allows no more bound parameters than that in one)."""
    found: dict[int, Community] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        query = sa.select(Community).where(Community.id.in_(chunk))
        found |= {c.id: c for c in session.scalars(query)}
    return found


def community_places(session: Session, ids: list[int]) -> list[sa.Row]:
    """(id, name, subdivision, country) of these communities, in chunks of ids."""
    c = Community.__table__.c
    found: list[sa.Row] = []
    for start in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        chunk = ids[start : start + 900]
        query = sa.select(c.id, c.name, c.subdivision, c.country).where(c.id.in_(chunk))
        found += session.execute(query).all()
    return found


def without_coordinates(
    session: Session, ids: Iterable[int] | None = None, *, batch_id: int | None = None
) -> list[Community]:
    """The communities in the lists that lack a latitude or a longitude, by id: all of
    them, those of `ids`, or those the import `batch_id` created."""
    query = select(Community).where(
        Community.archived_at.is_(None),
        Community.latitude.is_(None) | Community.longitude.is_(None),
    )
    if ids is not None:
        query = query.where(Community.id.in_(list(ids)))
    if batch_id is not None:
        query = query.where(Community.batch_id == batch_id)
    return session.exec(query.order_by(Community.id)).all()
