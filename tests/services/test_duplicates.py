"""Possible duplicate communities, and a merge that keeps every linked record."""

from datetime import date

import pytest
from sqlmodel import select

from desktop.domain.validation import ValidationError
from desktop.services import listing
from desktop.services.communities import create_community
from desktop.services.decisions import record_decision
from desktop.services.duplicates import merge_communities, possible_duplicates
from desktop.services.exchanges import record_exchange
from desktop.services.listing import RecordFilter
from desktop.services.partnerships import create_partnership
from desktop.services.unit_of_work import reading
from desktop.store.models import AuditEntry, Community, Decision, Exchange, Partnership


def community_id(db, name, subdivision=None):
    with reading(db) as session:
        query = select(Community.id).where(Community.name == name)
        if subdivision is not None:
            query = query.where(Community.subdivision == subdivision)
        return session.exec(query).one()


@pytest.fixture
def typo(sample_db):
    """'Kalinigrad' typed in as a community of its own, with records hanging on it."""
    wrong = create_community(sample_db, {"name": "Kalinigrad", "country": "RU"})
    roanoke, norfolk = community_id(sample_db, "Roanoke"), community_id(sample_db, "Norfolk")
    new_pair = create_partnership(sample_db, {"local_id": roanoke, "partner_id": wrong.id})
    record_exchange(
        sample_db,
        {"partnership_id": new_pair.id, "title": "Choir visit", "status": "planned"},
    )
    twin = create_partnership(sample_db, {"local_id": norfolk, "partner_id": wrong.id})
    record_decision(
        sample_db,
        {
            "partnership_id": twin.id,
            "decided_on": date(2022, 3, 7),
            "actor_body": "Norfolk City Council",
            "actor_type": "governing_body",
            "action": "suspend",
        },
    )
    return wrong.id, new_pair.id, twin.id


def test_the_typo_is_listed_and_namesakes_in_other_places_are_not(sample_db, typo):
    (pair,) = possible_duplicates(sample_db)
    assert (pair.first, pair.second) == (
        "Kaliningrad, Kaliningrad Oblast, Russia",
        "Kalinigrad, Russia",
    )
    assert 90 <= pair.score < 100


def test_merge_keeps_every_linked_record(sample_db, typo):
    wrong, new_pair, twin = typo
    right = community_id(sample_db, "Kaliningrad")
    merge_communities(sample_db, right, wrong)
    with reading(sample_db) as session:
        moved = session.get(Partnership, new_pair)
        archived_twin = session.get(Partnership, twin)
        exchange = session.exec(select(Exchange).where(Exchange.title == "Choir visit")).one()
        decision = session.exec(
            select(Decision).where(Decision.decided_on == date(2022, 3, 7))
        ).one()
        merged = session.get(Community, wrong)
        trail = session.exec(
            select(AuditEntry.action, AuditEntry.field, AuditEntry.new_value).where(
                AuditEntry.record_type == "community", AuditEntry.record_id == wrong
            )
        ).all()
        norfolk_kaliningrad = session.exec(
            select(Partnership.id).where(
                Partnership.local_id == community_id(sample_db, "Norfolk"),
                Partnership.partner_id == right,
            )
        ).one()
    assert moved.partner_id == right and moved.archived_at is None
    assert exchange.partnership_id == new_pair
    assert archived_twin.archived_at is not None
    assert decision.partnership_id == norfolk_kaliningrad and decision.binding
    assert merged.archived_at is not None
    assert ("merge", "merged_into", str(right)) in trail
    # The decision now tells on the partnership that was kept.
    rows = listing.partnerships(sample_db, RecordFilter(as_of=date(2022, 3, 8), local="Norfolk"))
    status = {r.partner: r.status.value for r in rows}
    assert status["Kaliningrad"] == "suspended" and "Kalinigrad" not in status
    assert possible_duplicates(sample_db) == []
    # The moved partnership sorts and searches under its new partner's name.
    roanoke = listing.partnerships(sample_db, RecordFilter(local="Roanoke"), order_by="partner")
    assert [r.partner for r in roanoke] == ["Kaliningrad", "Pskov"]
    with reading(sample_db) as session:
        assert session.get(Partnership, new_pair).partner_sort == "kaliningrad, kaliningrad oblast"


def test_no_merge_across_countries(sample_db):
    florida = community_id(sample_db, "St. Petersburg", "Florida")
    russia = community_id(sample_db, "St. Petersburg", "Saint Petersburg")
    with pytest.raises(ValidationError, match="are in different countries"):
        merge_communities(sample_db, florida, russia)
