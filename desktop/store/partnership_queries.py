"""Partnerships found by their communities: the pair's own partnership, those a
community takes part in, and those that show it on the local side."""

from sqlmodel import Session, func, select

from desktop.store.models import Decision, Exchange, Partnership


def partnership_of_pair(session: Session, first_id: int, second_id: int) -> int | None:
    """The id of a partnership between these two communities, whichever side recorded it
    first (one partnership per pair); None if they have none."""
    return session.exec(
        select(Partnership.id).where(
            ((Partnership.local_id == first_id) & (Partnership.partner_id == second_id))
            | ((Partnership.local_id == second_id) & (Partnership.partner_id == first_id))
        )
    ).first()


def live_partnership_count(session: Session, community_id: int) -> int:
    """How many partnerships in the lists have this community on either side."""
    return session.exec(
        select(func.count())
        .select_from(Partnership)
        .where(
            (Partnership.local_id == community_id) | (Partnership.partner_id == community_id),
            Partnership.archived_at.is_(None),
        )
    ).one()


def ids_with_local(session: Session, community_id: int) -> list[int]:
    """Every partnership (archived too) whose local community this is: those whose
    decisions its authority decides on."""
    return session.exec(select(Partnership.id).where(Partnership.local_id == community_id)).all()


def partnerships_with(session: Session, community_id: int) -> list[Partnership]:
    """Every partnership (archived too) with this community on either side."""
    return session.exec(
        select(Partnership).where(
            (Partnership.local_id == community_id) | (Partnership.partner_id == community_id)
        )
    ).all()


def twin_of(session: Session, partnership_id: int, first_id: int, second_id: int) -> int | None:
    """The id of another partnership than `partnership_id` between these two communities,
    either side local; None if there is none."""
    return session.exec(
        select(Partnership.id).where(
            Partnership.id != partnership_id,
            ((Partnership.local_id == first_id) & (Partnership.partner_id == second_id))
            | ((Partnership.local_id == second_id) & (Partnership.partner_id == first_id)),
        )
    ).first()


def ids_under(session: Session, model: type[Exchange | Decision], partnership_id: int) -> list[int]:
    """The ids of the partnership's exchanges or decisions (`model`), archived ones too."""
    return session.exec(select(model.id).where(model.partnership_id == partnership_id)).all()


def partnership_between(session: Session, local_id: int, partner_id: int) -> Partnership:
    """The one partnership with this local and this partner community (NoResultFound if
    there is none)."""
    return session.exec(
        select(Partnership).where(
            Partnership.local_id == local_id, Partnership.partner_id == partner_id
        )
    ).one()


def same_kind_siblings(session: Session, partnership: Partnership) -> list[Partnership]:
    """The local community's other partnerships in the lists of the same kind (its other
    sister cities, say), in no particular order."""
    return session.exec(
        select(Partnership).where(
            Partnership.local_id == partnership.local_id,
            Partnership.id != partnership.id,
            Partnership.archived_at.is_(None),
            Partnership.kind == partnership.kind,
        )
    ).all()
