"""SQL for the map: where the selected partnerships' communities lie, and which of them
have no coordinates yet. The selection is the listing's own filter (`filtered`)."""

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlmodel import Session

from desktop.store.models import Community
from desktop.store.queries import Local, Partner, RecordFilter, filtered
from desktop.store.status_sql import status_on


def map_links(session: Session, f: RecordFilter, limit: int) -> list[Row]:
    """One row a selected partnership, both ends placed or not: (id, status on f.as_of,
    local_id, local, local_subdivision, local_country, local_lat, local_lon, then the same
    for the partner), at most `limit` rows in the list's order."""
    status = status_on(f.as_of).label("status")
    query = (
        filtered(f)
        .add_columns(
            status,
            Local.id.label("local_id"),
            Local.name.label("local"),
            Local.subdivision.label("local_subdivision"),
            Local.country.label("local_country"),
            Local.latitude.label("local_lat"),
            Local.longitude.label("local_lon"),
            Partner.id.label("partner_id"),
            Partner.name.label("partner"),
            Partner.subdivision.label("partner_subdivision"),
            Partner.country.label("partner_country"),
            Partner.latitude.label("partner_lat"),
            Partner.longitude.label("partner_lon"),
        )
        .order_by(Local.name, Partner.name, Local.id, Partner.id)
        .limit(limit)
    )
    return session.execute(query).all()


def count_links(session: Session, f: RecordFilter) -> int:
    inner = filtered(f).subquery()
    return session.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one()


def unplaced_communities(session: Session, f: RecordFilter, limit: int) -> list[Row]:
    """(id, name, subdivision, country) of the selection's communities, local or partner,
    that have no coordinates, by name; at most `limit`."""
    inner = filtered(f).add_columns(Local.id.label("local_id"), Partner.id.label("partner_id"))
    inner = inner.subquery()
    ids = sa.union(sa.select(inner.c.local_id), sa.select(inner.c.partner_id)).subquery()
    query = (
        sa.select(Community.id, Community.name, Community.subdivision, Community.country)
        .where(
            Community.id.in_(sa.select(ids.c[0])),
            Community.archived_at.is_(None),
            sa.or_(Community.latitude.is_(None), Community.longitude.is_(None)),
        )
        .order_by(Community.name, Community.country, Community.id)
        .limit(limit)
    )
    return session.execute(query).all()
