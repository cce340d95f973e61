"""What the search box matches, as SQL.

Matching is case-insensitive: SQLite's LIKE already is (for ASCII), so it gets a plain LIKE
(five times faster than lower(x) LIKE ...); PostgreSQL gets ILIKE. A partnership matches
through the union of small id sets: its communities (names searched in the community
table, far smaller than the partnerships), a country typed by name ("russia" -> RU), its
organisation and notes, its exchanges' institutions and its decisions' actors.
"""

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement

from desktop.domain.countries import codes_matching
from desktop.store.models import Community, Decision, Exchange, Partnership


class contains_text(FunctionElement):
    """`column` contains the LIKE `pattern`, ignoring case."""

    type = sa.Boolean()
    inherit_cache = True
    name = "contains_text"


@compiles(contains_text)
def _contains_text_default(element, compiler, **kw):
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"lower({column}) LIKE lower({pattern}) ESCAPE '\\'"


@compiles(contains_text, "sqlite")
def _contains_text_sqlite(element, compiler, **kw):
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"{column} LIKE {pattern} ESCAPE '\\'"


@compiles(contains_text, "postgresql")
def _contains_text_postgresql(element, compiler, **kw):
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"{column} ILIKE {pattern} ESCAPE '\\'"


def pattern(text: str) -> str:
    """A LIKE pattern for the typed text, with LIKE's own wildcards taken literally."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like(column, text: str):
    return contains_text(column, pattern(text))


def communities_matching(text: str):
    """Ids of communities whose name, subdivision or country matches."""
    conditions = [like(Community.name, text), like(Community.subdivision, text)]
    if codes := codes_matching(text):
        conditions.append(Community.country.in_(codes))
    return sa.select(Community.id).where(sa.or_(*conditions))


def partnership_ids_matching(text: str):
    """Ids of the partnerships the search box finds, as one UNION of index-friendly parts."""
    places = communities_matching(text).cte("places")
    p = Partnership
    return sa.union(
        sa.select(p.id).where(p.local_id.in_(sa.select(places.c.id))),
        sa.select(p.id).where(p.partner_id.in_(sa.select(places.c.id))),
        sa.select(p.id).where(sa.or_(like(p.notes, text), like(p.coordinating_organization, text))),
        sa.select(Exchange.partnership_id).where(like(Exchange.institutions, text)),
        sa.select(Decision.partnership_id).where(
            sa.or_(like(Decision.actor_name, text), like(Decision.actor_body, text))
        ),
    )


# Below this length most rows match: better to walk the sorted index and stop at a page
# than to collect every match first. Both forms select exactly the same partnerships.
SELECTIVE_LENGTH = 3


def partnership_matches(text: str, partnership=Partnership):
    if len(text.strip()) >= SELECTIVE_LENGTH:
        return partnership.id.in_(partnership_ids_matching(text))
    places = communities_matching(text)
    return sa.or_(
        partnership.local_id.in_(places),
        partnership.partner_id.in_(places),
        like(partnership.notes, text),
        like(partnership.coordinating_organization, text),
        partnership.id.in_(
            sa.select(Exchange.partnership_id).where(like(Exchange.institutions, text))
        ),
        partnership.id.in_(
            sa.select(Decision.partnership_id).where(
                sa.or_(like(Decision.actor_name, text), like(Decision.actor_body, text))
            )
        ),
    )
