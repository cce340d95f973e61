"""Fixes a clerk would notice: editing an End, one save for a community, Alt+S in the
exchange form, clerk words in the History tab, a readable "Status on" field."""

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

from desktop.domain.enums import ActorType
from desktop.domain.validation import ValidationError
from desktop.services import communities, decisions, history, lookup, partnerships
from desktop.ui.forms import open_community, open_decision, open_exchange, open_partnership


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


def mayor_suspends(db, partnership_id):
    return decisions.record_decision(
        db,
        {
            "partnership_id": partnership_id,
            "decided_on": date(2022, 2, 26),
            "actor_name": "Kenny Alexander",
            "actor_type": "mayor_executive",
            "action": "suspend",
        },
    )


def test_saving_a_community_is_one_save_that_also_rebinds(clerk, empty_db):
    norfolk, _, partnership = norfolk_kaliningrad(empty_db)
    mayor_suspends(empty_db, partnership.id)
    assert [r.weight for r in lookup.timeline(empty_db, partnership.id)] == ["Position"]
    version = lookup.community_record(empty_db, norfolk.id)["version"]
    dialog = clerk.show(open_community(None, empty_db, norfolk.id))
    clerk.type(dialog.form.subdivision, "VA")
    dialog.form.authority[ActorType.MAYOR_EXECUTIVE].click()
    clerk.save(dialog)
    assert not dialog.isVisible(), dialog.form.errors()
    saved = lookup.community_record(empty_db, norfolk.id)
    assert (saved["subdivision"], saved["binding_actor_types"]) == (
        "VA",
        "governing_body,mayor_executive",
    )
    assert saved["version"] == version + 1  # one save, not a second one for the authority
    (line,) = lookup.timeline(empty_db, partnership.id)
    assert (line.weight, line.status_after) == ("Binding", "Suspended")
    changed = [
        r.field
        for r in history.record_history(empty_db, "community", norfolk.id)
        if r.action == "Changed"
    ]
    assert sorted(changed) == ["Decides on partnerships", "Subdivision"], changed


def test_update_community_rebinds_and_refuses_no_authority(empty_db):
    norfolk, _, partnership = norfolk_kaliningrad(empty_db)
    mayor_suspends(empty_db, partnership.id)
    communities.update_community(
        empty_db, norfolk.id, {"binding_actor_types": [ActorType.MAYOR_EXECUTIVE]}
    )
    (line,) = lookup.timeline(empty_db, partnership.id)
    assert line.weight == "Binding"
    assert partnerships.standing(empty_db, partnership.id, date(2022, 3, 1)).status.label == (
        "Suspended"
    )
    with pytest.raises(ValidationError) as refused:
        communities.update_community(empty_db, norfolk.id, {"binding_actor_types": ""})
    assert refused.value.problems[0].message == "At least one actor type must hold the authority."
    communities.set_binding_authority(empty_db, norfolk.id, {ActorType.GOVERNING_BODY})
    assert lookup.timeline(empty_db, partnership.id)[0].weight == "Position"


def mnemonics(dialog) -> list[str]:
    """The Alt letters the clerk can press in the window as it is shown."""
    letters = []
    widgets = dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
    for widget in widgets:
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        text = widget.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    for bar in dialog.findChildren(QTabBar):
        if bar.isVisibleTo(dialog):
            for i in range(bar.count()):
                text = bar.tabText(i)
                if "&" in text:
                    letters.append(text[text.index("&") + 1].lower())
    return letters


def duplicated(letters):
    return sorted({x for x in letters if letters.count(x) > 1})


def test_alt_s_saves_the_exchange(clerk, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_exchange(None, empty_db, partnership_id=partnership.id))
    clerk.type(dialog.form.title_edit, "Youth orchestra tour")
    clerk.qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    # The button's shortcut clicks it after its pressed look shows: wait for the click.
    # (a closed form deletes itself, hence the validity check).
    clerk.qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    (line,) = lookup.exchanges_of(empty_db, partnership.id)
    assert line.title == "Youth orchestra tour"


def test_no_alt_letter_is_used_twice_in_a_form(clerk, empty_db):
    norfolk, _, partnership = norfolk_kaliningrad(empty_db)
    end = council_ends(empty_db, partnership.id)
    for dialog in (
        clerk.show(open_community(None, empty_db, norfolk.id)),
        clerk.show(open_exchange(None, empty_db, partnership_id=partnership.id)),
        clerk.show(open_decision(None, empty_db, end.id)),
    ):
        letters = mnemonics(dialog)
        assert {"s", "a"} <= set(letters)  # Save and Archive are among them
        assert duplicated(letters) == [], (dialog.windowTitle(), letters)
    dialog = clerk.show(open_partnership(None, empty_db, partnership.id))
    for tab in range(dialog.form.tabs.count()):
        dialog.form.tabs.setCurrentIndex(tab)
        letters = mnemonics(dialog)
        assert duplicated(letters) == [], (dialog.form.tabs.tabText(tab), letters)


def test_the_status_on_example_is_not_clipped(clerk, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_partnership(None, empty_db, partnership.id))
    dialog.form.tabs.setCurrentWidget(dialog.form.timeline_tab)
    field = dialog.form.timeline_tab.status_on
    clerk.qtbot.waitUntil(field.isVisible)
    example = field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert field.width() >= example + 16, (field.width(), example)
