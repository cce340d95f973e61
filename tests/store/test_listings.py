"""What every list does alike, held for each kind of record (store/listings.py runs all four
descriptions): each sort lists every record once, in its column's order, page after page;
each filter the kind offers selects exactly the records whose row shows it; a count is the
number of rows listed."""

from dataclasses import astuple
from datetime import date

import pytest

from desktop.domain.enums import (
    ActorType,
    DecisionAction,
    Direction,
    ExchangeStatus,
    ProgrammeArea,
    Status,
)
from desktop.domain.record_filter import ABROAD, WITHIN_ONE_COUNTRY
from desktop.services import archive, communities, decisions, exchanges, listing
from desktop.services import partnerships as partnerships_
from desktop.services.listing import RecordFilter
from desktop.store import listings

AS_OF = date(2022, 3, 2)  # after Russia's partnerships were suspended: every status shows


@pytest.fixture
def varied_db(sample_db):
    """The sample registry with exchanges and decisions of every kind, on many dates, under
    partnerships in several countries (the sample itself has a few of each)."""
    listed = listing.partnerships(sample_db, RecordFilter(as_of=AS_OF), order_by="id")
    under = listed[::4][:30]
    for i, partnership in enumerate(under):
        start = date(2010 + i % 11, 1 + i % 12, 1) if i % 7 else None
        completed = start is not None and i % 2 == 0
        exchanges.record_exchange(
            sample_db,
            {
                "partnership_id": partnership.id,
                "title": f"Visit {chr(ord('A') + i % 26)}{i:02d}",
                "programme_area": list(ProgrammeArea)[i % len(ProgrammeArea)],
                "direction": list(Direction)[i % len(Direction)],
                "status": ExchangeStatus.COMPLETED if completed else ExchangeStatus.CANCELED,
                "reason": "" if completed else "Weather",
                "start_on": start,
                "start_precision": "day" if start else None,
                "end_on": date(start.year, start.month, 20) if completed else None,
                "end_precision": "day" if completed else None,
                "participants": 3 + i * 7 % 40 if i % 5 else None,
                "institutions": f"School {30 - i}",
            },
            today=AS_OF,
        )
        decisions.record_decision(
            sample_db,
            {
                "partnership_id": partnership.id,
                "decided_on": date(2005 + i % 15, 1 + i % 12, 1 + i % 27),
                "action": [DecisionAction.REAFFIRM, DecisionAction.REQUEST_SUSPENSION][i % 2],
                "actor_type": list(ActorType)[i % len(ActorType)],
                "actor_body": f"Council {i}",
                "actor_name": "",
            },
        )
    # Two communities of one country twinned (every sample partnership is abroad), and
    # one community with no partnership yet.
    hannover, leipzig, _ = (
        communities.create_community(sample_db, {"name": name, "country": "DE"})
        for name in ("Hannover", "Leipzig", "Quiet Town")
    )
    twinned = {"local_id": hannover.id, "partner_id": leipzig.id}
    partnerships_.create_partnership(sample_db, twinned)
    return sample_db


def _day(partial):
    return partial.value if partial else None


# The sorts whose order a row shows as it is compared in Python (numbers, dates, stored
# values, names compared letter by letter as both databases do). The rest (folded names,
# countries by name, an actor's several names) are held to listing each record once.
SHOWN_ORDER = {
    "partnerships": {
        "kind": lambda r: r.kind.value,
        "established": lambda r: _day(r.established),
        "id": lambda r: r.id,
        "status": lambda r: r.status.value,
    },
    "exchanges": {
        "local": lambda r: r.local,
        "partner": lambda r: r.partner,
        "title": lambda r: r.title,
        "area": lambda r: r.programme_area.value,
        "direction": lambda r: r.direction.value,
        "start": lambda r: _day(r.start),
        "participants": lambda r: r.participants,
        "status": lambda r: r.status.value,
        "institutions": lambda r: r.institutions,
    },
    "decisions": {
        "local": lambda r: r.local,
        "partner": lambda r: r.partner,
        "decided": lambda r: r.decided.value,
        "actor_type": lambda r: r.actor_type.value,
        "action": lambda r: r.action.value,
        "binding": lambda r: r.binding,
        "review": lambda r: r.review_on,
    },
    "communities": {
        "name": lambda r: r.name,
        "subdivision": lambda r: r.subdivision,
        "kind": lambda r: r.kind.value,
        "population": lambda r: r.population,
        "partnerships": lambda r: r.partnerships,
    },
}
KINDS = {
    "partnerships": listing.PARTNERSHIPS,
    "exchanges": listing.EXCHANGES,
    "decisions": listing.DECISIONS,
    "communities": listing.COMMUNITIES,
}


def _everything(**fields) -> RecordFilter:
    return RecordFilter(as_of=AS_OF, **fields)


def _nulls_first(value):
    return (value is not None, value)


def _ids(rows) -> list[int]:
    return [r.id for r in rows]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_sort_lists_each_record_once_in_its_columns_order(varied_db, kind):
    table = KINDS[kind]
    f = _everything()
    whole = table.rows(varied_db, f, order_by=table.kind.default_sort)
    assert len(whole) > 20 and table.count(varied_db, f) == len(whole)
    for key in table.kind.sorts:
        for descending in (False, True):
            rows = table.rows(varied_db, f, order_by=key, descending=descending)
            assert sorted(_ids(rows)) == sorted(_ids(whole)), (key, descending)
            shown = SHOWN_ORDER[kind].get(key)
            if shown is not None:
                values = [_nulls_first(shown(r)) for r in rows]
                assert values == sorted(values, reverse=descending), (key, descending)
            # Page by page (as the window fetches them) is the same order: ties fall to
            # the id, so no record is on two pages and none on neither.
            pages = [
                table.rows(
                    varied_db, f, order_by=key, descending=descending, offset=start, limit=17
                )
                for start in range(0, len(whole), 17)
            ]
            assert [r.id for page in pages for r in page] == _ids(rows), (key, descending)


def _first(rows, read):
    return next(read(r) for r in rows if read(r))


# (field, what the filter is given, read from a row listed unfiltered; the row shows it).
FILTERS = {
    "partnerships": [
        ("status", lambda r: r.status, lambda r: r.status),
        ("kind", lambda r: r.kind, lambda r: r.kind),
        ("country", lambda r: r.partner_country, lambda r: r.partner_country),
        ("local", lambda r: r.local, lambda r: r.local),
        ("date_from", lambda r: _day(r.established), lambda r: _day(r.established)),
        ("date_to", lambda r: _day(r.established), lambda r: _day(r.established)),
        ("where", lambda r: ABROAD, lambda r: ABROAD),
        ("where", lambda r: WITHIN_ONE_COUNTRY, lambda r: ABROAD),
    ],
    "exchanges": [
        ("status", lambda r: r.status, lambda r: r.status),
        ("kind", lambda r: r.programme_area, lambda r: r.programme_area),
        ("country", lambda r: r.partner_country, lambda r: r.partner_country),
        ("local", lambda r: r.local, lambda r: r.local),
        ("date_from", lambda r: _day(r.start), lambda r: _day(r.start)),
        ("date_to", lambda r: _day(r.start), lambda r: _day(r.start)),
    ],
    "decisions": [
        ("status", lambda r: r.action, lambda r: r.action),
        ("kind", lambda r: r.actor_type, lambda r: r.actor_type),
        ("country", lambda r: r.partner_country, lambda r: r.partner_country),
        ("local", lambda r: r.local, lambda r: r.local),
        ("date_from", lambda r: r.decided.value, lambda r: r.decided.value),
        ("date_to", lambda r: r.decided.value, lambda r: r.decided.value),
    ],
    "communities": [
        ("kind", lambda r: r.kind, lambda r: r.kind),
        ("country", lambda r: r.country, lambda r: r.country),
    ],
}


def _shows(row, text: str) -> bool:
    """Whether any of the row's words holds the text, case aside."""
    return any(text.lower() in str(value).lower() for value in astuple(row))


def _selects(field: str, chosen, row, read) -> bool:
    """Whether the row shows what the filter chose."""
    shown = read(row)
    if field == "where":
        abroad = row.local_country != row.partner_country
        return abroad if chosen == ABROAD else not abroad
    if field == "date_from":
        return shown is not None and shown >= chosen
    if field == "date_to":
        return shown is not None and shown <= chosen
    return shown == chosen


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_filter_selects_the_records_whose_row_shows_it(varied_db, kind):
    table = KINDS[kind]
    whole = table.rows(varied_db, _everything(), order_by=table.kind.default_sort)
    for field, choose, read in FILTERS[kind]:
        # A middle row's value: a date range then leaves records out on either side.
        values = sorted({v for r in whole if (v := choose(r)) is not None}, key=str)
        chosen = values[len(values) // 2]
        f = _everything(**{field: chosen})
        rows = table.rows(varied_db, f, order_by=table.kind.default_sort)
        wanted = [r.id for r in whole if _selects(field, chosen, r, read)]
        assert 0 < len(rows) < len(whole), (field, chosen)
        assert _ids(rows) == wanted, (field, chosen)
        assert table.count(varied_db, f) == len(rows), (field, chosen)
    f = _everything(search="kaliningrad")
    found = table.rows(varied_db, f, order_by=table.kind.default_sort)
    assert _ids(found) == [r.id for r in whole if _shows(r, "kaliningrad")]
    assert 0 < table.count(varied_db, f) == len(found) < len(whole)


@pytest.mark.parametrize("kind", list(KINDS))
def test_filters_together_select_what_each_selects(varied_db, kind):
    """Two filters at once: the records both select (each clause narrows the other's)."""
    table = KINDS[kind]
    (first, choose_a, read_a), (second, choose_b, read_b) = FILTERS[kind][:2]
    whole = table.rows(varied_db, _everything(), order_by=table.kind.default_sort)
    a = choose_a(whole[-1])
    b = choose_b(next(r for r in whole if _selects(first, a, r, read_a)))
    f = _everything(**{first: a, second: b})
    rows = table.rows(varied_db, f, order_by=table.kind.default_sort)
    assert _ids(rows) == [
        r.id for r in whole if _selects(first, a, r, read_a) and _selects(second, b, r, read_b)
    ]
    assert 0 < table.count(varied_db, f) == len(rows)


RECORD = {
    "partnerships": "partnership",
    "exchanges": "exchange",
    "decisions": "decision",
    "communities": "community",
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_an_archived_record_is_listed_and_counted_only_when_asked_for(varied_db, kind):
    table = KINDS[kind]
    f, shown = _everything(), _everything(include_archived=True)
    before = table.rows(varied_db, f, order_by=table.kind.default_sort)
    # A community is archived once it has no partnerships in the lists.
    free = [r for r in before if getattr(r, "partnerships", 0) == 0]
    put_away = free[len(free) // 2]
    archive.archive(varied_db, RECORD[kind], put_away.id)
    after = table.rows(varied_db, f, order_by=table.kind.default_sort)
    assert _ids(after) == [i for i in _ids(before) if i != put_away.id]
    assert table.count(varied_db, f) == len(after) == len(before) - 1
    with_archived = table.rows(varied_db, shown, order_by=table.kind.default_sort)
    assert [r.id for r in with_archived if r.archived] == [put_away.id]
    assert table.count(varied_db, shown) == len(with_archived) == len(before)


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_quick_count_stops_one_past_its_limit(varied_db, kind):
    """The window's first count: "10,000+" where more match, the number where fewer do."""
    table = KINDS[kind]
    whole = table.count(varied_db, _everything())
    assert table.count(varied_db, _everything(), at_most=whole) == whole
    assert table.count(varied_db, _everything(), at_most=whole - 5) == whole - 4


def test_a_partnerships_status_is_on_the_filters_day(sample_db):
    """The one field only partnerships read: the same filter on another day selects by
    the status each partnership had then."""
    table = listing.PARTNERSHIPS
    suspended_then = RecordFilter(as_of=AS_OF, status=Status.SUSPENDED)
    suspended_before = RecordFilter(as_of=date(2022, 2, 28), status=Status.SUSPENDED)
    rows = table.rows(sample_db, suspended_then, order_by="status")
    assert rows and {r.status for r in rows} == {Status.SUSPENDED}
    assert table.count(sample_db, suspended_before) < len(rows)


# A clerk typing: each keystroke a new text, some naming a country (its code is then
# searched too), some too short for the trigram index, one with an accent, one with LIKE's
# own wildcards, and back again.
TYPED = ("M", "Mo", "Mos", "Mosc", "Moscow", "R", "Ru", "Rus", "Russia", "Russ", "Be", "Besanç",
         "10%", "a_b", "Mo")  # fmt: skip


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_keystroke_lists_what_a_new_query_lists(varied_db, kind):
    """A listing keeps the statement of a search and runs it again for the next text of
    the same form (the text, a page's place and a count's limit are its parameters): the
    rows, pages and counts of every keystroke are those of a statement built for it alone,
    and typing on in one form builds no new statement."""
    table = KINDS[kind]
    order = {"partnerships": "local", "exchanges": "start", "decisions": "decided"}
    sort = order.get(kind, "name")

    def listed(f):
        whole = table.rows(varied_db, f, order_by=sort)
        pages = [table.rows(varied_db, f, order_by=sort, offset=n, limit=3) for n in (0, 3)]
        counts = (table.count(varied_db, f), table.count(varied_db, f, at_most=2))
        return _ids(whole), [_ids(p) for p in pages], counts

    for text in TYPED:
        f = _everything(search=text)
        kept = listed(f)
        listings.KEPT.clear()
        assert kept == listed(f), text
        assert kept[2][0] == len(kept[0])
    listings.KEPT.clear()
    listed(_everything(search="Mosc"))
    built = len(listings.KEPT)
    listed(_everything(search="Moscow"))
    listed(_everything(search="Moskva"))
    assert len(listings.KEPT) == built
