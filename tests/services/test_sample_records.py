"""The sample records from the articles, as a new database receives them."""

from datetime import date

import pytest
from sqlmodel import Session, func, select

from desktop.domain.enums import PartnershipKind, Status
from desktop.services import listing, partnerships
from desktop.services.listing import RecordFilter
from desktop.services.timeline import timeline_lines
from desktop.store.models import Community, Exchange, Partnership

ALL_DATES = [
    date(1991, 1, 1),
    date(2022, 2, 27),
    date(2022, 3, 1),
    date(2022, 3, 2),
    date(2022, 6, 5),
    date(2026, 11, 21),
]


def find(db, local, partner):
    rows = listing.partnerships(db, RecordFilter(local=local))
    [row] = [r for r in rows if r.partner == partner]
    return row


def test_116_partnerships_two_friendship_cities(sample_db):
    assert listing.count(sample_db, RecordFilter()) == 116
    kinds = [r.kind for r in listing.partnerships(sample_db, RecordFilter())]
    assert kinds.count(PartnershipKind.FRIENDSHIP_CITY) == 2


def test_norfolk_has_ten_partners_and_chicago_two(sample_db):
    assert listing.count(sample_db, RecordFilter(local="Norfolk")) == 10
    assert {r.partner for r in listing.partnerships(sample_db, RecordFilter(local="Chicago"))} == {
        "Moscow",
        "Kyiv",
    }


def test_69_us_russian_pairs_norfolk_kaliningrad_once(sample_db):
    assert listing.count(sample_db, RecordFilter(country="RU")) == 69
    with Session(sample_db.engine) as s:
        kaliningrad = s.exec(select(Community).where(Community.name == "Kaliningrad")).one()
        assert (
            s.exec(
                select(func.count())
                .select_from(Partnership)
                .where(Partnership.partner_id == kaliningrad.id)
            ).one()
            == 1
        )


def test_corrected_spellings(sample_db):
    with Session(sample_db.engine) as s:
        names = set(s.exec(select(Community.name)))
    assert {"Kaliningrad", "Winneba", "San Miguel", "Los Alamos", "Grinnell"} <= names
    assert not {"Kalinigrad", "Los-Alamos", "Grinnel"} & names


def test_maryland_is_one_sister_state_pair(sample_db):
    [row] = listing.partnerships(sample_db, RecordFilter(local="Maryland"))
    assert row.partner == "Leningrad Region"
    assert row.kind is PartnershipKind.SISTER_STATE_PROVINCE


def test_norfolk_kaliningrad_is_active_with_three_positions(sample_db):
    row = find(sample_db, "Norfolk", "Kaliningrad")
    assert str(row.established) == "1992"
    assert partnerships.standing(sample_db, row.id, date(2022, 3, 1)).status is Status.ACTIVE
    with Session(sample_db.engine) as s:
        lines = timeline_lines(s, row.id)
        exchanges = s.exec(select(Exchange).where(Exchange.partnership_id == row.id)).all()
    assert [(line.decision.actor_name, line.binding) for line in lines] == [
        ("Glenn Youngkin", False),
        ("Kenny Alexander", False),
        ("Marguerite Inscoe", False),
    ]
    assert {e.status.value for e in exchanges} == {"completed", "canceled"}


def test_chicago_moscow_is_suspended_by_the_mayor_with_its_condition(sample_db):
    row = find(sample_db, "Chicago", "Moscow")
    assert partnerships.standing(sample_db, row.id, date(2022, 2, 28)).status is Status.ACTIVE
    standing = partnerships.standing(sample_db, row.id, date(2022, 3, 2))
    assert standing.status is Status.SUSPENDED
    assert standing.condition.startswith("until the end of hostilities against Ukraine")
    assert standing.decided_by.actor == "Mayor Lori Lightfoot"


def test_san_jose_keeps_ekaterinburg_despite_zelensky(sample_db):
    row = find(sample_db, "San Jose", "Ekaterinburg")
    assert partnerships.standing(sample_db, row.id, date(2022, 6, 5)).status is Status.ACTIVE


@pytest.mark.parametrize("day", ALL_DATES)
def test_sql_status_agrees_with_the_rule_for_every_partnership(sample_db, day):
    rows = listing.partnerships(sample_db, RecordFilter(as_of=day))
    for row in rows:
        assert row.status is partnerships.standing(sample_db, row.id, day).status, row


def test_status_filter_and_as_of(sample_db):
    suspended = RecordFilter(status=Status.SUSPENDED, as_of=date(2022, 3, 2))
    assert [r.partner for r in listing.partnerships(sample_db, suspended)] == ["Moscow"]
    before = RecordFilter(status=Status.SUSPENDED, as_of=date(2022, 2, 28))
    assert listing.count(sample_db, before) == 0


@pytest.mark.parametrize("text", ["ka", "kal", "Kali", "russia", "ru", "Old Dominion", "a", "%"])
def test_short_and_long_searches_select_the_same_partnerships(sample_db, text):
    """Two SQL forms (index walk for short text, id union for selective text) must agree."""
    from desktop.store import search

    found = {r.id for r in listing.partnerships(sample_db, RecordFilter(search=text))}
    original = search.SELECTIVE_LENGTH
    try:
        search.SELECTIVE_LENGTH = 1 if len(text) < original else 99
        other = {r.id for r in listing.partnerships(sample_db, RecordFilter(search=text))}
    finally:
        search.SELECTIVE_LENGTH = original
    assert found == other


def test_sql_status_follows_a_change_of_local_community_and_of_authority(sample_db):
    """Chicago's mayor binds; moved under Norfolk (its council decides) the same entry is a
    position, in the list as on the form."""
    from desktop.domain.enums import ActorType
    from desktop.services import communities

    moscow = find(sample_db, "Chicago", "Moscow")
    norfolk = find(sample_db, "Norfolk", "Kaliningrad")
    with Session(sample_db.engine) as s:
        norfolk_id = s.get(Partnership, norfolk.id).local_id
        version = s.get(Partnership, moscow.id).version
    day = date(2022, 3, 2)
    partnerships.update_partnership(sample_db, moscow.id, {"local_id": norfolk_id}, version)
    [row] = [
        r for r in listing.partnerships(sample_db, RecordFilter(as_of=day)) if r.id == moscow.id
    ]
    assert row.local == "Norfolk" and row.status is Status.ACTIVE
    assert partnerships.standing(sample_db, moscow.id, day).status is Status.ACTIVE
    communities.set_binding_authority(sample_db, norfolk_id, {ActorType.MAYOR_EXECUTIVE})
    [row] = [
        r for r in listing.partnerships(sample_db, RecordFilter(as_of=day)) if r.id == moscow.id
    ]
    assert row.status is Status.SUSPENDED
    assert partnerships.standing(sample_db, moscow.id, day).status is Status.SUSPENDED
