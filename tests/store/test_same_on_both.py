"""SQLite and PostgreSQL give a clerk the same answers: the same rows, in the same order,
for every search, sort and filter, with the awkward names and missing values an office's
records have. Where the two differ by nature, the registry chose SQLite's behaviour:

- text sorts by code point ("Den Haag" < "Zagreb" < "de Bilt" < "Évian"), because every
  text column is COLLATE "C" on PostgreSQL (the server's own collation does not matter);
- a missing value (an unknown date, no participants) sorts first going up, last going down;
- search ignores case and accents on both ("evian" finds Évian-les-Bains): the typed text
  and each record's searched text are folded by the app itself, the same for either.
"""

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.enums import ExchangeStatus
from desktop.services import communities, decisions, exchanges, listing, lookup, partnerships
from desktop.services.briefing_figures import briefing_figures
from desktop.services.needs_attention import needs_attention
from desktop.store.database import open_database
from desktop.store.queries import SORT_BY_STATUS, SORTABLE
from desktop.store.record_queries import COMMUNITY_SORT, DECISION_SORT, EXCHANGE_SORT

AS_OF = date(2022, 6, 1)
AWKWARD = [  # (name, subdivision, country)
    ("de Bilt", "Utrecht", "NL"),
    ("Den Haag", "South Holland", "NL"),
    ("Évian-les-Bains", "", "FR"),
    ("Zagreb", "", "HR"),
    ("Ünye", "", "TR"),
    ("O'Fallon", "Missouri", "US"),
    ("Snake_Creek", "", "US"),
    ("100% Town", "", "CA"),
]
SEARCHES = [
    "",
    "k",
    "ka",
    "kal",
    "kali",
    "KALININGRAD",
    "st. pet",
    "de b",
    "DE B",
    "den",
    "évian",
    "ÉVIAN",
    "evian",
    "ünye",
    "ÜNYE",
    "Ünye",
    "o'f",
    "_",
    "%",
    "100%",
    "snake_c",
    "\\",
    "russia",
    "germany",
    "council",
    "mayor",
    "sister",
    "zzz",
]
SORTED_SEARCHES = {"", "de b", "ka"}  # these in every order; the others in the default one


def add_awkward_records(db) -> None:
    """The same records, in the same order, on either database (so the same ids)."""
    ids = {}
    for name, subdivision, country in AWKWARD:
        community = communities.create_community(
            db, {"name": name, "subdivision": subdivision, "country": country}
        )
        ids[name] = community.id
    pairs = [
        ("de Bilt", "Ünye", None, None),
        ("Den Haag", "Zagreb", date(1990, 1, 1), "year"),
        ("Évian-les-Bains", "O'Fallon", None, "unknown"),
        ("Snake_Creek", "100% Town", date(2001, 5, 1), "month"),
    ]
    for local, partner, established, precision in pairs:
        made = partnerships.create_partnership(
            db,
            {
                "local_id": ids[local],
                "partner_id": ids[partner],
                "established_on": established,
                "established_precision": precision,
                "notes": f"Twinning of {local} and {partner}; see the Mayor's letter.",
            },
        )
        exchanges.record_exchange(
            db,
            {
                "partnership_id": made.id,
                "title": f"Visit to {partner}",
                "institutions": f"{local} Youth Orchestra",
                "status": ExchangeStatus.PLANNED,
            },
            today=AS_OF,
        )
        decisions.record_decision(
            db,
            {
                "partnership_id": made.id,
                "decided_on": date(2021, 3, 1),
                "action": "establish",
                "actor_body": f"{local} Council",
                "actor_name": "",
            },
        )


@pytest.fixture(scope="module")
def twins(_sample_file, postgres, _postgres_sample, tmp_path_factory):
    """The sample registry twice, on SQLite and on PostgreSQL, with the awkward records
    (made once: the tests here only read)."""
    path = tmp_path_factory.mktemp("twins") / "registry.sqlite"
    path.write_bytes(_sample_file.read_bytes())
    name = postgres.create_database("twin", _postgres_sample)
    pair = (open_database(path), open_database(postgres.url(name)))
    try:
        for db in pair:
            add_awkward_records(db)
        yield pair
    finally:
        for db in pair:
            db.close()
        postgres.drop_database(name)


LISTINGS = [
    (listing.PARTNERSHIPS, lambda s: listing.RecordFilter(as_of=AS_OF, search=s),
     [*SORTABLE, SORT_BY_STATUS]),
    (listing.EXCHANGES, lambda s: listing.RecordFilter(search=s), list(EXCHANGE_SORT)),
    (listing.DECISIONS, lambda s: listing.RecordFilter(search=s), list(DECISION_SORT)),
    (listing.COMMUNITIES, lambda s: listing.RecordFilter(search=s),
     [*COMMUNITY_SORT, "partnerships"]),
]  # fmt: skip


@pytest.mark.postgresql
@pytest.mark.parametrize("kind", [spec[0].noun for spec in LISTINGS])
def test_every_search_and_sort_lists_the_same_rows_in_the_same_order(twins, kind):
    table, make_filter, sort_keys = next(spec for spec in LISTINGS if spec[0].noun == kind)
    sqlite, postgresql = twins
    for text in SEARCHES:
        f = make_filter(text)
        assert table.count(sqlite, f) == table.count(postgresql, f), text
        orders = [(k, d) for k in sort_keys for d in (False, True)]
        for key, descending in orders if text in SORTED_SEARCHES else orders[:1]:
            on_sqlite, on_postgresql = (
                table.rows(db, f, order_by=key, descending=descending) for db in twins
            )
            assert on_sqlite == on_postgresql, (text, key, descending)


@pytest.mark.postgresql
def test_completions_briefing_and_attention_are_the_same(twins):
    sqlite, postgresql = twins
    for typed in ["d", "D", "de", "den", "é", "É", "ü", "Ü", "port", "st", "san", "o'", "100%"]:
        assert lookup.community_completions(sqlite, typed) == lookup.community_completions(
            postgresql, typed
        ), typed
    for f in (
        listing.RecordFilter(as_of=AS_OF),
        listing.RecordFilter(as_of=date(2022, 3, 2), country="RU"),
        listing.RecordFilter(as_of=AS_OF, local="de bilt"),
        listing.RecordFilter(as_of=AS_OF, local="DEN HAAG"),
    ):
        figures = [replace(briefing_figures(db, f), made_at=None) for db in twins]
        assert figures[0] == figures[1]
        assert listing.partnerships(sqlite, f) == listing.partnerships(postgresql, f)
    assert needs_attention(sqlite, AS_OF) == needs_attention(postgresql, AS_OF)


def names(rows):
    return [r.name for r in rows]


def test_names_sort_by_code_point_on_either_database(empty_db):
    for name, subdivision, country in AWKWARD:
        communities.create_community(
            empty_db, {"name": name, "subdivision": subdivision, "country": country}
        )
    rows = listing.COMMUNITIES.rows(empty_db, listing.RecordFilter(), order_by="name")
    assert names(rows) == [
        "100% Town",
        "Den Haag",
        "O'Fallon",
        "Snake_Creek",
        "Zagreb",
        "de Bilt",
        "Évian-les-Bains",
        "Ünye",
    ]


def test_unknown_dates_sort_first_going_up_and_last_going_down(empty_db):
    add_awkward_records(empty_db)
    f = listing.RecordFilter(as_of=AS_OF)
    up = [r.local for r in listing.partnerships(empty_db, f, order_by="established")]
    # Nothing known (de Bilt, Évian) first, in the order of the local names' sort keys.
    assert up == ["de Bilt", "Évian-les-Bains", "Den Haag", "Snake_Creek"]
    down = listing.partnerships(empty_db, f, order_by="established", descending=True)
    assert [r.local for r in down] == ["Snake_Creek", "Den Haag", "Évian-les-Bains", "de Bilt"]


def test_search_ignores_case_and_accents_and_takes_wildcards_literally(empty_db):
    add_awkward_records(empty_db)

    def found(text):
        f = listing.RecordFilter(as_of=AS_OF, search=text)
        return sorted(r.local for r in listing.partnerships(empty_db, f))

    assert found("DE BILT") == found("de bilt") == ["de Bilt"]
    assert found("ÜNYE") == found("ünye") == found("unye") == found("UNYE") == ["de Bilt"]
    assert found("evian") == found("ÉVIAN") == found("Évian") == ["Évian-les-Bains"]
    assert found("snake_c") == ["Snake_Creek"]
    assert found("100%") == ["Snake_Creek"]
    assert found("_") == ["Snake_Creek"]  # only the underscore itself, not any character
