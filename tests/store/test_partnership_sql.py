"""The plain-SQL listing (store/partnership_sql.py: the command line's, and the window's
first pages on SQLite) and the ORM's listing give the same rows in the same order, page by
page, for every filter it writes."""

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.dates import PartialDate
from desktop.domain.enums import DatePrecision, Status
from desktop.services import archive, decisions, exchanges, listing
from desktop.services.file_listing import partnerships_in_file
from desktop.services.unit_of_work import reading
from desktop.store import listings, partnership_sql, queries
from desktop.store.database import open_database
from desktop.store.errors import DatabaseCorrupt
from desktop.store.file_look import read_only_uri
from desktop.store.queries import RecordFilter

pytestmark = pytest.mark.sqlite_only("the plain-SQL listing reads SQLite files only")

DAYS = [date(1950, 1, 1), date(1992, 6, 1), date(2022, 3, 1), date(2022, 3, 2), date.today()]


@pytest.fixture
def registry(sample_db):
    """The sample records, with what the listing's harder columns read: a suspension with
    a review date and a condition, one ended later, completed exchanges dated and not, an
    archived partnership. (The samples hold a completed exchange without dates.)"""
    rows = listing.partnerships(sample_db, RecordFilter())
    first, second, third = rows[0].id, rows[1].id, rows[2].id
    for partnership, action, on, review in (
        (first, "suspend", date(2022, 3, 1), date(2023, 3, 1)),
        (second, "suspend", date(2020, 5, 1), None),
        (second, "end", date(2022, 3, 2), None),
    ):
        decisions.record_decision(
            sample_db,
            {
                "partnership_id": partnership,
                "decided_on": on,
                "action": action,
                "actor_type": "governing_body",
                "actor_body": "City Council",
                "condition": "until further notice" if action == "suspend" else "",
                "review_on": review,
            },
        )
    for partnership, on, precision in (
        (first, date(2019, 5, 1), DatePrecision.MONTH),
        (first, date(2021, 1, 1), DatePrecision.YEAR),
        (third, date(2018, 9, 14), DatePrecision.DAY),
    ):
        exchanges.record_exchange(
            sample_db,
            {
                "partnership_id": partnership,
                "title": "Delegation",
                "status": "completed",
                "start_on": on,
                "start_precision": precision,
            },
            today=date(2024, 1, 1),
        )
    archive.archive(sample_db, "partnership", rows[3].id)
    return sample_db


# The listing without its plain rows: every page through SQLAlchemy, typed by the ORM.
ORM_ONLY = replace(queries.PARTNERSHIPS, plain_row=None)


def orm(db, f: RecordFilter, order_by: str = "local", **page):
    """The ORM's listing itself (listing.partnerships reads SQLite through the plain SQL
    where it can, and the rest of its pages through the driver: comparing with it would
    compare the plain SQL with itself)."""
    with reading(db) as session:
        return listings.rows(session, ORM_ONLY, f, order_by=order_by, **page)


def through_driver(db, f: RecordFilter, order_by: str = "local", **page):
    """The listing's pages as the window reads them beyond the first order: the ORM's
    statement, compiled once, run by the sqlite3 driver, its rows read from plain values."""
    with reading(db) as session:
        return listings.rows(session, queries.PARTNERSHIPS, f, order_by=order_by, **page)


def plain(db, f: RecordFilter):
    con = sqlite3.connect(read_only_uri(db.path), uri=True)
    try:
        return partnership_sql.partnership_rows(con, f)
    finally:
        con.close()


@pytest.mark.parametrize("day", DAYS)
def test_every_row_and_column_alike_on_any_day(registry, day):
    f = RecordFilter(as_of=day)
    listed = orm(registry, f)
    assert len(listed) == 115  # one of the 116 archived
    assert plain(registry, f) == listed


def test_the_harder_columns_are_read_as_the_orm_reads_them(registry):
    rows = plain(registry, RecordFilter(as_of=date(2022, 6, 1)))
    suspended = [r for r in rows if r.status == Status.SUSPENDED]
    assert date(2023, 3, 1) in {r.next_review for r in suspended}
    assert PartialDate(date(2021, 1, 1), DatePrecision.YEAR) in {r.last_exchange for r in rows}
    assert PartialDate.unknown() in {r.last_exchange for r in rows}
    assert Status.ENDED in {r.status for r in rows}


@pytest.mark.parametrize(
    "f",
    [
        RecordFilter(country="RU"),
        RecordFilter(country="ru", as_of=date(2022, 3, 2)),
        RecordFilter(local="Norfolk"),
        RecordFilter(local="norfolk"),
        RecordFilter(local="Nowhere"),
        RecordFilter(country="DE", status=Status.ACTIVE),
        *(RecordFilter(status=s, as_of=d) for s in Status for d in DAYS[1:4]),
        RecordFilter(local="Chicago", country="RU", status=Status.SUSPENDED),
        RecordFilter(include_archived=True),
    ],
    ids=repr,
)
def test_each_filter_selects_the_same_rows(registry, f):
    assert plain(registry, f) == orm(registry, f)


def test_the_command_lines_listing_resolves_the_local_name_as_the_orm_does(registry):
    f = RecordFilter(local="NORFOLK")
    resolved = listing.partnerships(registry, listing.resolve_local(registry, f))
    assert len(resolved) == 10
    assert partnerships_in_file(registry.path, f) == resolved
    # A name no local community has: the full listing says which are near.
    assert partnerships_in_file(registry.path, RecordFilter(local="Norfolc")) is None


@pytest.mark.parametrize(
    "stored", ["garbage", "2022-3-1", "2022-02-30", "2022-03-01 10:00", 20220301]
)
def test_a_date_another_program_wrote_is_read_as_the_orm_reads_it(registry, stored):
    con = sqlite3.connect(registry.path)
    with con:
        con.execute("UPDATE partnership SET established_on = ? WHERE id = 5", (stored,))
    con.close()
    f = RecordFilter(as_of=date(2022, 6, 1))
    assert plain(registry, f) == orm(registry, f)


def test_filters_it_does_not_offer_are_refused(registry):
    with pytest.raises(ValueError):
        plain(registry, RecordFilter(search="Kali"))


@pytest.mark.parametrize(
    "f",
    [RecordFilter(), RecordFilter(country="RU"), RecordFilter(include_archived=True)],
    ids=repr,
)
def test_the_windows_pages_are_the_orms_pages(registry, f):
    """The window's table reads its pages in the first order through the plain SQL (no
    statement to compile before the first rows): page after page, the ORM's rows."""
    for offset, limit in ((0, 7), (7, 7), (112, 7), (0, None), (30, None)):
        window = listing.PARTNERSHIPS.rows(
            registry, f, order_by="local", offset=offset, limit=limit
        )
        assert window == orm(registry, f, offset=offset, limit=limit)
        assert window or offset


def test_orders_and_filters_it_does_not_write_are_left_to_the_orm(registry):
    con = sqlite3.connect(registry.path)
    try:
        for f, how in (
            (RecordFilter(search="Kali"), {}),
            (RecordFilter(kind="friendship"), {}),
            (RecordFilter(date_from=date(1990, 1, 1)), {}),
            (RecordFilter(), {"order_by": "partner"}),
            (RecordFilter(), {"descending": True}),
        ):
            assert partnership_sql.page_rows(con, f, **how) is None
    finally:
        con.close()


def test_a_damaged_page_says_so_as_the_orms_does(registry):
    """The plain-SQL page's driver errors come out in the registry's own words, as the
    ORM's do (the window's status line, a printout, the command line): a damaged file says
    to restore a backup, whichever order reads it."""
    table = listing.PARTNERSHIPS
    registry.close()
    con = sqlite3.connect(registry.path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'partnership'")
    page = root.fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(registry.path, "r+b") as damaged:
        damaged.seek((page - 1) * size)
        damaged.write(b"\xff" * size)
    db = open_database(registry.path, create=False)
    try:
        for order in ("local", "partner"):
            with pytest.raises(DatabaseCorrupt, match="backup"):
                table.rows(db, RecordFilter(), order_by=order)
    finally:
        db.close()


def test_an_archived_mark_another_program_wrote_badly_is_archived_in_every_order(registry):
    """Text that is no date in `archived_at`: the filter leaves the partnership out as
    archived, so its row says archived too, whichever order (plain SQL or ORM) lists it
    (the ORM's row said not archived: its date reader turned the text into nothing)."""
    con = sqlite3.connect(registry.path)
    with con:
        con.execute("UPDATE partnership SET archived_at = 'garbage' WHERE id = 5")
    con.close()
    shown = RecordFilter(include_archived=True)
    for order in ("local", "partner", "status"):
        rows = {r.id: r for r in listing.PARTNERSHIPS.rows(registry, shown, order_by=order)}
        assert rows[5].archived, order
    assert 5 not in {
        r.id for r in listing.PARTNERSHIPS.rows(registry, RecordFilter(), order_by="partner")
    }


@pytest.mark.parametrize(
    "f",
    [
        RecordFilter(search="K"),
        RecordFilter(search="ka"),
        RecordFilter(search="Kali"),
        RecordFilter(search="russia"),
        RecordFilter(search="Köln"),
        RecordFilter(search="50%_\\"),
        RecordFilter(search="council", as_of=date(2022, 6, 1)),
        RecordFilter(kind="friendship_city"),
        RecordFilter(date_from=date(1990, 1, 1), date_to=date(2010, 12, 31)),
        RecordFilter(search="a", country="DE", status=Status.ACTIVE),
        RecordFilter(search="o", include_archived=True),
        RecordFilter(where="abroad", search="n"),
    ],
    ids=repr,
)
@pytest.mark.parametrize("order", ["local", "partner", "status", "established"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_drivers_pages_are_the_orms_pages(registry, f, order, descending, monkeypatch):
    """Searches, other filters and other orders: what the driver reads of the kept
    statement is what the ORM reads of it, row for row, page after page."""
    whole = orm(registry, f, order, descending=descending)
    run = []
    given = listings.PlainStatement.arguments
    monkeypatch.setattr(
        listings.PlainStatement,
        "arguments",
        lambda self, values: run.append(found := given(self, values)) or found,
    )
    assert through_driver(registry, f, order, descending=descending) == whole
    assert run and run[0] is not None  # the driver read it, not SQLAlchemy
    for offset in (0, 3):
        page = {"offset": offset, "limit": 3, "descending": descending}
        assert through_driver(registry, f, order, **page) == whole[offset : offset + 3]
    if f.search == "K":
        assert whole  # the sample's Kaliningrad, Kyiv ...


def test_rows_another_program_wrote_read_alike_through_the_driver(registry):
    """A kind the app does not know and dates that are none, in a search's pages."""
    con = sqlite3.connect(registry.path)
    with con:
        con.execute("UPDATE partnership SET kind = 'twinning_of_sorts' WHERE id = 3")
        con.execute("UPDATE partnership SET established_on = 'garbage' WHERE id = 5")
    con.close()
    for search in ("a", "e"):
        f = RecordFilter(search=search, include_archived=True)
        assert through_driver(registry, f, "partner") == orm(registry, f, "partner")
