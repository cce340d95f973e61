"""Saving through the services: validation, one transaction, audit trail, no lost update."""

from datetime import date

import pytest
from sqlmodel import Session, select

from desktop.domain.enums import ActorType, DecisionAction, ExchangeStatus, Status
from desktop.domain.validation import ValidationError
from desktop.services import communities, decisions, exchanges, partnerships
from desktop.services.records import NotFound
from desktop.store.errors import RecordChanged
from desktop.store.models import AuditEntry, Decision, Exchange, Partnership


@pytest.fixture
def pair(empty_db):
    norfolk = communities.create_community(
        empty_db, {"name": "Norfolk", "subdivision": "Virginia", "country": "US"}
    )
    kaliningrad = communities.create_community(
        empty_db, {"name": "Kaliningrad", "country": "ru", "population": 1_000_000}
    )
    partnership = partnerships.create_partnership(
        empty_db,
        {
            "local_id": norfolk.id,
            "partner_id": kaliningrad.id,
            "established_on": date(1992, 1, 1),
            "established_precision": "year",
        },
    )
    return empty_db, norfolk, kaliningrad, partnership


def audit_rows(db, record_type, record_id):
    with Session(db.engine) as s:
        return list(
            s.exec(
                select(AuditEntry).where(
                    AuditEntry.record_type == record_type, AuditEntry.record_id == record_id
                )
            )
        )


def test_create_writes_who_and_every_filled_field(pair):
    db, _, kaliningrad, _ = pair
    rows = {r.field: r for r in audit_rows(db, "community", kaliningrad.id)}
    assert rows["name"].new_value == "Kaliningrad"
    assert rows["country"].new_value == "RU"  # stored as the ISO code, upper-case
    assert rows["population"].new_value == "1000000"
    assert {r.action for r in rows.values()} == {"create"}
    assert rows["name"].who == db.who and db.who


def test_update_records_old_and_new_and_bumps_the_version(pair):
    db, _, _, p = pair
    updated = partnerships.update_partnership(
        db, p.id, {"notes": "Fifth sister city"}, expected_version=p.version
    )
    assert updated.version == p.version + 1
    [entry] = [r for r in audit_rows(db, "partnership", p.id) if r.action == "update"]
    assert (entry.field, entry.old_value, entry.new_value) == (
        "notes",
        None or "",
        "Fifth sister city",
    )


def test_a_second_clerk_saving_an_old_copy_is_told(pair):
    db, _, _, p = pair
    partnerships.update_partnership(db, p.id, {"notes": "first clerk"}, expected_version=1)
    with pytest.raises(RecordChanged, match="Someone else saved this record"):
        partnerships.update_partnership(db, p.id, {"notes": "second clerk"}, expected_version=1)
    with Session(db.engine) as s:
        assert s.get(Partnership, p.id).notes == "first clerk"


def test_archive_hides_nothing_from_history(pair):
    db, _, _, p = pair
    partnerships.archive_partnership(db, p.id)
    with Session(db.engine) as s:
        assert s.get(Partnership, p.id).archived_at is not None  # still there
    assert [r.action for r in audit_rows(db, "partnership", p.id)][-1] == "archive"


def test_duplicate_community_and_pair_are_refused(pair):
    db, norfolk, kaliningrad, _ = pair
    with pytest.raises(ValidationError, match="already in the registry"):
        communities.create_community(
            db, {"name": "norfolk", "subdivision": "virginia", "country": "US"}
        )
    with pytest.raises(ValidationError, match="already have a partnership"):
        partnerships.create_partnership(db, {"local_id": kaliningrad.id, "partner_id": norfolk.id})


def test_a_domestic_twinning_and_bad_fields_in_plain_words(pair):
    db, norfolk, _, _ = pair
    portland = communities.create_community(
        db, {"name": "Portland", "subdivision": "Oregon", "country": "US"}
    )
    # Two communities of one country may be twinned; a community with itself may not.
    domestic = partnerships.create_partnership(
        db, {"local_id": norfolk.id, "partner_id": portland.id}
    )
    assert domestic.id is not None
    with pytest.raises(ValidationError, match="cannot partner with itself"):
        partnerships.create_partnership(db, {"local_id": norfolk.id, "partner_id": norfolk.id})
    with pytest.raises(ValidationError) as error:
        communities.create_community(db, {"name": "", "country": "Atlantis", "population": -5})
    fields = {p.field: p.message for p in error.value.problems}
    assert fields["name"] == "This is required."
    assert fields["population"] == "Cannot be negative."
    assert "country" in fields


def test_binding_decision_suspends_and_offers_open_exchanges(pair):
    db, _, _, p = pair
    planned = exchanges.record_exchange(
        db,
        {
            "partnership_id": p.id,
            "title": "Youth orchestra visit",
            "direction": "inbound",
            "status": "planned",
            "start_on": date(2022, 6, 1),
            "start_precision": "month",
        },
    )
    values = {
        "partnership_id": p.id,
        "decided_on": date(2022, 3, 8),
        "actor_body": "Norfolk City Council",
        "actor_type": ActorType.GOVERNING_BODY,
        "action": DecisionAction.SUSPEND,
        "condition": "until Russia ends the invasion",
        "review_on": date(2023, 3, 8),
    }
    preview = decisions.preview_decision(db, values)
    assert preview.binding
    assert preview.effect == (
        "Suspended from 8 March 2022, until Russia ends the invasion; review due 8 March 2023"
    )
    assert [e.id for e in preview.open_exchanges] == [planned.id]
    decisions.record_decision(db, values, cancel_exchanges=[planned.id])
    assert partnerships.standing(db, p.id, date(2022, 3, 9)).status is Status.SUSPENDED
    with Session(db.engine) as s:
        exchange = s.get(Exchange, planned.id)
    assert exchange.status is ExchangeStatus.CANCELED
    assert exchange.reason == "Suspended by Norfolk City Council on 8 March 2022"


def test_a_failed_save_writes_nothing(pair):
    db, _, _, p = pair
    values = {
        "partnership_id": p.id,
        "decided_on": date(2022, 3, 8),
        "actor_body": "Norfolk City Council",
        "action": DecisionAction.END,
    }
    with pytest.raises(NotFound):
        decisions.record_decision(db, values, cancel_exchanges=[12345])
    with Session(db.engine) as s:
        assert s.exec(select(Decision)).all() == []
        assert s.exec(select(AuditEntry).where(AuditEntry.record_type == "decision")).all() == []


def test_changing_who_decides_rederives_binding(pair):
    db, norfolk, _, p = pair
    values = {
        "partnership_id": p.id,
        "decided_on": date(2022, 3, 1),
        "actor_name": "Mayor",
        "actor_type": ActorType.MAYOR_EXECUTIVE,
        "action": DecisionAction.SUSPEND,
    }
    decisions.record_decision(db, values)
    assert partnerships.standing(db, p.id, date(2022, 3, 2)).status is Status.ACTIVE
    communities.set_binding_authority(db, norfolk.id, {ActorType.MAYOR_EXECUTIVE})
    assert partnerships.standing(db, p.id, date(2022, 3, 2)).status is Status.SUSPENDED


def test_two_clerks_writing_at_once_wait_for_each_other(pair):
    """The second writer waits for the first (busy timeout), then saves: no 'locked' error."""
    import threading
    import time

    import sqlalchemy as sa

    from desktop.services.unit_of_work import transaction
    from desktop.store.models import Community

    db, _, _, p = pair
    done = []
    worker = threading.Thread(
        target=lambda: done.append(
            partnerships.update_partnership(db, p.id, {"notes": "second clerk"})
        )
    )
    with transaction(db) as other:  # another clerk, mid-save: the write turn is theirs
        other.execute(sa.select(1))
        worker.start()
        time.sleep(0.5)
        assert not done  # waiting, not failing
        # The other clerk's save changes the database: a transaction that had started
        # reading before it could never write after it (SQLite's BUSY_SNAPSHOT).
        other.execute(sa.update(Community).where(Community.id == 1).values(population=1))
    worker.join(timeout=20)
    assert done and done[0].notes == "second clerk"


def test_a_save_kept_waiting_too_long_says_the_registry_is_busy(blank_database):
    """Past the busy timeout the clerk is told, on a file or on a server; nothing is saved."""
    import sqlalchemy as sa

    from desktop.services.unit_of_work import transaction
    from desktop.store.database import open_database
    from desktop.store.errors import DatabaseLocked

    db = open_database(blank_database, busy_timeout_ms=300)
    try:
        with transaction(db) as other:  # a colleague's long save
            other.execute(sa.select(1))
            with pytest.raises(DatabaseLocked, match=r"The database .* is busy: "):
                communities.create_community(db, {"name": "Norfolk", "country": "US"})
        assert lookup_names(db) == []
        communities.create_community(db, {"name": "Norfolk", "country": "US"})
        assert lookup_names(db) == ["Norfolk"]
    finally:
        db.close()


def lookup_names(db):
    from desktop.services import listing

    return [r.name for r in listing.COMMUNITIES.rows(db, listing.RecordFilter(), order_by="name")]
