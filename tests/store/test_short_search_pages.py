"""A search of one or two letters pages through the rows' own communities (joined), where
its count goes through the set of matching ids: both say the same partnerships, on SQLite
and on PostgreSQL, in every sort order, with and without the archived ones."""

from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from desktop.services import listing
from desktop.services.unit_of_work import reading
from desktop.store.models import Partnership
from desktop.store.queries import SORTABLE
from desktop.store.search import partnership_matches

AS_OF = date(2022, 6, 1)
# A letter, two letters, a country's code, an accent folded away.
SHORT = ["k", "Ka", "RU", "é"]


def ids_matching(db, text: str, *, archived: bool) -> set[int]:
    query = sa.select(Partnership.id).where(partnership_matches(text))
    if not archived:
        query = query.where(Partnership.archived_at.is_(None))
    with reading(db) as session:
        return set(session.execute(query).scalars())


@pytest.mark.parametrize("text", SHORT)
def test_a_short_search_pages_the_partnerships_its_count_counts(sample_db, text):
    for archived in (False, True):
        f = listing.RecordFilter(as_of=AS_OF, search=text, include_archived=archived)
        expected = ids_matching(sample_db, text, archived=archived)
        assert listing.count(sample_db, f) == len(expected)
        for order_by in SORTABLE:
            for descending in (False, True):
                rows = listing.partnerships(sample_db, f, order_by=order_by, descending=descending)
                assert {r.id for r in rows} == expected, (text, order_by, descending)
                assert len(rows) == len(expected)
                page = listing.partnerships(
                    sample_db, f, order_by=order_by, descending=descending, limit=7
                )
                assert page == rows[:7]


def test_two_letters_of_a_country_find_its_partnerships_by_code(sample_db):
    everything = listing.partnerships(sample_db, listing.RecordFilter(as_of=AS_OF))
    russian = {r.id for r in everything if r.partner_country == "RU"}
    assert russian
    found = listing.partnerships(
        sample_db, replace(listing.RecordFilter(as_of=AS_OF), search="ru"), limit=500
    )
    assert russian <= {r.id for r in found}
