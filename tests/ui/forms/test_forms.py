"""Each form's messages at the fields, the unsaved-changes question, Esc, Ctrl+N and
archiving, as a clerk meets them."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.enums import ActorType
from desktop.services import communities, decisions, exchanges, lookup, partnerships
from desktop.ui.forms import open_community, open_decision, open_exchange, open_partnership
from desktop.ui.forms.partnership_tabs import cells


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


def test_partnership_messages_at_the_fields(clerk, empty_db):
    dialog = clerk.show(open_partnership(None, empty_db))
    form = dialog.form
    clerk.type(form.established, "31/02/1992")
    assert form.error_text("established") == (
        "'31/02/1992' is not a real date (check the day and month)"
    )
    assert form.error_text("local") == ""  # not been there yet
    clerk.save(dialog)
    assert form.error_text("local") == (
        "Choose the local community from the list, or 'New community...' at its end."
    )
    assert form.error_text("partner").startswith("Choose the partner community")
    assert dialog.focusWidget() is form.local
    assert form.record_id is None and lookup.community_completions(empty_db, "a") == []
    clerk.type(form.established, "March 1992")
    assert form.error_text("established") == ""
    assert form.established.hint.text() == "Read as March 1992"


def test_partnership_rules_from_the_service_show_at_the_field(clerk, empty_db):
    values = {"name": "Norfolk", "subdivision": "Virginia", "country": "US"}
    communities.create_community(empty_db, values)
    dialog = clerk.show(open_partnership(None, empty_db))
    form = dialog.form
    clerk.pick(form.local, "Norf", "Norfolk, Virginia, United States")
    clerk.pick(form.partner, "Norf", "Norfolk, Virginia, United States")
    clerk.save(dialog)
    assert form.record_id is None
    assert form.error_text("partner") == "A community cannot partner with itself."


def test_tabbing_out_of_an_exact_name_chooses_it(clerk, empty_db):
    _, kaliningrad, _ = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_partnership(None, empty_db))
    clerk.type(dialog.form.local, "kaliningrad")
    clerk.tab(dialog.form.local)
    assert dialog.form.local.community_id() == kaliningrad.id
    assert dialog.form.local.text() == "Kaliningrad, Russia"


def test_community_messages(clerk, empty_db):
    communities.create_community(empty_db, {"name": "Kaliningrad", "country": "RU"})
    dialog = clerk.show(open_community(None, empty_db))
    form = dialog.form
    clerk.type(form.country, "Rusia")
    assert form.error_text("country").startswith(
        "'Rusia' is not a country I know. Did you mean Russia"
    )
    clerk.type(form.population, "about a million")
    assert form.error_text("population") == "Population is a whole number."
    clerk.save(dialog)
    assert form.error_text("name") == "Give the community's name."
    clerk.type(form.country, "RU")
    assert form.country.hint.text() == "Russia (RU)"
    clerk.type(form.population, "1000000")
    clerk.type(form.name, "Kaliningrad")
    clerk.save(dialog)
    assert form.error_text("name") == (
        "Kaliningrad (RU) is already in the registry; pick it instead."
    )
    assert dialog.isVisible()


def test_exchange_messages(clerk, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_exchange(None, empty_db, partnership_id=partnership.id))
    form = dialog.form
    assert form.partnership_label.text() == "Norfolk, Virginia, United States - Kaliningrad, Russia"
    clerk.type(form.participants, "many")
    assert form.error_text("participants") == "Participants is a whole number, e.g. 12."
    clerk.type(form.start, "May 2019")
    clerk.type(form.end, "2018")
    assert form.error_text("end") == "The exchange ends before it starts."
    clerk.type(form.status, "Postponed")
    assert form.error_text("reason") == (
        "Say why the exchange was postponed (for example 'COVID-19 pandemic')."
    )
    clerk.save(dialog)
    assert form.error_text("title") == "Give the exchange a title, e.g. 'ODU faculty visit'."
    assert lookup.exchanges_of(empty_db, partnership.id) == []


def test_decision_messages_and_a_mayor_who_holds_the_authority(clerk, empty_db):
    chicago = communities.create_community(
        empty_db, {"name": "Chicago", "subdivision": "Illinois", "country": "US"}
    )
    moscow = communities.create_community(empty_db, {"name": "Moscow", "country": "RU"})
    partnership = partnerships.create_partnership(
        empty_db,
        {"local_id": chicago.id, "partner_id": moscow.id, "established_on": date(1997, 1, 1),
         "established_precision": "year"},
    )  # fmt: skip
    # Chicago's mayor decides: tick it in the community form (and untick the council).
    community = clerk.show(open_community(None, empty_db, chicago.id))
    community.form.authority[ActorType.MAYOR_EXECUTIVE].click()
    community.form.authority[ActorType.GOVERNING_BODY].click()
    clerk.save(community)
    assert not community.isVisible()
    assert lookup.community_record(empty_db, chicago.id)["binding_actor_types"] == (
        "mayor_executive"
    )

    dialog = clerk.show(open_decision(None, empty_db, partnership_id=partnership.id))
    form = dialog.form
    assert form.binding_label.text().startswith("Fill in the date")
    clerk.save(dialog)
    assert form.error_text("decided_on") == "Give the date of the decision."
    assert form.error_text("actor_name") == "Say who decided: a person, a title or a body."
    assert form.error_text("action") == "Choose what was decided or asked."
    clerk.fill(
        dialog,
        [
            ("Date", "01/03/2022"),
            ("Who (person)", "Lori Lightfoot"),
            ("Title", "Mayor"),
            ("Body", ""),
            ("Actor type", "Mayor/executive"),
            ("Action", "Reaffirm/continue"),
            ("Effective from", ""),
            ("Condition", "until the end of hostilities"),
            ("Review date", "01/03/2023"),
        ],
    )
    assert form.error_text("review_on") == "A review date belongs to a suspension."
    clerk.type(form.action, "Suspend")
    assert form.error_text("review_on") == ""
    assert form.effect_label.text().endswith("; review due 1 March 2023")
    clerk.type(form.review_on, "01/01/2022")
    assert form.error_text("review_on") == (
        "The review date is before the decision takes effect (1 March 2022)."
    )
    clerk.type(form.review_on, "2023")
    assert form.error_text("review_on") == "Give the day as well, for example 28/02/2022."
    form.review_on.setFocus()
    form.review_on.selectAll()
    clerk.qtbot.keyClick(form.review_on, Qt.Key.Key_Delete)
    assert form.error_text("review_on") == ""
    clerk.settle(dialog)  # the preview is read once the clerk pauses
    assert form.binding_label.text() == "Binding for this community."
    assert form.effect_label.text() == "Suspended from 1 March 2022, until the end of hostilities"
    clerk.save(dialog)
    assert not dialog.isVisible()
    standing = partnerships.standing(empty_db, partnership.id, date(2022, 3, 2))
    assert standing.status.label == "Suspended"


def test_a_mayor_without_the_authority_is_warned_before_saving(clerk, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_decision(None, empty_db, partnership_id=partnership.id))
    form = dialog.form
    clerk.fill(
        dialog,
        [
            ("Date", "26/02/2022"),
            ("Who (person)", "Kenny Alexander"),
            ("Title", "Mayor"),
            ("Body", ""),
            ("Actor type", "Mayor/executive"),
            ("Action", "Suspend"),
        ],
    )
    assert form.binding_label.text() == (
        "Not binding: the actor does not hold the authority for this community."
    )
    assert form.effect_label.text() == (
        "Recorded as a position; the status stays Active. Only the governing body (council) "
        "can change it for this community."
    )
    clerk.save(dialog)
    assert not dialog.isVisible()
    standing = partnerships.standing(empty_db, partnership.id, date(2022, 3, 1))
    assert standing.status.label == "Active"
    (line,) = lookup.timeline(empty_db, partnership.id)
    assert (line.action, line.weight, line.status_after) == ("Suspend", "Position", "")


def test_unsaved_changes_are_asked_about(clerk, questions, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_exchange(None, empty_db, partnership_id=partnership.id))
    clerk.escape(dialog)  # nothing typed: closes without a question
    assert not dialog.isVisible() and questions.asked == []

    dialog = clerk.show(open_exchange(None, empty_db, partnership_id=partnership.id))
    clerk.type(dialog.form.title_edit, "Sister schools")
    assert dialog.windowTitle() == "New exchange*"
    questions.unsaved = "cancel"
    clerk.escape(dialog)
    assert questions.asked == ["unsaved"] and dialog.isVisible()
    questions.unsaved = "discard"
    clerk.escape(dialog)
    assert not dialog.isVisible()
    assert lookup.exchanges_of(empty_db, partnership.id) == []

    dialog = clerk.show(open_exchange(None, empty_db, partnership_id=partnership.id))
    clerk.type(dialog.form.title_edit, "Sister schools")
    questions.unsaved = "save"
    dialog.close()  # the window's close button asks the same
    assert not dialog.isVisible()
    assert [e.title for e in lookup.exchanges_of(empty_db, partnership.id)] == ["Sister schools"]
    assert questions.asked == ["unsaved"] * 3


def test_ctrl_n_starts_a_new_record_and_ctrl_s_saves_it(clerk, questions, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_partnership(None, empty_db, partnership.id))
    assert dialog.form.record_id == partnership.id
    assert dialog.windowTitle() == (
        "Partnership: Norfolk, Virginia, United States - Kaliningrad, Russia"
    )
    clerk.active(dialog)
    clerk.qtbot.keyClick(dialog.form.local, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.form.record_id is None and dialog.form.local.text() == ""
    assert dialog.windowTitle() == "New partnership"
    assert not dialog.form.tabs.isEnabled()


def test_archive_asks_first_and_keeps_the_record(clerk, questions, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    exchange = exchanges.record_exchange(
        empty_db, {"partnership_id": partnership.id, "title": "Sister schools"}
    )
    dialog = clerk.show(open_partnership(None, empty_db, partnership.id))
    form = dialog.form
    form.exchanges_tab.table.setFocus()
    clerk.qtbot.keyClick(form.exchanges_tab.table, Qt.Key.Key_Return)
    child = form.child_dialog
    questions.archive = False
    child.archive_button.click()
    assert questions.asked == ["archive Exchange: Sister schools"]
    assert child.isVisible() and len(lookup.exchanges_of(empty_db, partnership.id)) == 1
    questions.archive = True
    child.archive_button.click()
    assert not child.isVisible()
    assert lookup.exchanges_of(empty_db, partnership.id) == []
    assert lookup.exchange_record(empty_db, exchange.id)["archived_at"] is not None
    history = cells(form.history_tab.table)
    assert ["Archived", "Exchange Sister schools", "Archived at"] in [row[2:5] for row in history]
    assert decisions  # the module stays importable for the preview the form uses


def tab_order(clerk, dialog, steps):
    names = []
    for _ in range(steps):
        widget = dialog.focusWidget()
        names.append(widget.accessibleName() or getattr(widget, "text", type(widget).__name__)())
        clerk.tab(widget)
    return names


def test_tab_order_follows_the_page(clerk, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_partnership(None, empty_db))
    # A new partnership has no tabs or archive yet: from the last field to Save.
    assert tab_order(clerk, dialog, 15) == [
        "Local community", "Partner community", "Kind", "Established", "How it developed",
        "Coordinating organization", "Notes", "Local signatory", "Local signatory's title",
        "Local signed on", "Partner signatory", "Partner signatory's title", "Partner signed on",
        "&Save", "Close",
    ]  # fmt: skip
    dialog = clerk.show(open_exchange(None, empty_db, partnership_id=partnership.id))
    assert tab_order(clerk, dialog, 10) == [
        "Title", "Direction", "Programme area", "Starts", "Ends", "Participants",
        "Institutions", "Status", "Reason", "Notes",
    ]  # fmt: skip
    dialog = clerk.show(open_community(None, empty_db))
    assert tab_order(clerk, dialog, 6) == [
        "Name", "Subdivision", "Country", "Kind", "Population", "Governing body (council)",
    ]  # fmt: skip


def test_a_message_is_also_the_fields_accessible_description(clerk, empty_db):
    dialog = clerk.show(open_community(None, empty_db))
    clerk.save(dialog)
    assert dialog.form.name.accessibleDescription() == "Give the community's name."
    clerk.type(dialog.form.name, "Kaliningrad")
    assert dialog.form.name.accessibleDescription() == ""


def test_the_cascade_question_lists_the_exchanges_with_tick_boxes(qtbot):
    from desktop.services.lookup import ExchangeLine
    from desktop.ui.forms.cascade_dialog import CascadeDialog

    lines = [
        ExchangeLine(7, "Youth orchestra tour", "Outbound", "June 2022", "", "", "Planned", ""),
        ExchangeLine(9, "Faculty visit", "Inbound", "2023", "", "", "Confirmed", ""),
    ]
    dialog = CascadeDialog("Suspended from 8 March 2022", lines)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [check.text() for check in dialog.checks.values()]
    assert texts == [
        "Youth orchestra tour - June 2022 - Planned",
        "Faculty visit - 2023 - Confirmed",
    ]
    assert dialog.chosen() == [7, 9]  # ticked to begin with; nothing happens until a button
    dialog.checks[9].click()
    dialog.cancel_them.click()
    assert (dialog.result(), dialog.chosen()) == (1, [7])
