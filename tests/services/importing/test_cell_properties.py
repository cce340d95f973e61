"""Property-based tests on a list's cells: a well-formed workbook (or CSV file) whose cells
hold anything, planned and imported all or nothing, or its valid rows only with the
rejected ones written out. Nothing is ever written in part: a refused import leaves every
table as it was; an accepted one adds exactly the planned new partnerships and
communities, as one batch, each with its audit entries."""

import csv
import sqlite3
from datetime import date, datetime

import openpyxl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.domain.validation import ValidationError
from desktop.services.importing.apply import ImportRefused, apply_plan
from desktop.services.importing.plan import NEW, REJECTED, NewCommunity, plan_file
from desktop.services.importing.reading import ImportFileError
from tests.services.importing.office_lists import row_counts

HEADERS = ["City", "State", "Sister city", "Country", "Year", "Type", "Status", "Notes"]
CELLS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text a workbook can hold (XML has no place for most control characters); a CSV file
# gets the control characters too.
printable = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n")
text = st.one_of(
    st.text(printable, max_size=20),
    st.from_regex(r"[=+\-@][A-Z0-9(),.:\"]{0,12}", fullmatch=True),  # formula-like
    st.integers(0, 12_000).map(lambda n: "x" * n),  # past every field's limit
)
control_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)


def choice_or_text(*known):
    return st.one_of(st.none(), st.sampled_from(known), text)


def row(any_text):
    anything = st.one_of(
        st.none(),
        any_text,
        st.integers(-(2**40), 2**40),
        st.floats(allow_nan=False, allow_infinity=False),
        st.booleans(),
        st.dates(date(1900, 3, 1), date(9999, 12, 31)),
        st.datetimes(datetime(1900, 3, 1), datetime(9999, 12, 31)),
    )
    return st.tuples(
        st.one_of(st.sampled_from(["Norfolk", "Chicago", "Los-Alamos", "Norfolk, VA"]), anything),
        choice_or_text("Virginia", "VA", "Illinois", "Maine", ""),
        st.one_of(
            st.sampled_from(["Toulon", "Kaliningrad", "Kalinigrad", "Halifax", "Neustadt"]),
            st.sampled_from(["Wilhelmshaven", "Kitakyushu", "Tema", "Lyon", "Saint-Malo"]),
            anything,
        ),
        st.one_of(
            st.sampled_from(["France", "Russia", "Ghano", "Scotland", "US", "fr", "Japan"]),
            anything,
        ),
        st.one_of(st.sampled_from([1992, "March 2020", "28/02/2022", "unknown"]), anything),
        choice_or_text("Sister city", "Friendship", "Sister county", "twin town"),
        choice_or_text("active", "proposed", "suspended", "ended"),
        st.one_of(st.none(), any_text),
    )


def write_list(path, rows):
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(HEADERS)
            writer.writerows([["" if v is None else v for v in r] for r in rows])
        return
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append(list(r))
    wb.save(path)


def pairs_in_batch(db, batch_id) -> set[frozenset]:
    con = sqlite3.connect(db.path)
    try:
        found = con.execute(
            "SELECT l.name, l.country, p.name, p.country FROM partnership "
            "JOIN community l ON l.id = partnership.local_id "
            "JOIN community p ON p.id = partnership.partner_id WHERE partnership.batch_id = ?",
            (batch_id,),
        ).fetchall()
        unaudited = con.execute(
            "SELECT count(*) FROM partnership WHERE batch_id = ? AND id NOT IN (SELECT "
            "record_id FROM audit_entry WHERE record_type = 'partnership' AND action = 'create')",
            (batch_id,),
        ).fetchone()[0]
    finally:
        con.close()
    assert unaudited == 0
    return {frozenset([(a, b), (c, d)]) for a, b, c, d in found}


def planned_pairs(db, plan) -> set[frozenset]:
    con = sqlite3.connect(db.path)
    try:

        def place(ref):
            if isinstance(ref, NewCommunity):
                return ref.name, ref.country
            return con.execute(
                "SELECT name, country FROM community WHERE id = ?", (ref,)
            ).fetchone()

        return {
            frozenset([place(r.local), place(r.partner)]) for r in plan.rows if r.outcome == NEW
        }
    finally:
        con.close()


def import_the_list(db, tmp_path, rows, suffix, valid_only, with_rejects):
    path = tmp_path / f"list{suffix}"
    write_list(path, rows)
    before = row_counts(db)
    try:
        plan = plan_file(db, path)
    except (ImportFileError, ValidationError) as exc:  # e.g. every row empty
        assert str(exc).strip()
        assert row_counts(db) == before
        return
    assert row_counts(db) == before
    rejects = tmp_path / "rejected.xlsx" if with_rejects else None
    try:
        result = apply_plan(db, plan, valid_only=valid_only, rejects=rejects)
    except ImportRefused as exc:
        assert not valid_only and plan.rejected
        assert f"{plan.rejected:,} of {len(plan.rows):,} rows have problems" in str(exc)
        assert row_counts(db) == before
        return
    assert valid_only or not plan.rejected
    after = row_counts(db)
    assert (result.new, result.matched, result.rejected) == (plan.new, plan.matched, plan.rejected)
    assert after["partnership"] == before["partnership"] + plan.new
    assert after["community"] == before["community"] + len(plan.new_communities())
    assert after["import_batch"] == before["import_batch"] + (1 if plan.new else 0)
    assert (after["exchange"], after["decision"]) == (before["exchange"], before["decision"])
    if plan.new:
        assert pairs_in_batch(db, result.batch_id) == planned_pairs(db, plan)
    if with_rejects and valid_only and plan.rejected:
        assert result.rejects_file == rejects, result.rejects_problem
        sheet = openpyxl.load_workbook(rejects, read_only=True).active
        written = list(sheet.iter_rows(values_only=True))
        assert [r[0] for r in written[1:]] == [r.row for r in plan.rows if r.outcome == REJECTED]
        assert all(r[1] for r in written[1:])  # each with its reason


@CELLS
@given(
    rows=st.lists(row(text), min_size=1, max_size=6),
    valid_only=st.booleans(),
    with_rejects=st.booleans(),
)
def test_any_cells_in_a_workbook_go_in_whole_or_not_at_all(
    fresh_sample, tmp_path, rows, valid_only, with_rejects
):
    import_the_list(fresh_sample(), tmp_path, rows, ".xlsx", valid_only, with_rejects)


CONTROL_CHARACTER = [
    ("Norfolk", "Virginia", "Toulon", "Fra\x01nce", 1989, None, None, None),
    ("Norfolk", "Virginia", "Lyon", "France", 1989, None, None, None),
]


@CELLS
@example(rows=CONTROL_CHARACTER, valid_only=True, with_rejects=True)  # IllegalCharacterError
@given(
    rows=st.lists(row(st.one_of(text, control_text)), min_size=1, max_size=6),
    valid_only=st.booleans(),
    with_rejects=st.booleans(),
)
def test_any_cells_in_a_csv_file_go_in_whole_or_not_at_all(
    fresh_sample, tmp_path, rows, valid_only, with_rejects
):
    import_the_list(fresh_sample(), tmp_path, rows, ".csv", valid_only, with_rejects)


def test_a_control_character_in_a_rejected_csv_row_is_dropped_from_the_rejects(sample_db, tmp_path):
    """The rejects workbook quoted the row (and the reason quotes the cell) with a control
    character no workbook can hold: openpyxl's IllegalCharacterError escaped after the
    valid rows were in, and `sister-cities import --valid-only --rejects` ended in
    'unexpected error'."""
    path = tmp_path / "list.csv"
    write_list(path, CONTROL_CHARACTER)
    rejects = tmp_path / "rejected.xlsx"
    result = apply_plan(sample_db, plan_file(sample_db, path), valid_only=True, rejects=rejects)
    assert (result.new, result.rejected, result.rejects_file) == (1, 1, rejects)
    written = list(openpyxl.load_workbook(rejects).active.iter_rows(values_only=True))
    assert written[1][:2] == (2, "Country: 'France' is not a country I know. Did you mean France?")
    assert written[1][5] == "France"
