"""Each printed summary, produced headless from the sample records and read back from the
PDF: page count, the words on the pages, the header and footer of every page."""

from datetime import date

import pytest

from desktop.domain.dates import PartialDate
from desktop.domain.enums import DatePrecision, PartnershipKind, Status
from desktop.reports.documents import builders
from desktop.reports.documents.list_report import list_document
from desktop.reports.pdf import PageSetup, write_pdf
from desktop.services import communities, exchanges, partnerships
from desktop.services.documents.list_report import Grouping, ListReport, add_row
from desktop.services.listing import PartnershipRow, RecordFilter
from tests.pdf_reading import page_count, page_texts, sample_partnership_id

SETUP = PageSetup(
    paper="A4", office="Office of International Relations", printed_on=date(2026, 1, 5)
)


@pytest.fixture(autouse=True)
def _qt(qapp):  # QTextDocument and QPdfWriter need a Qt application, even headless
    return qapp


def test_norfolk_kaliningrad_profile_names_the_three_positions_and_active(sample_db, tmp_path):
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    out = tmp_path / "profile.pdf"
    pages = write_pdf(builders.build_profile(sample_db, pid, date(2022, 3, 2)), out, SETUP)
    texts = page_texts(out)
    assert pages == len(texts) == 1
    text = texts[0]
    assert "Norfolk - Kaliningrad" in text
    assert "Status: Active since 1992" in text
    assert "Dormant: no completed exchange dated in the last 3 years." in text
    for who in ("Governor Glenn Youngkin", "Mayor Kenny Alexander", "President Marguerite Inscoe"):
        assert who in text
    assert text.count("Position (does not change the status)") == 3
    assert "Canceled in March 2020 due to the COVID-19 pandemic" in text
    assert "Old Dominion University; Norfolk Public Schools" in text
    assert "Office of International Relations" in text and "Page 1 of 1" in text
    assert "Printed 5 January 2026" in text


def test_chicago_moscow_profile_says_who_suspended_it_and_until_when(sample_db, tmp_path):
    pid = sample_partnership_id(sample_db, "Chicago", "Moscow")
    out = tmp_path / "profile.pdf"
    write_pdf(builders.build_profile(sample_db, pid, date(2022, 3, 2)), out, SETUP)
    text = page_texts(out)[0]
    assert (
        "Suspended since 1 March 2022 by Mayor Lori Lightfoot, until the end of hostilities" in text
    )
    assert "Decision: Suspended" in text


def test_profile_before_the_suspension_says_active(sample_db, tmp_path):
    pid = sample_partnership_id(sample_db, "Chicago", "Moscow")
    out = tmp_path / "profile.pdf"
    write_pdf(builders.build_profile(sample_db, pid, date(2022, 2, 28)), out, SETUP)
    assert "Status: Active" in page_texts(out)[0]


def test_a_hostile_name_prints_literally_everywhere(empty_db, tmp_path):
    evil = communities.create_community(
        empty_db, {"name": "<b>Evil</b> & Co", "subdivision": "Ohio", "country": "US"}
    )
    partner = communities.create_community(empty_db, {"name": "Gdańsk <i>x</i>", "country": "PL"})
    p = partnerships.create_partnership(
        empty_db,
        {
            "local_id": evil.id,
            "partner_id": partner.id,
            "established_on": date(2001, 1, 1),
            "established_precision": "year",
            "notes": "Signed at <script>alert(1)</script> & dinner",
        },
    )
    exchanges.record_exchange(
        empty_db,
        {
            "partnership_id": p.id,
            "title": "<table>Choir</table> visit",
            "start_on": date(2001, 5, 1),
            "start_precision": "month",
            "status": "completed",
        },
    )
    f = RecordFilter(as_of=date(2022, 1, 1))
    made = {
        "profile": builders.build_profile(empty_db, p.id, date(2022, 1, 1)),
        "list": builders.build_list(empty_db, f),
        "calendar": builders.build_calendar(empty_db, 2001),
        "briefing": builders.build_briefing(empty_db, f),
    }
    for name, document in made.items():
        out = tmp_path / f"{name}.pdf"
        write_pdf(document, out, SETUP)
        text = " ".join(page_texts(out))
        assert "<b>Evil</b> & Co" in text, name
    profile = " ".join(page_texts(tmp_path / "profile.pdf"))
    assert "Gdańsk <i>x</i>" in profile
    assert "Signed at <script>alert(1)</script> & dinner" in profile
    assert "<table>Choir</table> visit" in profile
    assert "Norfolk" not in profile
    # The only partnership of its community, with a known date: honestly its first.
    assert "<b>Evil</b> & Co's 1st sister city" in profile


def _row(i: int) -> PartnershipRow:
    return PartnershipRow(
        id=i,
        local="Springfield",
        local_subdivision="Illinois",
        local_country="US",
        partner=f"Partner town {i:04d}",
        partner_subdivision="",
        partner_country="FR",
        kind=PartnershipKind.SISTER_CITY,
        established=PartialDate(date(1950 + i % 70, 1, 1), DatePrecision.YEAR),
        status=Status.ACTIVE if i % 10 else Status.SUSPENDED,
    )


def test_a_2000_row_list_report_paginates_with_its_header_row_on_every_page(tmp_path):
    report = ListReport(
        "Partnerships by local community", ["All partnerships"], Grouping.LOCAL, date(2022, 1, 1)
    )
    for i in range(1, 2001):
        add_row(report, _row(i))
    out = tmp_path / "list.pdf"
    pages = write_pdf(list_document(report), out, SETUP)
    assert pages == page_count(out) > 20
    checked = [1, 2, pages // 2, pages - 1, pages]
    texts = dict(zip(checked, page_texts(out, checked), strict=True))
    for number, text in texts.items():
        assert f"Page {number} of {pages}" in text
        assert "Partnerships by local community" in text  # the page header
    for number in checked[1:-1]:  # the header row repeats; the last page may be totals only
        assert texts[number].startswith(
            "Office of International Relations Partnerships by local community "
            "Partner community Country Kind Established Status Partner town"
        ), number
    assert "2,000 partnerships in 1 local community: 1,800 active, 200 suspended." in texts[1]
    assert "Partner town 0001" in texts[1]
    last_pages = texts[pages - 1] + texts[pages]
    assert "Partner town 2000" in last_pages and "All 2,000" in last_pages


def test_the_sample_list_report_grouped_by_country_has_totals(sample_db, tmp_path):
    f = RecordFilter(as_of=date(2022, 3, 2), country="RU")
    out = tmp_path / "list.pdf"
    write_pdf(builders.build_list(sample_db, f, Grouping.COUNTRY), out, SETUP)
    text = " ".join(page_texts(out))
    assert "Selection: Partner country: Russia; Status as on 2 March 2022" in text
    assert "69 partnerships in 1 country: 68 active, 1 suspended." in text
    assert "Russia: 69 (68 active, 1 suspended)" in text
    assert "All 69" in text


def test_calendar_of_2020_puts_the_canceled_delegation_under_month_not_recorded(
    sample_db, tmp_path
):
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    exchanges.record_exchange(
        sample_db,
        {
            "partnership_id": pid,
            "title": "Port trade delegation",
            "programme_area": "business_trade",
            "start_on": date(2020, 2, 3),
            "start_precision": "day",
            "participants": 8,
            "status": "completed",
        },
    )
    out = tmp_path / "calendar.pdf"
    pages = write_pdf(builders.build_calendar(sample_db, 2020), out, SETUP)
    text = " ".join(page_texts(out))
    assert pages == 1
    assert "Exchange calendar 2020" in text
    assert "2 exchanges in 2020: 1 completed, 1 canceled." in text
    assert "February (1)" in text and "Port trade delegation" in text
    assert "Month not recorded (1)" in text and "Kaliningrad delegation to Norfolk" in text


def test_briefing_memo_counts_and_lists_what_needs_attention(sample_db, tmp_path):
    f = RecordFilter(as_of=date(2022, 6, 30), country="RU")
    period = (date(2022, 1, 1), date(2022, 12, 31))
    out = tmp_path / "briefing.pdf"
    write_pdf(
        builders.build_briefing(sample_db, f, period, "Office of International Relations"),
        out,
        SETUP,
    )
    text = " ".join(page_texts(out))
    assert "Partnerships with communities in Russia, all statuses" in text
    assert "Suspended or ended: 1 of 69 (1.4%)." in text
    assert "Norfolk - Kaliningrad Asked to suspend or end it: Governor Glenn Youngkin" in text
    assert "Roanoke - Pskov" in text and "San Jose - Ekaterinburg" in text
    # The same rule as the window's "Needs attention" tab.
    assert (
        "Norfolk - Kaliningrad Dormant: Completed exchange on record, date unknown; "
        "established 1992."
    ) in text
    assert "1 March 2022 Chicago - Moscow Mayor Lori Lightfoot Suspend" in text
