"""Archived records can be brought back (issue 15, 7): a restore is audited, and an exchange
or decision comes back only under a partnership that is in the lists itself."""

from datetime import date

import pytest

from desktop.domain.validation import ValidationError
from desktop.services import archive, history, listing, lookup
from desktop.services.listing import RecordFilter
from tests.pdf_reading import sample_partnership_id

AS_OF = date(2022, 6, 1)


def listed(db) -> set[int]:
    return {r.id for r in listing.partnerships(db, RecordFilter(as_of=AS_OF))}


def test_a_partnership_comes_back_with_its_history(sample_db):
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    archive.archive(sample_db, "partnership", pid)
    assert pid not in listed(sample_db)
    assert archive.unarchive(sample_db, "partnership", pid) is True
    assert pid in listed(sample_db)
    actions = [h.action for h in history.record_history(sample_db, "partnership", pid)]
    assert actions[-2:] == ["Archived", "Restored"]
    assert archive.unarchive(sample_db, "partnership", pid) is False  # in the lists already


def test_children_wait_for_their_partnership(sample_db):
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    exchange = listing.EXCHANGES.rows(
        sample_db, RecordFilter(search="Old Dominion"), order_by="start"
    )
    exchange_id = exchange[0].id
    archive.archive(sample_db, "exchange", exchange_id)
    archive.archive(sample_db, "partnership", pid)
    with pytest.raises(ValidationError, match="Norfolk – Kaliningrad, is archived; restore the"):
        archive.unarchive(sample_db, "exchange", exchange_id)
    archive.unarchive(sample_db, "partnership", pid)
    archive.unarchive(sample_db, "exchange", exchange_id)
    assert lookup.exchange_record(sample_db, exchange_id)["archived_at"] is None


def test_a_partnership_waits_for_its_communities(empty_db):
    from desktop.services import communities, partnerships

    norfolk = communities.create_community(empty_db, {"name": "Norfolk", "country": "US"})
    toyama = communities.create_community(empty_db, {"name": "Toyama", "country": "JP"})
    made = partnerships.create_partnership(
        empty_db, {"local_id": norfolk.id, "partner_id": toyama.id}
    )
    archive.archive(empty_db, "partnership", made.id)
    archive.archive(empty_db, "community", toyama.id)
    with pytest.raises(ValidationError, match="Toyama is archived itself; restore the community"):
        archive.unarchive(empty_db, "partnership", made.id)
    archive.unarchive(empty_db, "community", toyama.id)
    archive.unarchive(empty_db, "partnership", made.id)
    assert lookup.partnership_record(empty_db, made.id)["archived_at"] is None
