"""What the printed documents say, before any layout: ordinal, distance, status in words."""

from datetime import date

from desktop.domain.dates import PartialDate
from desktop.domain.enums import DatePrecision, Status
from desktop.services import communities, partnerships
from desktop.services.documents.list_report import Grouping, filters_in_words, list_report
from desktop.services.documents.profile import partnership_profile, rank_by_establishment
from desktop.services.documents.wording import ordinal
from desktop.services.listing import RecordFilter
from tests.pdf_reading import sample_partnership_id


def year(y):
    return PartialDate(date(y, 1, 1), DatePrecision.YEAR)


def test_ordinals():
    assert [ordinal(n) for n in (1, 2, 3, 4, 5, 11, 12, 13, 21, 22, 101, 112)] == [
        "1st", "2nd", "3rd", "4th", "5th", "11th", "12th", "13th", "21st", "22nd", "101st", "112th",
    ]  # fmt: skip


def test_rank_only_when_every_date_is_known_and_the_order_is_clear():
    assert rank_by_establishment(year(1992), [year(1960), year(1970), year(1980), year(1990)]) == 5
    assert rank_by_establishment(year(1992), [year(1993)]) == 1
    assert rank_by_establishment(year(1992), [year(1960), PartialDate.unknown()]) is None
    assert rank_by_establishment(year(1992), [year(1960), None]) is None
    may_1992 = PartialDate(date(1992, 5, 1), DatePrecision.MONTH)
    assert rank_by_establishment(year(1992), [may_1992]) is None  # which came first?
    assert rank_by_establishment(PartialDate.unknown(), []) is None


def test_norfolk_kaliningrad_gets_no_ordinal_the_records_cannot_support(sample_db):
    # The article says "fifth", but Norfolk's other partnerships have no dates on record.
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    profile = partnership_profile(sample_db, pid, date(2022, 3, 2))
    assert profile.ordinal_phrase == ""
    assert profile.status_sentence == "Active since 1992"
    assert [t.who.split(" (")[0] for t in profile.timeline] == [
        "Governor Glenn Youngkin",
        "Mayor Kenny Alexander",
        "President Marguerite Inscoe",
    ]


def test_distance_and_ordinal_when_the_records_allow(empty_db):
    norfolk = communities.create_community(
        empty_db,
        {"name": "Norfolk", "subdivision": "Virginia", "country": "US",
         "latitude": 36.8508, "longitude": -76.2859},
    )  # fmt: skip
    kaliningrad = communities.create_community(
        empty_db,
        {"name": "Kaliningrad", "country": "RU", "latitude": 54.7104, "longitude": 20.4522},
    )
    toulon = communities.create_community(empty_db, {"name": "Toulon", "country": "FR"})
    partnerships.create_partnership(
        empty_db,
        {"local_id": norfolk.id, "partner_id": toulon.id,
         "established_on": date(1989, 1, 1), "established_precision": "year"},
    )  # fmt: skip
    p = partnerships.create_partnership(
        empty_db,
        {"local_id": norfolk.id, "partner_id": kaliningrad.id,
         "established_on": date(1992, 1, 1), "established_precision": "year"},
    )  # fmt: skip
    profile = partnership_profile(empty_db, p.id, date(2022, 3, 2))
    assert profile.ordinal_phrase == "Norfolk's 2nd sister city"
    assert profile.distance == "7,138 km (4,436 miles)"  # "more than 4,400 miles away"
    assert profile.status == Status.ACTIVE.label


def test_filters_in_words():
    f = RecordFilter(as_of=date(2022, 3, 2), country="RU", status=Status.SUSPENDED)
    assert filters_in_words(f) == [
        "Partner country: Russia",
        "Status: Suspended",
        "Status as on 2 March 2022",
    ]
    assert filters_in_words(RecordFilter(as_of=date(2022, 3, 2)))[0] == "All partnerships"


def test_filters_in_words_from_the_filter_bars_plain_values():
    """The bar gives the stored values ("suspended"), not the enum members: the words are
    still the labels."""
    f = RecordFilter(as_of=date(2022, 3, 2), status="suspended", kind="friendship_city")
    assert filters_in_words(f)[:2] == ["Status: Suspended", "Kind: Friendship city"]


def test_list_report_groups_countries_by_name_with_totals(sample_db):
    report = list_report(sample_db, RecordFilter(as_of=date(2022, 3, 2)), Grouping.COUNTRY)
    names = [g.name for g in report.groups]
    assert names == sorted(names)
    assert names.index("Ukraine") < names.index("United Kingdom")  # not GB before UA
    assert report.total == sum(len(g.lines) for g in report.groups) == 116
    russia = report.groups[names.index("Russia")]
    assert (len(russia.lines), russia.by_status["Suspended"]) == (69, 1)
