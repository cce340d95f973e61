"""Exchanges and decisions from a list, under partnerships already in the registry."""

from datetime import date

import pytest
from sqlmodel import select

from desktop.services import listing
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.mapping import DECISION, EXCHANGE
from desktop.services.importing.plan import MATCHED, NEW, REJECTED, plan_file
from desktop.services.listing import RecordFilter
from desktop.services.unit_of_work import reading
from desktop.store.models import Exchange
from tests.services.importing.office_lists import row_counts, write_workbook

EXCHANGE_HEADERS = [
    "City", "Sister city", "Country", "Title", "Programme", "Direction", "Start", "End",
    "Participants", "Institutions", "Status", "Reason",
]  # fmt: skip
DECISION_HEADERS = ["City", "Sister city", "Country", "Date", "Who", "Title", "Body", "Action",
                    "Condition", "Source"]  # fmt: skip


def plan_of(db, tmp_path, headers, rows):
    """An American office's list: its country is said once, as the wizard asks."""
    path = write_workbook(tmp_path / "list.xlsx", rows, headers=headers)
    return plan_file(db, path, mapping=guess_mapping(headers, defaults={"local_country": "US"}))


def test_the_headers_say_which_kind_of_record():
    assert guess_mapping(EXCHANGE_HEADERS).record_type == EXCHANGE
    assert guess_mapping(DECISION_HEADERS).record_type == DECISION


def test_exchanges(sample_db, tmp_path):
    plan = plan_of(
        sample_db,
        tmp_path,
        EXCHANGE_HEADERS,
        [
            ["Norfolk, VA", "Kaliningrad", "Russia", "ODU choir tour", "Arts and culture",
             "Outbound", "May 2019", "June 2019", 24, "Old Dominion University",
             "Completed", None],
            ["Norfolk, VA", "Kalinigrad", "Russia", "Youth sailing", "Youth and education",
             "Inbound", "2020-03-15", None, "twelve", None, "Canceled", None],
            ["Norfolk, VA", "Paris", "France", "Art fair", None, None, "2021", None, None, None,
             None, None],
            ["Norfolk, VA", "Kaliningrad", "Russia", "Kaliningrad delegation to Norfolk", None,
             "Inbound", "2020", None, None, None, "Canceled", "COVID-19 pandemic"],
        ],
    )  # fmt: skip
    choir, sailing, paris, delegation = plan.rows
    assert choir.outcome == NEW
    assert sailing.outcome == REJECTED
    assert {(p.column, p.message) for p in sailing.problems if p.error} == {
        ("Participants", "'twelve' is not a whole number; write e.g. 12."),
        ("Reason", "Say why the exchange was canceled (for example 'COVID-19 pandemic')."),
        # A typo is asked about, never read as the name it looks like.
        (
            "Sister city",
            "There is no community Kalinigrad (Russia) in the registry; import "
            "the partnerships first. Is it Kaliningrad, Kaliningrad Oblast, Russia? Answer the "
            "question about it.",
        ),
    }
    assert [q.name for q in plan.questions] == ["Kalinigrad"]
    assert paris.outcome == REJECTED
    assert "There is no community Paris (France) in the registry" in paris.reasons()
    assert delegation.outcome == MATCHED  # the story of the articles is already there
    before = row_counts(sample_db)
    result = apply_plan(sample_db, plan, valid_only=True)
    assert result.new == 1
    assert row_counts(sample_db)["exchange"] == before["exchange"] + 1
    with reading(sample_db) as session:
        saved = session.exec(select(Exchange).where(Exchange.title == "ODU choir tour")).one()
    assert (saved.participants, saved.status.value, saved.start_precision.value) == (
        24,
        "completed",
        "month",
    )
    assert saved.batch_id == result.batch_id


def test_decisions_change_the_status_only_with_authority(sample_db, tmp_path):
    plan = plan_of(
        sample_db,
        tmp_path,
        DECISION_HEADERS,
        [
            ["Roanoke, VA", "Pskov", "Russia", "2022-03-02", None, None, "Roanoke City Council",
             "Suspend", "until the end of hostilities", "Resolution 42"],
            ["Chicago", "Moscow", "Russia", "1 March 2022", "Lori Lightfoot", "Mayor", None,
             "Suspend", None, None],
            ["Norfolk, VA", "Kaliningrad", "Russia", "someday", "Someone", None, None,
             "Frobnicate", None, None],
        ],
    )  # fmt: skip
    roanoke, chicago, bad = plan.rows
    assert roanoke.outcome == NEW
    assert chicago.outcome == MATCHED
    assert {p.column for p in bad.problems if p.error} == {"Date", "Action"}
    apply_plan(sample_db, plan, valid_only=True)
    rows = listing.partnerships(sample_db, RecordFilter(as_of=date(2022, 3, 3), local="Roanoke"))
    assert [(r.partner, r.status.value) for r in rows] == [("Pskov", "suspended")]


def test_a_decision_the_timeline_refuses_stops_the_whole_batch(sample_db, tmp_path):
    plan = plan_of(
        sample_db,
        tmp_path,
        DECISION_HEADERS,
        [
            ["Roanoke, VA", "Pskov", "Russia", "2022-03-02", None, None, "Roanoke City Council",
             "End", None, None],
            ["Roanoke, VA", "Pskov", "Russia", "2022-03-09", None, None, "Roanoke City Council",
             "Suspend", None, None],
        ],
    )  # fmt: skip
    # The preview already says so, at the Action cell of the row the timeline refuses.
    ending, suspending = plan.rows
    assert (ending.outcome, suspending.outcome) == (NEW, REJECTED)
    assert [(p.column, p.message) for p in suspending.problems if p.error] == [
        ("Action", "Row 2 ends this partnership; the only decision that can follow is to "
         "reinstate it."),
    ]  # fmt: skip
    before = row_counts(sample_db)
    with pytest.raises(ValueError, match="row 3, Action: Row 2 ends this partnership"):
        apply_plan(sample_db, plan)
    assert row_counts(sample_db) == before


def test_valid_only_imports_the_decisions_the_timeline_accepts(sample_db, tmp_path):
    """A partnership the registry has ended takes only a reinstatement: that row is
    rejected at its Action cell, the others go in."""
    end = [["Roanoke, VA", "Pskov", "Russia", "2022-03-02", None, None, "Roanoke City Council",
            "End", None, None]]  # fmt: skip
    apply_plan(sample_db, plan_of(sample_db, tmp_path, DECISION_HEADERS, end))
    plan = plan_of(
        sample_db,
        tmp_path,
        DECISION_HEADERS,
        [
            ["Roanoke, VA", "Pskov", "Russia", "2022-04-01", None, None, "Roanoke City Council",
             "Suspend", None, None],
            ["Norfolk, VA", "Kaliningrad", "Russia", "2022-03-05", None, None,
             "Norfolk City Council", "Suspend", None, None],
        ],
    )  # fmt: skip
    refused, norfolk = plan.rows
    assert (refused.outcome, norfolk.outcome) == (REJECTED, NEW)
    assert refused.reasons() == (
        "Action: This partnership has ended; the only decision that can follow is to reinstate it."
    )
    result = apply_plan(sample_db, plan, valid_only=True)
    assert (result.new, result.rejected) == (1, 1)


def test_an_exchange_under_a_misspelt_partner_goes_in_once_answered(sample_db, tmp_path):
    rows = [["Norfolk, VA", "Kalinigrad", "Russia", "Youth sailing", "Youth and education",
             "Inbound", "2020-03-15", None, 12, None, "Completed", None]]  # fmt: skip
    plan = plan_of(sample_db, tmp_path, EXCHANGE_HEADERS, rows)
    (question,) = plan.questions
    assert plan.rows[0].outcome == REJECTED  # no partnership with a 'Kalinigrad' to hang under
    path = write_workbook(tmp_path / "list.xlsx", rows, headers=EXCHANGE_HEADERS)
    answered = plan_file(
        sample_db, path, mapping=guess_mapping(EXCHANGE_HEADERS, defaults={"local_country": "US"}),
        answers={question.key: question.candidates[0].key},
    )  # fmt: skip
    assert answered.rows[0].outcome == NEW
    result = apply_plan(sample_db, answered)
    assert result.new == 1
