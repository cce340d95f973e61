"""What the search box matches, as SQL conditions.

Names are searched in the community table (far smaller than the partnerships) and joined
back by id; a country typed by name ("russia") becomes its ISO codes in Python first.
"""

import sqlalchemy as sa

from desktop.domain.countries import codes_matching
from desktop.store.models import Community, Decision, Exchange, Partnership


def pattern(text: str) -> str:
    """A LIKE pattern for the typed text, with LIKE's own wildcards taken literally."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like(column, text: str):
    return sa.func.lower(column).like(pattern(text), escape="\\")


def communities_matching(text: str):
    """Ids of communities whose name, subdivision or country matches."""
    conditions = [like(Community.name, text), like(Community.subdivision, text)]
    if codes := codes_matching(text):
        conditions.append(Community.country.in_(codes))
    return sa.select(Community.id).where(sa.or_(*conditions))


def partnership_matches(text: str, partnership=Partnership):
    """Names, countries, organisation and notes of the partnership, institutions of its
    exchanges and actors of its decisions."""
    places = communities_matching(text)
    in_exchanges = sa.select(Exchange.partnership_id).where(like(Exchange.institutions, text))
    in_decisions = sa.select(Decision.partnership_id).where(
        sa.or_(like(Decision.actor_name, text), like(Decision.actor_body, text))
    )
    return sa.or_(
        partnership.local_id.in_(places),
        partnership.partner_id.in_(places),
        like(partnership.notes, text),
        like(partnership.coordinating_organization, text),
        partnership.id.in_(in_exchanges),
        partnership.id.in_(in_decisions),
    )
