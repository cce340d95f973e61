"""Property-based tests on a list's cells: a well-formed workbook (or CSV file) of
partnerships, exchanges or decisions whose cells hold anything, planned and imported all
or nothing, or its valid rows only with the rejected ones written out. Nothing is ever
written in part: a refused import leaves every table as it was; an accepted one adds
exactly the planned new records (and communities), as one batch, each with its audit
entries.

Each cell is mostly a value a clerk would write (so that many lists go in) and otherwise
anything: other types, formula-like text, text past every limit, control characters."""

import csv
import sqlite3
from datetime import date, datetime

import openpyxl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop.domain.validation import ValidationError
from desktop.reports.import_report import write_report
from desktop.services.importing.apply import ImportRefused, apply_plan
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import NEW, REJECTED, NewCommunity, plan_file
from desktop.services.importing.reading import ImportFileError
from tests.services.importing.office_lists import row_counts

PAIR = ["City", "State", "Sister city", "Country"]


def us_office(headers):
    """The columns as guessed, and the office's own country given once (as the wizard asks)."""
    return guess_mapping(headers, defaults={"local_country": "US"})


PARTNERSHIP_HEADERS = [*PAIR, "Year", "Type", "Status", "Notes"]
EXCHANGE_HEADERS = [*PAIR, "Title", "Start", "End", "Participants", "Status", "Reason"]
DECISION_HEADERS = [*PAIR, "Date", "Action", "Who", "Body", "Actor type", "Effective", "Review"]
CELLS = settings(
    max_examples=35, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text a workbook can hold (XML has no place for most control characters); a CSV file
# gets the control characters too.
printable = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n")
TEXT = st.one_of(
    st.text(printable, max_size=20),
    st.from_regex(r"[=+\-@][A-Z0-9(),.:\"]{0,12}", fullmatch=True),  # formula-like
    st.integers(0, 12_000).map(lambda n: "x" * n),  # past every field's limit
)
CONTROL_TEXT = st.one_of(TEXT, st.text(st.characters(exclude_categories=("Cs",)), max_size=12))


def anything(text):
    return st.one_of(
        st.none(),
        text,
        st.integers(-(2**40), 2**40),
        st.floats(allow_nan=False, allow_infinity=False),
        st.booleans(),
        st.dates(date(1900, 3, 1), date(9999, 12, 31)),
        st.datetimes(datetime(1900, 3, 1), datetime(9999, 12, 31)),
    )


def mostly(usual, other, times=7):
    """`usual` `times` times in `times` + 1, else `other` (one_of would take each alike)."""
    return st.sampled_from(range(times + 1)).flatmap(lambda i: other if i == times else usual)


def cell(text, *usual):
    return mostly(st.sampled_from(usual), anything(text))


# Pairs of the sample registry (Norfolk - Kaliningrad has exchanges and decisions), one
# with a state's code, one that is not a partnership.
KNOWN_PAIRS = [
    ("Norfolk", "Virginia", "Kaliningrad", "Russia"),
    ("San Jose", "California", "Ekaterinburg", "Russia"),
    ("Chicago", "Illinois", "Moscow", "Russia"),
    ("Roanoke", "VA", "Pskov", "RU"),
    ("Norfolk", "Virginia", "Atlantis", "Greece"),
]
DAYS = st.one_of(
    st.sampled_from(["28/02/2022", "1 March 2022", "2022-03", "2021", "unknown", "31/02/2022"]),
    st.dates(date(1900, 3, 1), date(2100, 12, 31)),
    st.dates(date(2022, 3, 1), date(2022, 3, 31)),
)


def pair(text):
    return st.one_of(
        *[st.sampled_from(KNOWN_PAIRS)] * 4, st.tuples(*(anything(text) for _ in PAIR))
    )


def partnership_row(text):
    return st.tuples(
        cell(text, "Norfolk", "Chicago", "Los-Alamos", "Norfolk, VA"),
        cell(text, "Virginia", "VA", "Illinois", None),
        cell(text, "Toulon", "Kaliningrad", "Kalinigrad", "Wilhelmshaven", "Neustadt", "Lyon"),
        cell(text, "France", "Russia", "Germany", "Ghano", "Scotland", "US", "fr"),
        cell(text, 1992, "March 2020", "28/02/2022", "unknown", None),
        cell(text, "Sister city", "Friendship", "Sister county", "twin town", None),
        cell(text, "active", "proposed", "suspended", None),
        cell(text, "Fifth sister city", "=HYPERLINK(1)", None),
    )


def exchange_row(text):
    return st.tuples(
        pair(text),
        cell(text, "ODU faculty visit", "Youth orchestra", "Trade mission"),
        mostly(st.sampled_from(["March 2019", "2018", "12/05/2019", "2019-06"]), DAYS, 2),
        mostly(st.none(), st.one_of(DAYS, anything(text)), 2),
        cell(text, 12, 40, "40", None, -5),
        cell(text, "planned", "planned", "completed", "canceled", "postponed", None),
        cell(text, "COVID-19 pandemic", "COVID-19 pandemic", None),
    ).map(lambda t: (*t[0], *t[1:]))


def decision_row(text):
    return st.tuples(
        pair(text),
        mostly(DAYS, anything(text), 3),
        cell(text, "suspend", "end", "reinstate", "reaffirm", "request suspension"),
        cell(text, "Kenneth Alexander", "Kenneth Alexander", None),
        cell(text, "Norfolk City Council", "Governor"),
        cell(text, "governing_body", "Mayor/executive", "state government", None),
        mostly(st.none(), st.one_of(DAYS, anything(text)), 3),
        mostly(st.none(), DAYS, 3),
    ).map(lambda t: (*t[0], *t[1:]))


def write_list(path, headers, rows):
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(headers)
            writer.writerows([["" if v is None else v for v in r] for r in rows])
        return
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for r in rows:
        ws.append(list(r))
    wb.save(path)


def in_batch(db, kind, batch_id) -> set[tuple]:
    """What the batch created, as planned_records gives it; each record has its audit
    entries."""
    columns = {
        "partnership": "(SELECT name || '|' || country FROM community WHERE id = local_id), "
        "(SELECT name || '|' || country FROM community WHERE id = partner_id)",
        "exchange": "partnership_id, title",
        "decision": "partnership_id, decided_on, action",
    }[kind]
    con = sqlite3.connect(db.path)
    try:
        found = con.execute(
            f"SELECT {columns} FROM {kind} WHERE batch_id = ?", (batch_id,)
        ).fetchall()
        unaudited = con.execute(
            f"SELECT count(*) FROM {kind} WHERE batch_id = ? AND id NOT IN (SELECT record_id "
            f"FROM audit_entry WHERE record_type = '{kind}' AND action = 'create')",
            (batch_id,),
        ).fetchone()[0]
    finally:
        con.close()
    assert unaudited == 0
    if kind == "partnership":
        return {frozenset(row) for row in found}
    return set(found)


def planned_records(db, plan) -> set[tuple]:
    new = [r for r in plan.rows if r.outcome == NEW]
    if plan.record_type == "exchange":
        return {(r.record["partnership_id"], r.record["title"]) for r in new}
    if plan.record_type == "decision":
        return {
            (r.record["partnership_id"], r.record["decided_on"].isoformat(), r.record["action"])
            for r in new
        }
    con = sqlite3.connect(db.path)
    try:

        def place(ref):
            if isinstance(ref, NewCommunity):
                return f"{ref.name}|{ref.country}"
            query = "SELECT name || '|' || country FROM community WHERE id = ?"
            return con.execute(query, (ref,)).fetchone()[0]

        return {frozenset([place(r.local), place(r.partner)]) for r in new}
    finally:
        con.close()


def import_the_list(db, path, headers, rows, valid_only, with_report):
    write_list(path, headers, rows)
    before = row_counts(db)
    try:
        plan = plan_file(db, path, mapping=us_office(headers))
    except (ImportFileError, ValidationError) as exc:  # e.g. every row empty
        assert str(exc).strip()
        assert row_counts(db) == before
        return
    assert row_counts(db) == before
    try:
        result = apply_plan(db, plan, valid_only=valid_only)
    except ImportRefused as exc:
        assert not valid_only and plan.rejected
        assert f"{plan.rejected:,} of {len(plan.rows):,} rows have problems" in str(exc)
        assert row_counts(db) == before
        return
    assert valid_only or not plan.rejected
    after = row_counts(db)
    assert (result.new, result.matched, result.rejected) == (plan.new, plan.matched, plan.rejected)
    kind = plan.record_type
    assert after[kind] == before[kind] + plan.new
    wrote = plan.new or plan.restored or plan.filled or plan.community_fills
    assert after["import_batch"] == before["import_batch"] + (1 if wrote else 0)
    communities = len(plan.new_communities()) if kind == "partnership" else 0
    assert after["community"] == before["community"] + communities
    others = {"partnership", "exchange", "decision"} - {kind}
    assert {t: after[t] for t in others} == {t: before[t] for t in others}
    if plan.new:
        assert in_batch(db, kind, result.batch_id) == planned_records(db, plan)
    if with_report:
        report = write_report(result.plan, path.with_name("report.xlsx"), written=True)
        sheet = openpyxl.load_workbook(report, read_only=True)["Rows"]
        written = list(sheet.iter_rows(values_only=True))[1:]
        # Every row is in the report, once, with its outcome; a rejected one with its reason.
        assert [r[0] for r in written] == [r.row for r in plan.rows]
        assert [r[0] for r in written if r[1] == "Rejected"] == [
            r.row for r in plan.rows if r.outcome == REJECTED
        ]
        assert all(r[3] for r in written if r[1] == "Rejected")


MODES = {"valid_only": st.booleans(), "with_report": st.booleans()}


@CELLS
@given(rows=st.lists(partnership_row(TEXT), min_size=1, max_size=4), **MODES)
def test_any_cells_in_a_workbook_go_in_whole_or_not_at_all(
    fresh_sample, tmp_path, rows, valid_only, with_report
):
    path = tmp_path / "list.xlsx"
    import_the_list(fresh_sample(), path, PARTNERSHIP_HEADERS, rows, valid_only, with_report)


CONTROL_CHARACTER = [
    ("Norfolk", "Virginia", "Toulon", "Fra\x01nce", 1989, None, None, None),
    ("Norfolk", "Virginia", "Lyon", "France", 1989, None, None, None),
]


@CELLS
@example(rows=CONTROL_CHARACTER, valid_only=True, with_report=True)  # IllegalCharacterError
@given(rows=st.lists(partnership_row(CONTROL_TEXT), min_size=1, max_size=4), **MODES)
def test_any_cells_in_a_csv_file_go_in_whole_or_not_at_all(
    fresh_sample, tmp_path, rows, valid_only, with_report
):
    path = tmp_path / "list.csv"
    import_the_list(fresh_sample(), path, PARTNERSHIP_HEADERS, rows, valid_only, with_report)


@CELLS
@given(
    rows=st.lists(exchange_row(CONTROL_TEXT), min_size=1, max_size=4),
    suffix=st.sampled_from([".xlsx", ".csv"]),
    **MODES,
)
def test_any_cells_in_a_list_of_exchanges_go_in_whole_or_not_at_all(
    fresh_sample, tmp_path, rows, suffix, valid_only, with_report
):
    path = tmp_path / f"list{suffix}"
    if suffix == ".xlsx":
        rows = [tuple(_printable(v) for v in r) for r in rows]
    import_the_list(fresh_sample(), path, EXCHANGE_HEADERS, rows, valid_only, with_report)


@CELLS
@given(
    rows=st.lists(decision_row(CONTROL_TEXT), min_size=1, max_size=4),
    suffix=st.sampled_from([".xlsx", ".csv"]),
    **MODES,
)
def test_any_cells_in_a_list_of_decisions_go_in_whole_or_not_at_all(
    fresh_sample, tmp_path, rows, suffix, valid_only, with_report
):
    path = tmp_path / f"list{suffix}"
    if suffix == ".xlsx":
        rows = [tuple(_printable(v) for v in r) for r in rows]
    import_the_list(fresh_sample(), path, DECISION_HEADERS, rows, valid_only, with_report)


def _printable(value):
    """What a CSV file may hold and a workbook may not: the control characters XML forbids."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def test_a_control_character_in_a_rejected_csv_row_is_dropped_from_the_report(sample_db, tmp_path):
    """The report quotes the row (and the reason quotes the cell) with a control character
    no workbook can hold: openpyxl's IllegalCharacterError escaped after the valid rows
    were in, and `sister-cities import --valid-only` ended in 'unexpected error'."""
    path = tmp_path / "list.csv"
    write_list(path, PARTNERSHIP_HEADERS, CONTROL_CHARACTER)
    plan = plan_file(sample_db, path, mapping=us_office(PARTNERSHIP_HEADERS))
    result = apply_plan(sample_db, plan, valid_only=True)
    assert (result.new, result.rejected) == (1, 1)
    report = write_report(result.plan, tmp_path / "report.xlsx", written=True)
    written = list(openpyxl.load_workbook(report)["Rows"].iter_rows(values_only=True))
    assert written[1][:4] == (
        2,
        "Rejected",
        None,
        "Country: Holds a control character (U+0001) at character 4, which is not text (a "
        "damaged file, or another program's data?). Remove it.",
    )
    assert written[1][5 + PARTNERSHIP_HEADERS.index("Country")] == "France"
