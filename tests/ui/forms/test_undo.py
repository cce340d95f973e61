"""Edit > Undo takes back the clerk's last save, archive or restore of the session, names
it in the menu, and is itself an audited change (issue 15, 18)."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.enums import ExchangeStatus
from desktop.services import exchanges, history, listing, lookup, partnerships
from desktop.services.listing import RecordFilter
from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import sample_partnership_id


def undo_text(window) -> str:
    return window.actions.undo.text().replace("&", "")


def make_window(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_undo_puts_a_saved_partnership_back(clerk, sample_db, tmp_path):
    window = make_window(clerk.qtbot, sample_db, tmp_path)
    assert undo_text(window) == "Undo" and not window.actions.undo.isEnabled()
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    window.opener.open("partnerships", pid)
    dialog = clerk.show(window.opener._dialogs[-1])
    clerk.type(dialog.form.organization, "Norfolk-Kaliningrad Friendship Society")
    clerk.save(dialog)
    record = lookup.partnership_record(sample_db, pid)
    assert record["coordinating_organization"] == "Norfolk-Kaliningrad Friendship Society"
    assert undo_text(window) == "Undo: save Norfolk – Kaliningrad"
    dialog.close()
    window.activateWindow()
    clerk.qtbot.waitUntil(window.isActiveWindow)
    window.views["partnerships"].table.setFocus()
    clerk.qtbot.keyClick(
        window.views["partnerships"].table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    record = lookup.partnership_record(sample_db, pid)
    assert record["coordinating_organization"] == "Norfolk Sister City Association"
    assert undo_text(window) == "Undo" and not window.actions.undo.isEnabled()
    last = history.record_history(sample_db, "partnership", pid)[-1]
    assert (last.action, last.field, last.new) == (
        "Changed",
        "Coordinating organization",
        "Norfolk Sister City Association",
    )  # the undo is on the record like any change


def test_undo_archives_a_new_exchange_and_restores_an_archived_one(
    clerk, sample_db, tmp_path, monkeypatch
):
    window = make_window(clerk.qtbot, sample_db, tmp_path)
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    window.opener.open("partnerships", pid)
    dialog = clerk.show(window.opener._dialogs[-1])
    dialog.form.tabs.setCurrentWidget(dialog.form.exchanges_tab)
    dialog.form.exchanges_tab.new_button.click()
    exchange = dialog.form.child_dialog
    clerk.fill(exchange, [("Title", "Choir visit"), ("Direction", "Outbound")])
    clerk.save(exchange)
    assert undo_text(window) == "Undo: save Choir visit"
    window.actions.undo.trigger()
    titles = {r.title for r in listing.EXCHANGES.rows(sample_db, RecordFilter(), order_by="start")}
    assert "Choir visit" not in titles  # archived, never deleted
    archived = listing.EXCHANGES.rows(
        sample_db, RecordFilter(include_archived=True, search="Choir"), order_by="start"
    )
    assert [r.archived for r in archived] == [True]
    # An archive from the window is undone by restoring.
    view = window.views["exchanges"]
    window.tabs.setCurrentWidget(view)
    view.bar.search.setText("Kaliningrad delegation")
    view.bar.changed.emit()
    clerk.qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.is_loading())
    view.table.setCurrentIndex(view.model.index(0, 0))
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.actions.archive.trigger()
    assert undo_text(window) == "Undo: archive Kaliningrad delegation to Norfolk"
    window.actions.undo.trigger()
    delegation = listing.EXCHANGES.rows(
        sample_db, RecordFilter(search="Kaliningrad delegation"), order_by="start"
    )
    assert [r.archived for r in delegation] == [False]


def test_undoing_a_suspension_puts_back_the_exchanges_it_canceled(
    clerk, questions, sample_db, tmp_path
):
    window = make_window(clerk.qtbot, sample_db, tmp_path)
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    tour = exchanges.record_exchange(
        sample_db,
        {"partnership_id": pid, "title": "Youth orchestra tour", "start_on": date(2030, 6, 1),
         "start_precision": "month"},
    )  # fmt: skip
    window.opener.open("partnerships", pid)
    dialog = clerk.show(window.opener._dialogs[-1])
    form = dialog.form
    form.tabs.setCurrentWidget(form.timeline_tab)
    form.timeline_tab.new_button.click()
    decision = form.child_dialog
    questions.cascade = "all"
    clerk.fill(
        decision,
        [
            ("Date", "08/03/2022"),
            ("Who (person)", ""),
            ("Title", ""),
            ("Body", "Norfolk City Council"),
            ("Actor type", "Governing body (council)"),
            ("Action", "Suspend"),
        ],
    )
    clerk.save(decision)
    assert lookup.exchange_record(sample_db, tour.id)["status"] == ExchangeStatus.CANCELED
    assert undo_text(window) == "Undo: save Suspend, 8 March 2022"
    window.actions.undo.trigger()
    assert lookup.exchange_record(sample_db, tour.id)["status"] == ExchangeStatus.PLANNED
    standing = lookup.partnership_standing(sample_db, pid, date(2022, 6, 1))
    assert standing.status.value == "active"


def test_an_undo_over_someone_elses_save_is_refused(clerk, sample_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    window = make_window(clerk.qtbot, sample_db, tmp_path)
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    window.opener.open("partnerships", pid)
    dialog = clerk.show(window.opener._dialogs[-1])
    clerk.type(dialog.form.organization, "Mine")
    clerk.save(dialog)
    partnerships.update_partnership(sample_db, pid, {"notes": "A colleague's note."})
    window.actions.undo.trigger()
    assert told and "was changed by someone else" in told[0]
    record = lookup.partnership_record(sample_db, pid)
    assert (record["coordinating_organization"], record["notes"]) == ("Mine", "A colleague's note.")


def test_a_save_in_a_window_the_form_opened_refreshes_the_lists(clerk, sample_db, tmp_path):
    """Seen in the walk-through: a decision recorded from a partnership's Timeline tab did not
    show in the Decisions tab, whose Print menu then counted one short."""
    window = make_window(clerk.qtbot, sample_db, tmp_path)
    decisions = window.views["decisions"]
    clerk.qtbot.waitUntil(lambda: decisions.model.rowCount() == 7, timeout=20000)
    window.opener.open("partnerships", sample_partnership_id(sample_db, "Norfolk", "Kaliningrad"))
    dialog = clerk.show(window.opener._dialogs[-1])
    dialog.form.tabs.setCurrentWidget(dialog.form.timeline_tab)
    dialog.form.timeline_tab.new_button.click()
    decision = dialog.form.child_dialog
    clerk.fill(
        decision,
        [
            ("Date", "08/03/2022"),
            ("Who (person)", ""),
            ("Title", ""),
            ("Body", "Norfolk City Council"),
            ("Actor type", "Governing body (council)"),
            ("Action", "Suspend"),
        ],
    )
    clerk.save(decision)
    clerk.qtbot.waitUntil(lambda: decisions.model.rowCount() == 8, timeout=20000)
