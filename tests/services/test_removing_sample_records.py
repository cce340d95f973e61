"""Sample records are marked as such (one batch of their own) and removed on request:
archived, never deleted, the clerk's own records kept (issue 15, 9)."""

from datetime import date

from desktop.services import communities, exchanges, history, listing, partnerships
from desktop.services.listing import RecordFilter
from desktop.services.sample_records import remove_sample_records, sample_records
from desktop.store.database import open_database
from tests.pdf_reading import sample_partnership_id

AS_OF = date(2022, 6, 1)


def test_sample_records_are_one_marked_batch(sample_db):
    found = sample_records(sample_db)
    assert (found.partnerships, found.communities, found.own_under_them) == (116, 188, 0)


def test_an_empty_registry_has_none(empty_db):
    assert sample_records(empty_db) is None


def test_removing_them_keeps_the_clerks_own(sample_db):
    norfolk = listing.COMMUNITIES.rows(sample_db, RecordFilter(search="Norfolk"), order_by="name")
    norfolk_id = next(c.id for c in norfolk if c.name == "Norfolk")
    toyama = communities.create_community(sample_db, {"name": "Toyama", "country": "JP"})
    mine = partnerships.create_partnership(
        sample_db, {"local_id": norfolk_id, "partner_id": toyama.id}
    )
    kaliningrad = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    exchanges.record_exchange(sample_db, {"partnership_id": kaliningrad, "title": "Choir visit"})
    assert sample_records(sample_db).own_under_them == 1

    archived = remove_sample_records(sample_db)

    assert archived == 116 + 2 + 7 + 1 + 187  # partnerships, exchanges, decisions, mine, places
    rows = listing.partnerships(sample_db, RecordFilter(as_of=AS_OF))
    assert [(r.local, r.partner) for r in rows] == [("Norfolk", "Toyama")]
    names = {r.name for r in listing.COMMUNITIES.rows(sample_db, RecordFilter(), order_by="name")}
    assert names == {"Norfolk", "Toyama"}  # Norfolk stays: a partnership of the clerk's uses it
    assert listing.EXCHANGES.count(sample_db, RecordFilter()) == 0
    assert sample_records(sample_db) is None and remove_sample_records(sample_db) == 0
    actions = [h.action for h in history.record_history(sample_db, "partnership", kaliningrad)]
    assert actions[-1] == "Archived"  # on the record, not deleted
    assert mine.id in {r.id for r in rows}


def test_a_new_registry_opened_empty_has_none(blank_database):
    from desktop.services.opening import open_registry

    db, added = open_registry(blank_database, samples=False)
    try:
        assert added == 0 and sample_records(db) is None
    finally:
        db.close()
    again = open_database(blank_database)
    again.close()
