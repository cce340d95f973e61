"""How the listing's SQL finds a local community's partnerships (bench/run measures the
time; these hold the plan that makes it independent of the registry's size)."""

from datetime import date

import pytest

from desktop.services import listing
from desktop.services.listing import RecordFilter
from desktop.store.queries import count_statement, page_statement


def _plan(db, statement) -> list[str]:
    sql = statement.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as conn:
        return [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


def test_the_local_community_is_matched_by_name_in_any_case(sample_db):
    f = RecordFilter(as_of=date(2022, 3, 8), local="  NORFOLK ")
    rows = listing.partnerships(sample_db, f)
    assert listing.count(sample_db, f) == len(rows) == 10
    assert {(r.local, r.local_subdivision) for r in rows} == {("Norfolk", "Virginia")}


@pytest.mark.sqlite_only("reads SQLite's EXPLAIN QUERY PLAN")
def test_a_local_communitys_partnerships_are_read_off_the_local_index(sample_db):
    """Not by walking every partnership and comparing its local community's name: at a
    million partnerships that took 6 s to count one community's 2,000."""
    f = RecordFilter(as_of=date(2022, 3, 8), local="Norfolk")
    for statement in (count_statement(f), page_statement(f, limit=200)):
        plan = _plan(sample_db, statement)
        assert any("partnership USING INDEX ix_partnership_local_id" in s for s in plan), plan


def test_each_row_has_its_own_last_exchange(sample_db):
    """The column chooser's "Last exchange": each partnership's own latest completed one."""
    from datetime import date

    from desktop.domain.enums import ExchangeStatus
    from desktop.services import exchanges, listing
    from desktop.services.listing import RecordFilter
    from tests.pdf_reading import sample_partnership_id

    moscow = sample_partnership_id(sample_db, "Chicago", "Moscow")
    for title, day in (("Choir", date(2015, 5, 1)), ("Band", date(2018, 9, 1))):
        exchanges.record_exchange(
            sample_db,
            {"partnership_id": moscow, "title": title, "start_on": day,
             "start_precision": "month", "status": ExchangeStatus.COMPLETED},
        )  # fmt: skip
    rows = {
        r.id: r.last_exchange
        for r in listing.partnerships(sample_db, RecordFilter(as_of=date(2022, 6, 1)))
    }
    assert str(rows[moscow]) == "September 2018"
    kaliningrad = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    assert str(rows[kaliningrad]) == "date unknown"  # completed, undated
    assert rows[sample_partnership_id(sample_db, "Chicago", "Kyiv")] is None


def test_a_quick_count_stops_one_past_its_limit_and_is_exact_below_it(sample_db):
    """The table counts a search's first 10,000 at once, the rest after: each record kind."""
    everything = RecordFilter(as_of=date(2022, 3, 8))
    assert listing.PARTNERSHIPS.count(sample_db, everything) == 116
    assert listing.PARTNERSHIPS.count(sample_db, everything, at_most=50) == 51
    assert listing.PARTNERSHIPS.count(sample_db, everything, at_most=500) == 116
    for kind in (listing.EXCHANGES, listing.DECISIONS, listing.COMMUNITIES):
        whole = kind.count(sample_db, listing.RecordFilter())
        assert kind.count(sample_db, listing.RecordFilter(), at_most=whole + 10) == whole
        assert kind.count(sample_db, listing.RecordFilter(), at_most=whole - 2) == whole - 1
