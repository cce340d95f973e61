"""The sort keys a partnership carries: its communities' names (folded for sorting) and
its partner's country, by code (for the filter) and by the name the clerk reads. Written
whenever a partnership is saved or a community renamed, in the same transaction, so the
table sorts a million rows off an index, never stale. A rename updates the keys without
touching the partnerships' versions: nobody's open form of a partnership is made stale by
a community's new spelling."""

from sqlmodel import Session

from desktop.domain.countries import country_name, fold
from desktop.store import community_queries
from desktop.store.models import Community, Partnership


def sort_name(community: Community) -> str:
    """'norfolk, virginia': accents folded, so Coyoacán sorts with the Cs."""
    place = (
        f"{community.name}, {community.subdivision}" if community.subdivision else community.name
    )
    return fold(place)[:250]


def country_sort_name(code: str) -> str:
    """'russia' for RU: the partner country column sorts by the name it shows."""
    return fold(country_name(code))[:80] if code else ""


def keys_for(session: Session, local_id: int, partner_id: int) -> dict[str, str]:
    """The key columns for a partnership between these two communities, to be saved in
    the same INSERT or UPDATE as the rest (one version step per save)."""
    local = session.get(Community, local_id)
    partner = session.get(Community, partner_id)
    return {
        "local_sort": sort_name(local) if local else "",
        "partner_sort": sort_name(partner) if partner else "",
        "partner_country": partner.country if partner else "",
        "partner_country_name": country_sort_name(partner.country) if partner else "",
    }


def keys_for_many(session: Session, pairs: list[tuple[int, int]]) -> list[dict[str, str]]:
    """`keys_for` for many (local_id, partner_id) pairs, reading each community once."""
    wanted = sorted({i for pair in pairs for i in pair})
    places = community_queries.communities_by_id(session, wanted)
    return [
        {
            "local_sort": sort_name(places[local]),
            "partner_sort": sort_name(places[partner]),
            "partner_country": places[partner].country,
            "partner_country_name": country_sort_name(places[partner].country),
        }
        for local, partner in pairs
    ]


def refresh_for_community(session: Session, community: Community) -> None:
    """After a rename or a change of country: every partnership that shows it."""
    key = sort_name(community)
    table = Partnership.__table__
    session.execute(table.update().where(table.c.local_id == community.id).values(local_sort=key))
    session.execute(
        table.update()
        .where(table.c.partner_id == community.id)
        .values(
            partner_sort=key,
            partner_country=community.country,
            partner_country_name=country_sort_name(community.country),
        )
    )
