"""The Norfolk - Kaliningrad story entered from nothing, through the forms, as a clerk
would: communities created from the pickers, the partnership, two exchanges, the
governor's call, the mayor's request, the association's letter, and the council's
suspension with a review date, which offers to cancel the planned exchange."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.services import decisions, exchanges, lookup, partnerships
from desktop.ui.forms import open_partnership
from desktop.ui.forms.partnership_tabs import cells

GOVERNOR = [
    ("Date", "26/02/2022"),
    ("Who (person)", "Glenn Youngkin"),
    ("Title", "Governor"),
    ("Body", "Commonwealth of Virginia"),
    ("Actor type", "State government"),
    ("Action", "Request termination"),
]
MAYOR = [
    ("Date", "26/02/2022"),
    ("Who (person)", "Kenny Alexander"),
    ("Title", "Mayor"),
    ("Body", "City of Norfolk"),
    ("Actor type", "Mayor/executive"),
    ("Action", "Request termination"),
    ("Effective from", ""),
    ("Condition", ""),
    ("Review date", ""),
    ("Rationale", "Asked the Norfolk Sister City Association to end the relationship immediately."),
    ("Source kind", "Statement"),
]
ASSOCIATION = [
    ("Date", "28/02/2022"),
    ("Who (person)", "Marguerite Inscoe"),
    ("Title", "President"),
    ("Body", "Norfolk Sister City Association"),
    ("Actor type", "Association"),
    ("Action", "Reaffirm/continue"),
    ("Effective from", ""),
    ("Condition", ""),
    ("Review date", ""),
    ("Rationale", "Wishes to continue; will abide by the City Council, which holds the decision."),
    ("Source kind", "Letter"),
]
COUNCIL = [
    ("Date", "08/03/2022"),
    ("Who (person)", ""),
    ("Title", ""),
    ("Body", "Norfolk City Council"),
    ("Actor type", "Governing body (council)"),
    ("Action", "Suspend"),
    ("Effective from", ""),
    ("Condition", "until Russia ends the invasion of Ukraine"),
    ("Review date", "08/03/2023"),
]
TOUR = [
    ("Title", "Youth orchestra tour"),
    ("Direction", "Outbound"),
    ("Programme area", "Arts and culture"),
    ("Starts", "June 2022"),
]
POSITION = (
    "Recorded as a position; the status stays Active. Only the governing body (council) "
    "can change it for this community."
)
SUSPENSION = (
    "Suspended from 8 March 2022, until Russia ends the invasion of Ukraine; "
    "review due 8 March 2023"
)


def new_community(clerk, form, picker, typed, entries):
    """'New community...' at the end of the completions opens the community form; the
    community waits in the picker for the partnership's save."""
    shown = clerk.pick(picker, typed, f"New community “{typed}”...")
    community = form.child_dialog
    assert community.form.name.text() == typed
    community.form.subdivision.setFocus()
    clerk.fill(community, entries)
    clerk.save(community)
    assert not community.isVisible()
    return shown


def enter_partnership(clerk, db):
    dialog = clerk.show(open_partnership(None, db))
    form = dialog.form
    assert dialog.focusWidget() is form.local
    new_community(
        clerk,
        form,
        form.local,
        "Norfolk",
        [("Subdivision", "Virginia"), ("Country", "United States")],
    )
    waiting = " (new: added when the partnership is saved)"
    assert form.local.text() == "Norfolk, Virginia, United States" + waiting
    new_community(
        clerk, form, form.partner, "Kaliningrad", [("Subdivision", ""), ("Country", "RU")]
    )
    assert form.partner.text() == "Kaliningrad, Russia" + waiting
    assert lookup.community_completions(db, "Kal") == []  # not in the registry before the save
    form.partner.setFocus()
    clerk.qtbot.keyClick(form.partner, Qt.Key.Key_Tab)  # out of the picker
    clerk.fill(
        dialog,
        [
            ("Kind", "Sister city"),
            ("Established", "1992"),
            ("How it developed", ""),
            ("Coordinating organization", "Norfolk Sister City Association"),
        ],
    )
    assert form.established.hint.text() == "Read as the year 1992"
    clerk.save(dialog)
    assert form.record_id is not None, form.errors()
    # Saved with its two new communities; typing "Kal" now offers Kaliningrad.
    assert form.partner.text() == "Kaliningrad, Russia"
    shown = clerk.pick(form.partner, "Kal", "Kaliningrad, Russia")
    assert shown == ["Kaliningrad, Russia", "New community “Kal”..."]
    assert dialog.isVisible()  # a partnership stays open for its exchanges and decisions
    return dialog


def add_exchange(clerk, form, entries, fix_reason=None):
    form.tabs.setCurrentWidget(form.exchanges_tab)
    form.exchanges_tab.new_button.click()
    exchange = form.child_dialog
    assert exchange.focusWidget() is exchange.form.title_edit
    clerk.fill(exchange, entries)
    clerk.save(exchange)
    if fix_reason is not None:
        message = exchange.form.error_text("reason")
        assert exchange.isVisible()  # not saved
        title = exchange.form.title_edit.text()
        assert title not in [e.title for e in lookup.exchanges_of(form.db, form.record_id)]
        clerk.type(exchange.form.reason, fix_reason)
        assert exchange.form.error_text("reason") == ""
        clerk.save(exchange)
        assert not exchange.isVisible()
        return message
    assert not exchange.isVisible(), exchange.form.errors()
    return None


def add_decision(clerk, form, entries):
    form.tabs.setCurrentWidget(form.timeline_tab)
    form.timeline_tab.new_button.click()
    decision = form.child_dialog
    assert decision.focusWidget() is decision.form.decided_on
    clerk.fill(decision, entries)
    return decision


def test_norfolk_kaliningrad_from_nothing(clerk, questions, empty_db):
    dialog = enter_partnership(clerk, empty_db)
    form = dialog.form
    pid = form.record_id
    assert form.status_label.text().startswith("Status today: Active since")

    add_exchange(
        clerk,
        form,
        [
            ("Title", "ODU and Norfolk Public Schools visit to Kaliningrad"),
            ("Direction", "Outbound"),
            ("Programme area", "Youth and education"),
            ("Starts", "2018"),
            ("Ends", ""),
            ("Participants", "14"),
            ("Institutions", "Old Dominion University; Norfolk Public Schools"),
            ("Status", "Completed"),
        ],
    )
    reason_message = add_exchange(
        clerk,
        form,
        [
            ("Title", "Kaliningrad delegation to Norfolk"),
            ("Direction", "Inbound"),
            ("Programme area", "Municipal delegation"),
            ("Starts", "March 2020"),
            ("Ends", ""),
            ("Participants", ""),
            ("Institutions", ""),
            ("Status", "Canceled"),
        ],
        fix_reason="COVID-19 pandemic",
    )
    assert reason_message == "Say why the exchange was canceled (for example 'COVID-19 pandemic')."
    assert cells(form.exchanges_tab.table) == [
        ["ODU and Norfolk Public Schools visit to Kaliningrad", "Outbound", "2018", "14",
         "Old Dominion University; Norfolk Public Schools", "Completed", ""],
        ["Kaliningrad delegation to Norfolk", "Inbound", "March 2020", "", "", "Canceled",
         "COVID-19 pandemic"],
    ]  # fmt: skip

    for entries, weight in (
        (GOVERNOR, "A request: a position, whoever makes it."),
        (MAYOR, "A request: a position, whoever makes it."),
        (ASSOCIATION, "Not binding: the actor does not hold the authority for this community."),
    ):
        decision = add_decision(clerk, form, entries)
        assert decision.form.effect_label.text() == POSITION
        assert decision.form.binding_label.text() == weight
        clerk.save(decision)
        assert not decision.isVisible()

    # A visit planned for later in 2022, which the suspension will offer to cancel.
    add_exchange(clerk, form, TOUR)
    decision = add_decision(clerk, form, COUNCIL)
    assert decision.form.binding_label.text() == "Binding for this community."
    assert decision.form.effect_label.text() == SUSPENSION

    # "Back to the form": nothing is saved, nothing is cancelled.
    questions.cascade = None
    clerk.save(decision)
    assert decision.isVisible()
    assert questions.cascade_lists == [["Youth orchestra tour"]]
    assert len(lookup.timeline(empty_db, pid)) == 3
    assert lookup.exchanges_of(empty_db, pid)[-1].status == "Planned"

    # Yes: the decision and the cancellation, with the decision as the reason.
    questions.cascade = "all"
    clerk.save(decision)
    assert not decision.isVisible()
    tour = lookup.exchanges_of(empty_db, pid)[-1]
    assert (tour.title, tour.status) == ("Youth orchestra tour", "Canceled")
    assert tour.reason == "Suspended by Norfolk City Council on 8 March 2022"

    timeline = cells(form.timeline_tab.table)
    assert [row[:5] for row in timeline] == [
        ["26 February 2022", "Governor Glenn Youngkin (Commonwealth of Virginia)",
         "Request termination", "Position", ""],
        ["26 February 2022", "Mayor Kenny Alexander (City of Norfolk)", "Request termination",
         "Position", ""],
        ["28 February 2022", "President Marguerite Inscoe (Norfolk Sister City Association)",
         "Reaffirm/continue", "Position", ""],
        ["8 March 2022", "Norfolk City Council", "Suspend", "Binding", "Suspended"],
    ]  # fmt: skip
    assert timeline[3][5:7] == ["until Russia ends the invasion of Ukraine", "8 March 2023"]

    # The status on any date, typed into the timeline tab.
    clerk.type(form.timeline_tab.status_on, "01/03/2022")
    assert form.timeline_tab.status_on_result.text() == "Active since 1992"
    clerk.type(form.timeline_tab.status_on, "09/03/2022")
    assert form.timeline_tab.status_on_result.text() == (
        "Suspended since 8 March 2022 by Norfolk City Council, until Russia ends the invasion "
        "of Ukraine; review due 8 March 2023"
    )
    assert partnerships.standing(empty_db, pid, date(2022, 3, 1)).status.label == "Active"
    assert partnerships.standing(empty_db, pid, date(2022, 3, 9)).status.label == "Suspended"
    assert form.status_label.text().startswith("Status today: Suspended since 8 March 2022")

    # The history tab: who changed what, the partnership's children included.
    history = cells(form.history_tab.table)
    whats = {(row[2], row[3].split()[0], row[4], row[6]) for row in history}
    assert ("Created", "Partnership", "Established", "1992") in whats
    assert {row[3] for row in history if row[3].startswith("Partnership")} == {
        "Partnership Norfolk - Kaliningrad"
    }
    assert not any("precision" in row[4] for row in history)
    assert ("Created", "Exchange", "Reason", "COVID-19 pandemic") in whats
    assert ("Created", "Decision", "Action", "Suspend") in whats
    assert ("Changed", "Exchange", "Status", "Canceled") in whats
    assert all(row[1] == empty_db.who for row in history)
    changed = [row for row in history if row[2] == "Changed" and row[4] == "Status"]
    assert [(row[5], row[6]) for row in changed] == [("Planned", "Canceled")]
    assert questions.asked[-1].startswith("cascade: Suspended from 8 March 2022")


def test_answering_no_to_the_cascade_changes_no_exchange(clerk, questions, empty_db):
    dialog = enter_partnership(clerk, empty_db)
    form = dialog.form
    add_exchange(clerk, form, TOUR)
    questions.cascade = []  # "Keep them all"
    decision = add_decision(clerk, form, COUNCIL)
    clerk.save(decision)
    assert not decision.isVisible()
    assert questions.cascade_lists == [["Youth orchestra tour"]]
    (tour,) = lookup.exchanges_of(empty_db, form.record_id)
    assert (tour.status, tour.reason) == ("Planned", "")
    assert cells(form.timeline_tab.table)[0][3:5] == ["Binding", "Suspended"]


def test_someone_else_saved_the_partnership_meanwhile(clerk, questions, empty_db):
    dialog = enter_partnership(clerk, empty_db)
    form = dialog.form
    pid = form.record_id
    # Another clerk saves the same partnership through the services.
    partnerships.update_partnership(empty_db, pid, {"notes": "Signpost covered at Town Point Park"})
    clerk.type(form.notes, "My note")
    questions.record_changed = "reload"
    clerk.save(dialog)
    assert questions.asked[-1].startswith("record changed: Someone else saved this record")
    assert form.notes.toPlainText() == "Signpost covered at Town Point Park"
    assert not form.is_dirty()

    partnerships.update_partnership(empty_db, pid, {"notes": "Theirs again"})
    clerk.type(form.notes, "Mine wins")
    questions.record_changed = "overwrite"
    clerk.save(dialog)
    assert lookup.partnership_record(empty_db, pid)["notes"] == "Mine wins"
    assert form.notes.toPlainText() == "Mine wins"

    partnerships.update_partnership(empty_db, pid, {"notes": "Theirs stays"})
    clerk.type(form.notes, "Mine, not saved")
    questions.record_changed = "cancel"
    clerk.save(dialog)
    assert lookup.partnership_record(empty_db, pid)["notes"] == "Theirs stays"
    assert form.is_dirty()


def test_a_stale_exchange_and_decision_are_caught_too(clerk, questions, empty_db):
    dialog = enter_partnership(clerk, empty_db)
    form = dialog.form
    add_exchange(clerk, form, [("Title", "Visit"), ("Direction", "Outbound")])
    form.exchanges_tab.table.setFocus()
    clerk.qtbot.keyClick(form.exchanges_tab.table, Qt.Key.Key_Return)  # Enter opens the selection
    exchange = form.child_dialog
    assert exchange.form.title_edit.text() == "Visit"
    exchanges.update_exchange(empty_db, exchange.form.record_id, {"title": "Visit (theirs)"})
    clerk.type(exchange.form.title_edit, "Visit (mine)")
    questions.record_changed = "reload"
    clerk.save(exchange)
    assert exchange.form.title_edit.text() == "Visit (theirs)"

    decision = add_decision(clerk, form, GOVERNOR)
    clerk.save(decision)
    form.timeline_tab.table.setFocus()
    clerk.qtbot.keyClick(form.timeline_tab.table, Qt.Key.Key_Return)
    decision = form.child_dialog
    decisions.update_decision(empty_db, decision.form.record_id, {"actor_title": "Gov."})
    clerk.type(decision.form.actor_name, "G. Youngkin")
    questions.record_changed = "overwrite"
    clerk.save(decision)
    assert lookup.decision_record(empty_db, decision.form.record_id)["actor_name"] == "G. Youngkin"
