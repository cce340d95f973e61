"""Importing the sample lists as an office keeps them: counts, matches, typos, rejects,
undo."""

import openpyxl
import pytest
from sqlmodel import select

from desktop.domain.matching import Reason
from desktop.reports.import_report import write_report
from desktop.services.importing.apply import ImportRefused, apply_plan
from desktop.services.importing.batches import list_batches, undo_batch
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import MATCHED, NEW, REJECTED, plan_file
from desktop.services.importing.reading import read_table
from desktop.services.unit_of_work import reading
from desktop.store.models import AuditEntry, Community, Partnership
from tests.services.importing.office_lists import (
    REJECTED_BY_TYPO,
    office_rows,
    row_counts,
    write_office_workbook,
    write_workbook,
)

ROWS = len(office_rows())  # 116 pairs and Norfolk - Kaliningrad a second time


def office_mapping(path):
    mapping = guess_mapping(read_table(path, header_row=2, limit=1).headers)
    mapping.defaults["local_country"] = "United States"
    return mapping


def by_partner(plan, name):
    return [r for r in plan.rows if r.values[2] == name]


def test_the_guess_maps_an_office_header():
    mapping = guess_mapping(["City", "State", "Sister city", "Country", "Year", "Type"])
    assert mapping.columns == {
        "City": "local_name",
        "State": "local_subdivision",
        "Sister city": "partner_name",
        "Country": "partner_country",
        "Year": "established",
        "Type": "kind",
    }
    assert mapping.missing() == ["Local country"]


def kaliningrad_id(db) -> int:
    with reading(db) as session:
        return session.exec(select(Community.id).where(Community.name == "Kaliningrad")).one()


def test_into_the_sample_registry_every_pair_matches_once_the_typo_is_answered(sample_db, tmp_path):
    path = write_office_workbook(tmp_path / "office.xlsx")
    plan = plan_file(sample_db, path, header_row=2, mapping=office_mapping(path))
    # The typo is not read as the community already there: it is asked about, and until
    # the clerk answers it is a community of its own (the principle: a similar spelling is
    # a question, never proof).
    (typo,) = by_partner(plan, "Kalinigrad")
    question, dubna = plan.questions
    assert (question.name, question.rows, question.answer) == ("Kalinigrad", [typo.row], "")
    assert [c.label() for c in question.candidates] == ["Kaliningrad, Kaliningrad Oblast, Russia"]
    assert typo.outcome == NEW and "'Kalinigrad' may be Kaliningrad" in typo.warnings()
    # Dubna without its oblast: the place table knows two Dubnas, so which one is asked.
    assert [c.label() for c in dubna.candidates] == ["Dubna, Moscow Oblast, Russia"]
    assert (plan.new, plan.matched, plan.rejected) == (2, ROWS - 4, 2)
    # Los-Alamos is Los Alamos once folded: the same name, not a question.
    (alamos,) = [r for r in plan.rows if r.values[0] == "Los-Alamos"]
    assert alamos.outcome == MATCHED
    for partner, hint in REJECTED_BY_TYPO.items():
        (row,) = by_partner(plan, partner)
        assert row.outcome == REJECTED
        assert hint in row.reasons() and row.reasons().startswith("Country: ")
    # The merged City cells were read as Alexandria on each of their rows.
    assert all(r.values[0] == "Alexandria" for r in plan.rows[:3])
    assert any("Merged cells A3:A" in remark for remark in plan.remarks)

    answers = {q.key: q.candidates[0].key for q in plan.questions}
    answered = plan_file(
        sample_db, path, header_row=2, mapping=office_mapping(path), answers=answers
    )
    assert (answered.new, answered.matched, answered.rejected) == (0, ROWS - 2, 2)
    assert answered.questions[0].answer == f"c{kaliningrad_id(sample_db)}"
    before = row_counts(sample_db)
    result = apply_plan(sample_db, answered, valid_only=True)
    assert result.new == 0 and result.batch_id is None
    assert row_counts(sample_db) == before


def test_into_an_empty_registry_all_or_nothing_then_valid_only(empty_db, tmp_path):
    path = write_office_workbook(tmp_path / "office.xlsx")
    plan = plan_file(empty_db, path, header_row=2, mapping=office_mapping(path))
    # Kaliningrad (the last row) looks like the Kalinigrad of an earlier row: asked.
    (question,) = plan.questions
    assert question.name == "Kaliningrad"
    assert [c.name for c in question.candidates] == ["Kalinigrad"]
    assert (plan.new, plan.matched, plan.rejected) == (ROWS - 2, 0, 2)
    (kalinigrad,) = question.candidates
    plan = plan_file(
        empty_db, path, header_row=2, mapping=office_mapping(path),
        answers={question.key: kalinigrad.key},
    )  # fmt: skip
    assert (plan.new, plan.matched, plan.rejected) == (ROWS - 3, 1, 2)
    (second,) = [r for r in by_partner(plan, "Kaliningrad")]
    assert second.outcome == MATCHED and "same pair as row" in second.note

    before = row_counts(empty_db)
    with pytest.raises(ImportRefused, match="2 of 117 rows have problems"):
        apply_plan(empty_db, plan)
    assert row_counts(empty_db) == before

    result = apply_plan(empty_db, plan, valid_only=True)
    assert (result.new, result.matched, result.rejected) == (ROWS - 3, 1, 2)
    with reading(empty_db) as session:
        assert len(session.exec(select(Partnership)).all()) == ROWS - 3
        names = {c.name for c in session.exec(select(Community))}
        norfolks = session.exec(select(Community).where(Community.name == "Norfolk")).all()
    # Answered 'same', the spelling the place table knows is the one kept.
    assert "Kaliningrad" in names and "Kalinigrad" not in names
    assert len(norfolks) == 1 and norfolks[0].subdivision == "Virginia"
    assert norfolks[0].country == "US"
    # Imported partnerships list, filter and sort like any other.
    from desktop.services import listing
    from desktop.services.listing import RecordFilter

    assert listing.count(empty_db, RecordFilter(country="RU")) == 69
    by_partner_name = listing.partnerships(empty_db, RecordFilter(), order_by="partner")
    assert by_partner_name[0].partner == "Aachen"

    report = write_report(result.plan, tmp_path / "report.xlsx", written=True)
    rows = list(openpyxl.load_workbook(report)["Rows"].values)
    assert rows[0][:6] == (
        "Row in file",
        "Outcome",
        "What happened",
        "Problems",
        "Warnings",
        "City",
    )
    outcomes = [r[1] for r in rows[1:]]
    assert len(outcomes) == ROWS and outcomes.count("Rejected") == 2
    assert (outcomes.count("New"), outcomes.count("Matched")) == (ROWS - 3, 1)
    reasons = {line[7]: line[3] for line in rows[1:] if line[1] == "Rejected"}
    assert set(reasons) == {"Tema", "San Miguel"}
    assert "'Ghano' is not a country I know. Did you mean Ghana" in reasons["Tema"]
    assert "El Salvador" in reasons["San Miguel"]


def test_undo_archives_the_whole_batch_with_audit(empty_db, tmp_path):
    path = write_office_workbook(tmp_path / "office.xlsx")
    plan = plan_file(empty_db, path, header_row=2, mapping=office_mapping(path))
    result = apply_plan(empty_db, plan, valid_only=True)
    (batch,) = list_batches(empty_db)
    assert (batch.new, batch.rejected, batch.file_name) == (ROWS - 2, 2, "office.xlsx")
    archived = undo_batch(empty_db, result.batch_id)
    assert archived == (ROWS - 2) + result.communities
    with reading(empty_db) as session:
        live = session.exec(select(Partnership).where(Partnership.archived_at.is_(None))).all()
        kept = session.exec(select(Community).where(Community.archived_at.is_(None))).all()
        archives = session.exec(select(AuditEntry).where(AuditEntry.action == "archive")).all()
    assert live == [] and kept == []
    assert len(archives) == archived
    # Importing again after the undo brings the archived records back, no second copies.
    again = plan_file(empty_db, path, header_row=2, mapping=office_mapping(path))
    assert (again.new, again.restored) == (0, ROWS - 2)
    assert len(again.communities_to_restore()) == result.communities
    with pytest.raises(ValueError, match="already undone"):
        undo_batch(empty_db, result.batch_id)


def _plan(db, tmp_path, rows):
    path = write_workbook(tmp_path / "list.xlsx", rows)
    mapping = guess_mapping(["City", "State", "Sister city", "Country", "Year", "Type"])
    mapping.defaults["local_country"] = "US"
    return plan_file(db, path, mapping=mapping)


def test_st_petersburg_florida_never_merges_with_st_petersburg_russia(empty_db, tmp_path):
    plan = _plan(
        empty_db,
        tmp_path,
        [
            ["St. Petersburg", "Florida", "Saint Petersburg", "Russia", 1996, "Sister city"],
            ["Saint-Petersburg", "FL", "St Petersburg", "Russia", None, None],
        ],
    )
    first, second = plan.rows
    assert first.outcome == NEW and second.outcome == MATCHED
    apply_plan(empty_db, plan)
    with reading(empty_db) as session:
        places = session.exec(
            select(Community.name, Community.subdivision, Community.country)
        ).all()
    assert sorted(places) == [
        ("Saint Petersburg", "", "RU"),
        ("St. Petersburg", "Florida", "US"),
    ]


def test_a_known_pair_matches_and_a_name_without_its_state_is_asked(sample_db, tmp_path):
    plan = _plan(
        sample_db,
        tmp_path,
        [
            ["St Petersburg", "FL", "Saint Petersburg", "Russia", None, None],
            ["Portland", "", "Khabarovsk", "Russia", None, None],
        ],
    )
    stp, portland = plan.rows
    assert stp.outcome == MATCHED and "Already in the registry" in stp.note
    # Portland without a state may be Portland, Maine or Portland, Oregon: asked, never
    # given to the first one seen; unanswered, it is a Portland of its own.
    (question,) = plan.questions
    assert question.name == "Portland" and question.reason == Reason.REGION.value
    assert sorted(c.label() for c in question.candidates) == [
        "Portland, Maine, United States",
        "Portland, Oregon, United States",
    ]
    assert portland.outcome == NEW and "see the questions" in portland.warnings()


def test_a_list_of_active_partnerships_without_years(empty_db, tmp_path):
    """'Status: Active' for every row records them as established, date unknown."""
    plan_rows = [["Norfolk", "Virginia", "Toulon", "France", None, None]]
    path = write_workbook(tmp_path / "list.xlsx", plan_rows)
    mapping = guess_mapping(["City", "State", "Sister city", "Country", "Year", "Type"])
    mapping.defaults |= {"local_country": "US", "status": "Active"}
    apply_plan(empty_db, plan_file(empty_db, path, mapping=mapping))
    from datetime import date

    from desktop.services import listing
    from desktop.services.listing import RecordFilter

    (row,) = listing.partnerships(empty_db, RecordFilter(as_of=date.today()))
    assert (row.partner, row.status.value, str(row.established)) == (
        "Toulon",
        "active",
        "date unknown",
    )


def test_undo_keeps_a_community_a_later_import_uses(empty_db, tmp_path):
    """A later partnership with a community the import created does not stop the undo:
    the community stays, for the partnership that uses it."""
    first = _plan(empty_db, tmp_path, [["Norfolk", "VA", "Toulon", "France", 1989, None]])
    batch = apply_plan(empty_db, first).batch_id
    second = _plan(empty_db, tmp_path, [["Norfolk", "VA", "Kiel", "Germany", None, None]])
    assert [r.local for r in second.rows] != [None] and isinstance(second.rows[0].local, int)
    apply_plan(empty_db, second)
    assert undo_batch(empty_db, batch) == 2  # the partnership and Toulon; Norfolk stays
    with reading(empty_db) as session:
        live = session.exec(
            select(Community.name).where(Community.archived_at.is_(None)).order_by(Community.name)
        ).all()
    assert live == ["Kiel", "Norfolk"]


def test_a_cancelled_import_writes_nothing(empty_db, tmp_path):
    from desktop.services.progress import Cancelled, Progress

    path = write_office_workbook(tmp_path / "office.xlsx")
    plan = plan_file(empty_db, path, header_row=2, mapping=office_mapping(path))
    before = row_counts(empty_db)
    with pytest.raises(Cancelled):
        apply_plan(empty_db, plan, valid_only=True, progress=Progress(is_cancelled=lambda: True))
    assert row_counts(empty_db) == before


def test_excel_date_cells_serial_numbers_and_written_dates(empty_db, tmp_path):
    from datetime import date, datetime

    rows = [
        ["Norfolk", "VA", "Toulon", "France", datetime(1989, 5, 3), None],
        ["Norfolk", "VA", "Kiel", "Germany", 33727, None],  # a date cell formatted General
        ["Norfolk", "VA", "Halifax", "Canada", "March 2020", None],
        ["Norfolk", "VA", "Wilhelmshaven", "Germany", "03/04/1976", None],
    ]
    path = write_workbook(tmp_path / "dates.xlsx", rows)
    mapping = guess_mapping(["City", "State", "Sister city", "Country", "Year", "Type"])
    mapping.defaults["local_country"] = "US"
    for day_first, april in ((True, date(1976, 4, 3)), (False, date(1976, 3, 4))):
        mapping.day_first = day_first
        plan = plan_file(empty_db, path, mapping=mapping)
        got = [
            (r.record["established_on"], r.record["established_precision"].value) for r in plan.rows
        ]
        assert got == [
            (date(1989, 5, 3), "day"),
            (date(1992, 5, 3), "day"),
            (date(2020, 3, 1), "month"),
            (april, "day"),
        ]
