"""The partner country column sorts by the name the clerk reads, not by the ISO code behind
it (issue 15, 3): Austria, Brazil, Bulgaria ... Germany before France's "FR" no more; on
SQLite and PostgreSQL alike, and off an index, so a page of a million rows is not a sort."""

from datetime import date

import pytest

from desktop.domain.countries import country_name, fold
from desktop.services import listing
from desktop.services.listing import RecordFilter
from desktop.store.queries import page_statement

AS_OF = date(2022, 6, 1)


def names_in_order(db, *, descending=False) -> list[str]:
    rows = listing.partnerships(
        db, RecordFilter(as_of=AS_OF), order_by="country", descending=descending
    )
    return [country_name(r.partner_country) for r in rows]


def test_partnerships_sort_by_the_country_name_shown(sample_db):
    shown = names_in_order(sample_db)
    assert shown == sorted(shown, key=fold)
    assert shown.index("Brazil") < shown.index("Bulgaria")  # BR > BG by code
    assert shown.index("France") < shown.index("Germany")  # FR < DE by name
    down = names_in_order(sample_db, descending=True)
    assert down == sorted(shown, key=fold, reverse=True)


def test_communities_sort_by_the_country_name_shown(sample_db):
    rows = listing.COMMUNITIES.rows(sample_db, RecordFilter(), order_by="country")
    shown = [country_name(r.country) for r in rows]
    assert shown == sorted(shown, key=fold)
    assert shown[0] == "Armenia"


def test_a_renamed_partner_moves_its_partnerships(sample_db):
    from desktop.services import communities

    moscow = next(
        r
        for r in listing.COMMUNITIES.rows(sample_db, RecordFilter(search="Moscow"), order_by="name")
        if r.name == "Moscow"
    )
    communities.update_community(sample_db, moscow.id, {"country": "AT"})  # a clerk's slip
    shown = names_in_order(sample_db)
    assert "Austria" in shown and shown == sorted(shown, key=fold)  # the copy followed it


@pytest.mark.sqlite_only("SQLite's query plan; PostgreSQL's is in test_search_index.py")
def test_a_page_sorted_by_country_walks_an_index(sample_db):
    statement = page_statement(RecordFilter(as_of=AS_OF), order_by="country", limit=200)
    sql = str(statement.compile(sample_db.engine, compile_kwargs={"literal_binds": True}))
    with sample_db.engine.connect() as conn:
        steps = "\n".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "ix_partnership_by_country_name" in steps, steps
    page = steps.split("SUBQUERY")[0]  # each row's own look-ups (its status ...) below this
    assert "TEMP B-TREE FOR ORDER BY" not in page, steps
