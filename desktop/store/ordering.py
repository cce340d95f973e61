"""ORDER BY that reads the same on SQLite and PostgreSQL.

SQLite puts NULL (an unknown date, a missing population) before every value going up and
after every value going down; PostgreSQL does the opposite. The registry keeps SQLite's
order on both by saying so for every key that can be NULL. A key that cannot be NULL is
left bare, so PostgreSQL can still read a sorted page straight off its index (an index is
NULLS LAST, and PostgreSQL does not use a NOT NULL to drop the NULLS FIRST).

Text keys need nothing here: text columns compare by code point on both (models.py).
"""

from functools import cache

import pycountry
import sqlalchemy as sa

from desktop.domain import countries


def up(key):
    """`key` ascending, NULL first."""
    return key.asc().nulls_first() if _nullable(key) else key.asc()


def down(key):
    """`key` descending, NULL last."""
    return key.desc().nulls_last() if _nullable(key) else key.desc()


def by(key, descending: bool = False):
    return down(key) if descending else up(key)


def _nullable(key) -> bool:
    column = getattr(key, "expression", key)  # a mapped attribute -> its Column
    if isinstance(column, sa.Column):
        return column.nullable
    # An annotated column of an aliased entity (Local.name) keeps its Column's nullability.
    return getattr(column, "nullable", True)


def by_country_name(code_column):
    """Countries in the order of the names the clerk reads (Austria before Bulgaria before
    Brazil's "BR" would have had it): each code's place among the names, as a CASE. No
    index serves it; the community, exchange and decision lists it sorts are a fraction of
    the partnerships, whose own country sort has a column and an index."""
    ranks = _country_ranks()
    return sa.case(ranks, value=code_column, else_=len(ranks))


@cache
def _country_ranks() -> dict[str, int]:
    codes = [c.alpha_2 for c in pycountry.countries] + list(countries.EXTRA_NAMES)
    by_name = sorted(codes, key=lambda code: (countries.fold(countries.country_name(code)), code))
    return {code: rank for rank, code in enumerate(by_name)}
