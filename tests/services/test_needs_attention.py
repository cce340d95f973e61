"""What needs a clerk's attention: reviews due, dormant partnerships, exchanges left open."""

from datetime import date

import pytest

from desktop.domain.enums import DatePrecision
from desktop.services import communities, decisions, exchanges, partnerships
from desktop.services.needs_attention import AttentionKind, first_needing_attention, needs_attention
from desktop.store.queries import RecordFilter


@pytest.fixture
def registry(empty_db):
    db = empty_db
    home = communities.create_community(db, {"name": "Norfolk", "country": "US"})

    def pair(partner, country, established):
        other = communities.create_community(db, {"name": partner, "country": country})
        return partnerships.create_partnership(
            db,
            {
                "local_id": home.id,
                "partner_id": other.id,
                "established_on": established,
                "established_precision": DatePrecision.YEAR,
            },
        )

    suspended = pair("Kaliningrad", "RU", date(1992, 1, 1))
    decisions.record_decision(
        db,
        {
            "partnership_id": suspended.id,
            "decided_on": date(2022, 3, 1),
            "action": "suspend",
            "actor_type": "governing_body",
            "actor_body": "Norfolk City Council",
            "condition": "until the end of hostilities",
            "review_on": date(2023, 3, 1),
        },
    )
    exchanges.record_exchange(
        db,
        {
            "partnership_id": suspended.id,
            "title": "Youth orchestra tour",
            "status": "confirmed",
            "start_on": date(2023, 6, 1),
            "start_precision": DatePrecision.DAY,
        },
        today=date(2022, 1, 1),
    )
    quiet = pair("Toulon", "FR", date(1989, 1, 1))
    exchanges.record_exchange(
        db,
        {
            "partnership_id": quiet.id,
            "title": "Harbour delegation",
            "status": "completed",
            "start_on": date(2019, 1, 1),
            "start_precision": DatePrecision.YEAR,
        },
        today=date(2022, 1, 1),
    )
    lively = pair("Kitakyushu", "JP", date(1960, 1, 1))
    exchanges.record_exchange(
        db,
        {
            "partnership_id": lively.id,
            "title": "Student exchange",
            "status": "completed",
            "start_on": date(2022, 7, 1),
            "start_precision": DatePrecision.MONTH,
        },
        today=date(2023, 1, 1),
    )
    return db


def kinds(items):
    return [(i.kind, i.partner) for i in items]


def test_before_the_review_date_only_the_open_exchange_needs_attention(registry):
    items = needs_attention(registry, date(2022, 12, 1))
    assert kinds(items) == [(AttentionKind.EXCHANGE_UNDER_STOPPED, "Kaliningrad")]
    assert items[0].detail == (
        "\u201cYouth orchestra tour\u201d is still confirmed for 1 June 2023, "
        "but the partnership is suspended."
    )
    assert items[0].due == date(2023, 6, 1)


def test_review_due_and_dormant_by_the_year_end_of_the_last_exchange(registry):
    # Toulon's last completed exchange was "in 2019": dormant only after 31 December 2022.
    assert (AttentionKind.DORMANT, "Toulon") not in kinds(
        needs_attention(registry, date(2022, 12, 31))
    )
    items = needs_attention(registry, date(2023, 3, 1))
    assert kinds(items) == [
        (AttentionKind.REVIEW_DUE, "Kaliningrad"),
        (AttentionKind.DORMANT, "Toulon"),
        (AttentionKind.EXCHANGE_UNDER_STOPPED, "Kaliningrad"),
    ]
    review = items[0]
    assert review.due == date(2023, 3, 1)
    assert review.detail == (
        "Suspended; the review is due on 1 March 2023 (suspended until the end of hostilities)."
    )
    assert items[1].detail == "No completed exchange since 2019."


def test_dormant_threshold_and_filter(registry):
    assert kinds(needs_attention(registry, date(2023, 3, 1), dormant_years=5)) == [
        (AttentionKind.REVIEW_DUE, "Kaliningrad"),
        (AttentionKind.EXCHANGE_UNDER_STOPPED, "Kaliningrad"),
    ]
    only_france = RecordFilter(country="FR")
    assert kinds(needs_attention(registry, date(2023, 3, 1), f=only_france)) == [
        (AttentionKind.DORMANT, "Toulon")
    ]


def test_norfolk_kaliningrad_in_the_sample_is_dormant(sample_db):
    items = needs_attention(sample_db, date(2022, 3, 2))
    assert [(i.kind, i.local, i.partner) for i in items] == [
        (AttentionKind.DORMANT, "Norfolk", "Kaliningrad")
    ]
    # Its completed exchange (ODU and Norfolk Public Schools) has no date: said as such.
    assert items[0].detail == "Completed exchange on record, date unknown; established 1992."


def test_the_window_list_stops_at_so_many_of_each_kind(registry):
    # By 2030 Toulon and Kitakyushu are both dormant; one review and one exchange are due.
    everything = needs_attention(registry, date(2030, 1, 1))
    assert kinds(everything) == [
        (AttentionKind.REVIEW_DUE, "Kaliningrad"),
        (AttentionKind.DORMANT, "Kitakyushu"),
        (AttentionKind.DORMANT, "Toulon"),
        (AttentionKind.EXCHANGE_UNDER_STOPPED, "Kaliningrad"),
    ]
    shown = first_needing_attention(registry, date(2030, 1, 1), per_kind=1)
    assert shown.cut_short == [AttentionKind.DORMANT]
    assert shown.items == [everything[0], everything[1], everything[3]]


def test_an_undated_completed_exchange_is_not_called_none(sample_db):
    """Issue 15, 11: the list says what is true, and says it where there is none too."""
    from desktop.services import archive, listing
    from desktop.services.listing import RecordFilter

    undated = listing.EXCHANGES.rows(
        sample_db, RecordFilter(search="Old Dominion"), order_by="start"
    )
    archive.archive(sample_db, "exchange", undated[0].id)
    items = needs_attention(sample_db, date(2022, 3, 2))
    assert items[0].detail == "No completed exchange on record; established 1992."
