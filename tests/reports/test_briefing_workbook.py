"""The briefing workbook as a council member opens it: sheets, tables, cells, charts."""

import re
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from desktop.domain.enums import DatePrecision
from desktop.reports.briefing_workbook import export_briefing
from desktop.services import communities, decisions, exchanges, partnerships
from desktop.services.progress import Cancelled, Progress
from desktop.store.queries import RecordFilter

AFTER_CHICAGO = date(2022, 3, 2)
DATA_SHEETS = ["Partnerships", "Exchanges", "Decisions", "Needs attention", "Documents"]


def export(db, tmp_path, f, name="briefing.xlsx", **kwargs):
    path = tmp_path / name
    result = export_briefing(db, path, f, **kwargs)
    return result, load_workbook(path)


def rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def row_with(ws, label):
    return next(r for r in ws.iter_rows() if r[0].value == label)


def by_header(ws):
    header = [c.value for c in ws[1]]
    return [dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2)]


def test_sheets_tables_and_print_setup(sample_db, tmp_path):
    result, wb = export(sample_db, tmp_path, RecordFilter(as_of=AFTER_CHICAGO))
    assert wb.sheetnames == ["Cover", "Summary", *DATA_SHEETS]
    assert (result.partnerships, result.exchanges) == (116, 2)
    for title in DATA_SHEETS:
        ws = wb[title]
        assert ws.freeze_panes == "A2", title
        assert len(ws.tables) == 1
        table = ws.tables[next(iter(ws.tables))]
        header = [c.value for c in ws[1]]
        assert [c.name for c in table.tableColumns] == header
        # An Excel table holds a row at least (the sample has no documents: one empty row).
        last_row = max(ws.max_row, 2)
        assert table.ref == f"A1:{ws.cell(1, len(header)).column_letter}{last_row}"
        assert table.autoFilter.ref == table.ref
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert ws.oddFooter.center.text == "Page &P of &N"
        assert all(ws.column_dimensions[c.column_letter].width >= 7 for c in ws[1])
    assert wb["Partnerships"].max_row == 117
    partners = by_header(wb["Partnerships"])
    assert {r["ID"].data_type for r in partners} == {"n"}


def test_cover_says_what_when_and_how_many(sample_db, tmp_path):
    made = datetime(2022, 4, 21, 9, 30)
    f = RecordFilter(as_of=AFTER_CHICAGO, country="RU")
    _, wb = export(sample_db, tmp_path, f, now=made)
    cover = {r[0]: r[1] for r in rows(wb["Cover"]) if r[0]}
    assert cover["Council briefing: sister-city partnerships"] is None
    assert cover["Selection"] == "Partnerships with communities in Russia, all statuses"
    assert cover["Made"] == made
    assert cover["Records as of"] == datetime(2022, 3, 2)
    assert cover["Exported by"] == sample_db.who
    assert cover["Partnerships"] == 69
    assert cover["Suspended or ended"] == "1 of 69 (1.4%)"
    assert re.fullmatch(r"Albany, \w+, \w+ and \d+ more", cover["Community"])
    assert row_with(wb["Cover"], "Records as of")[1].number_format == "d mmm yyyy"


def test_share_of_us_russian_pairs_suspended_or_ended_depends_on_the_as_of_date(
    sample_db, tmp_path
):
    _, after = export(sample_db, tmp_path, RecordFilter(as_of=AFTER_CHICAGO, country="RU"))
    share = row_with(after["Summary"], "Share suspended or ended")[1]
    assert share.value == pytest.approx(1 / 69)
    assert share.number_format == "0.0%"
    assert row_with(after["Summary"], "Partnerships selected")[1].value == 69
    assert row_with(after["Summary"], "Suspended")[1].value == 1

    f = RecordFilter(as_of=date(2022, 2, 28), country="RU")
    _, before = export(sample_db, tmp_path, f, name="before.xlsx")
    assert row_with(before["Summary"], "Share suspended or ended")[1].value == 0
    chicago = [
        r for r in by_header(before["Partnerships"]) if r["Local community"].value == "Chicago"
    ]
    assert [r["Status on 28 February 2022"].value for r in chicago] == ["Active"]
    chicago = [
        r for r in by_header(after["Partnerships"]) if r["Local community"].value == "Chicago"
    ]
    assert [r["Status on 2 March 2022"].value for r in chicago] == ["Suspended"]


def test_summary_has_native_charts_for_status_and_exchanges_per_year(sample_db, tmp_path):
    _, wb = export(sample_db, tmp_path, RecordFilter(as_of=AFTER_CHICAGO))
    charts = wb["Summary"]._charts
    assert len(charts) == 2
    assert {c.tagname for c in charts} == {"barChart"}
    with zipfile.ZipFile(tmp_path / "briefing.xlsx") as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/"))
    assert "Partnerships by status" in xml and "Exchanges per year" in xml
    assert "Summary!$B$" in xml or "'Summary'!$B$" in xml  # the charts read the sheet's cells


def test_norfolk_kaliningrad_dates_by_precision_and_the_timeline(sample_db, tmp_path):
    f = RecordFilter(as_of=AFTER_CHICAGO, local="Norfolk", country="RU")
    _, wb = export(sample_db, tmp_path, f)
    assert row_with(wb["Cover"], "Community")[1].value == "Norfolk, Virginia, United States"
    (pair,) = by_header(wb["Partnerships"])
    established = pair["Established"]
    assert established.value == datetime(1992, 1, 1) and established.number_format == "yyyy"
    assert established.data_type == "d"

    ex = by_header(wb["Exchanges"])
    assert [(r["Direction"].value, r["Status"].value) for r in ex] == [
        ("Outbound", "Completed"),
        ("Inbound", "Canceled"),
    ]
    assert ex[0]["Start"].value is None  # dates not given in the source
    assert ex[1]["Start"].value == datetime(2020, 1, 1)
    assert ex[1]["Start"].number_format == "yyyy"
    assert "COVID-19" in ex[1]["Reason"].value

    timeline = by_header(wb["Decisions"])
    assert len(timeline) == 3
    assert {r["Binding or position"].value for r in timeline} == {"Position"}
    assert all(r["Source title"].value for r in timeline)
    assert timeline[0]["Who"].value == "Governor Glenn Youngkin"
    assert timeline[0]["Date"].value == datetime(2022, 2, 26)


def test_suspension_shows_as_binding_with_its_source(sample_db, tmp_path):
    f = RecordFilter(as_of=AFTER_CHICAGO, local="Chicago", country="RU")
    _, wb = export(sample_db, tmp_path, f)
    (suspension,) = by_header(wb["Decisions"])
    assert suspension["Action"].value == "Suspend"
    assert suspension["Binding or position"].value == "Binding"
    assert "hostilities" in suspension["Condition"].value


@pytest.fixture
def hostile_db(empty_db):
    """Names and notes a prankster (or a pasted spreadsheet) could put in the registry."""
    db = empty_db
    local = communities.create_community(
        db, {"name": '=HYPERLINK("http://evil","x")', "subdivision": "@SUM(A1)", "country": "US"}
    )
    partner = communities.create_community(db, {"name": "-2+3", "country": "RU"})
    p = partnerships.create_partnership(
        db,
        {
            "local_id": local.id,
            "partner_id": partner.id,
            "established_on": date(2001, 1, 1),
            "established_precision": DatePrecision.YEAR,
            "notes": "+cmd|' /C calc'!A0",
            "coordinating_organization": "\t=1+1",
        },
    )
    decisions.record_decision(
        db,
        {
            "partnership_id": p.id,
            "decided_on": date(2022, 3, 1),
            "action": "suspend",
            "actor_type": "governing_body",
            "actor_body": "=cmd()",
            "review_on": date(2022, 9, 1),
            "rationale": "@rationale",
        },
    )
    exchanges.record_exchange(
        db,
        {
            "partnership_id": p.id,
            "title": "=1+2",
            "status": "planned",
            "start_on": date(2023, 5, 1),
        },
        today=date(2022, 1, 1),
    )
    return db


def test_text_that_looks_like_a_formula_stays_text(hostile_db, tmp_path):
    _, wb = export(hostile_db, tmp_path, RecordFilter(as_of=date(2022, 10, 1)))
    (p,) = by_header(wb["Partnerships"])
    expected = {
        "Local community": '=HYPERLINK("http://evil","x")',
        "Local subdivision": "@SUM(A1)",
        "Partner community": "-2+3",
        "Notes": "+cmd|' /C calc'!A0",
        "Coordinating organization": "\t=1+1",
    }
    for column, text in expected.items():
        assert p[column].value == text
        assert p[column].data_type == "s"
        assert p[column].quotePrefix  # stays text even when someone edits the cell
    (e,) = by_header(wb["Exchanges"])
    assert (e["Title"].value, e["Title"].data_type) == ("=1+2", "s")
    (d,) = by_header(wb["Decisions"])
    assert (d["Who"].value, d["Who"].data_type) == ("=cmd()", "s")
    with zipfile.ZipFile(tmp_path / "briefing.xlsx") as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in z.read(name).decode(), name  # no formula anywhere


def test_needs_attention_lists_review_due_and_exchange_under_suspension(hostile_db, tmp_path):
    _, wb = export(hostile_db, tmp_path, RecordFilter(as_of=date(2022, 10, 1)))
    items = by_header(wb["Needs attention"])
    assert [r["What"].value for r in items] == [
        "Suspension due for review",
        "Exchange planned under a stopped partnership",
    ]
    assert items[0]["Due"].value == datetime(2022, 9, 1)
    assert "was due on 1 September 2022" in items[0]["Detail"].value
    assert items[1]["Detail"].value.startswith("\u201c=1+2\u201d is still planned")


def test_empty_selection_still_gives_valid_tables(sample_db, tmp_path):
    f = RecordFilter(as_of=AFTER_CHICAGO, local="Nowhere")
    result, wb = export(sample_db, tmp_path, f)
    assert result.partnerships == 0
    for title in DATA_SHEETS:
        ws = wb[title]
        table = ws.tables[next(iter(ws.tables))]
        assert table.ref.endswith("2")  # a header and one (empty) row: Excel needs a row
    assert row_with(wb["Summary"], "Share suspended or ended")[1].value is None


def test_cancelled_export_leaves_no_file_and_keeps_the_old_one(sample_db, tmp_path):
    target = tmp_path / "briefing.xlsx"
    target.write_bytes(b"last week's briefing")
    checks = []

    def cancel_late():  # let the work run until the workbook is about to be saved
        checks.append(1)
        return len(checks) >= 2

    with pytest.raises(Cancelled):
        export_briefing(
            sample_db,
            target,
            RecordFilter(as_of=AFTER_CHICAGO),
            Progress(is_cancelled=cancel_late),
        )
    assert target.read_bytes() == b"last week's briefing"
    assert ALL_TEMP_FILES == []  # openpyxl's own temporary sheet files are gone too
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("registry")) == [
        "briefing.xlsx"
    ]


def test_failed_export_leaves_no_file(sample_db, tmp_path):
    target = tmp_path / "briefing.xlsx"

    def fail(done, total, message):
        if message == "Saving the workbook":
            raise OSError("the USB stick was pulled out")

    with pytest.raises(OSError, match=r"briefing\.xlsx could not be written completely in "):
        export_briefing(sample_db, target, RecordFilter(), Progress(report=fail))
    assert not target.exists()
    assert ALL_TEMP_FILES == []
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_destination_in_a_missing_folder_is_refused_plainly(sample_db, tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        export_briefing(sample_db, tmp_path / "nowhere" / "b.xlsx", RecordFilter())


def test_twinnings_within_one_country_are_told_apart(sample_db, tmp_path):
    hampton = communities.create_community(
        sample_db, {"name": "Hampton Roads", "subdivision": "Virginia", "country": "US"}
    )
    bangor = communities.create_community(
        sample_db, {"name": "Bangor", "subdivision": "Maine", "country": "US"}
    )
    partnerships.create_partnership(sample_db, {"local_id": hampton.id, "partner_id": bangor.id})
    _, wb = export(sample_db, tmp_path, RecordFilter())
    rows_by_partner = {r["Partner community"].value: r for r in by_header(wb["Partnerships"])}
    assert rows_by_partner["Bangor"]["Within one country"].value == "Yes"
    assert rows_by_partner["Kaliningrad"]["Within one country"].value is None
    summary = wb["Summary"]
    assert row_with(summary, "Within one country (both communities in it)")[1].value == 1
    assert row_with(summary, "With a community abroad")[1].value == 116
