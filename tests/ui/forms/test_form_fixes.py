"""Fixes a clerk would notice: editing an End, one save for a community, Alt+S in the
exchange form, clerk words in the History tab, a readable "Status on" field."""

from datetime import date

import pytest

from desktop.domain.validation import ValidationError
from desktop.services import communities, decisions, lookup, partnerships
from desktop.ui.forms import open_decision


def norfolk_kaliningrad(db):
    norfolk = communities.create_community(
        db, {"name": "Norfolk", "subdivision": "Virginia", "country": "US"}
    )
    kaliningrad = communities.create_community(db, {"name": "Kaliningrad", "country": "RU"})
    partnership = partnerships.create_partnership(
        db,
        {
            "local_id": norfolk.id,
            "partner_id": kaliningrad.id,
            "established_on": date(1992, 1, 1),
            "established_precision": "year",
        },
    )
    return norfolk, kaliningrad, partnership


def council_ends(db, partnership_id, rationale="Teh council voted to end it."):
    return decisions.record_decision(
        db,
        {
            "partnership_id": partnership_id,
            "decided_on": date(2022, 3, 8),
            "actor_body": "Norfolk City Council",
            "actor_type": "governing_body",
            "action": "end",
            "rationale": rationale,
        },
    )


def test_an_end_can_be_opened_and_its_rationale_corrected(clerk, questions, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    end = council_ends(empty_db, partnership.id)
    dialog = clerk.show(open_decision(None, empty_db, end.id))
    form = dialog.form
    assert form.error_text("action") == ""
    assert form.effect_label.text().startswith("Ended from 8 March 2022"), form.effect_label.text()
    clerk.type(form.rationale, "The council voted to end it.")
    clerk.save(dialog)
    assert not dialog.isVisible(), form.errors()
    assert questions.errors == []
    record = lookup.decision_record(empty_db, end.id)
    assert record["rationale"] == "The council voted to end it."
    assert partnerships.standing(empty_db, partnership.id, date(2022, 3, 9)).status.label == (
        "Ended"
    )


def test_editing_a_decision_is_checked_like_recording_one(empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    end = council_ends(empty_db, partnership.id)
    decisions.update_decision(empty_db, end.id, {"rationale": "Corrected."})
    assert lookup.decision_record(empty_db, end.id)["rationale"] == "Corrected."
    # A review date belongs to a suspension: refused on an edit as on a new entry.
    with pytest.raises(ValidationError) as refused:
        decisions.update_decision(empty_db, end.id, {"review_on": date(2023, 3, 8)})
    assert [p.message for p in refused.value.problems] == ["A review date belongs to a suspension."]
    # A second End after the first is still refused when edited into one.
    later = decisions.record_decision(
        empty_db,
        {
            "partnership_id": partnership.id,
            "decided_on": date(2023, 1, 1),
            "actor_body": "Norfolk City Council",
            "actor_type": "governing_body",
            "action": "reinstate",
        },
    )
    decisions.update_decision(empty_db, later.id, {"rationale": "Back on."})
    with pytest.raises(ValidationError):
        decisions.update_decision(
            empty_db, later.id, {"action": "end", "decided_on": date(2022, 4, 1)}
        )
