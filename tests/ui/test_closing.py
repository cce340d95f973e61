"""Quitting never throws a clerk's typing away (issue 15, 1): Ctrl+Q, the title bar and
logging out ask about every open form with unsaved changes, and Cancel cancels the quit."""

from PySide6.QtCore import Qt

from desktop.services import lookup
from desktop.settings import Settings
from desktop.ui.forms import record_dialog
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import sample_partnership_id


class Answers:
    def __init__(self, monkeypatch, answer):
        self.answer, self.asked = answer, 0

        def ask(parent):
            self.asked += 1
            return self.answer

        monkeypatch.setattr(record_dialog, "ask_unsaved", ask)


def window_with_an_edit(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    pid = sample_partnership_id(db, "Norfolk", "Kaliningrad")
    window.opener.open("partnerships", pid)
    dialog = window.opener._dialogs[-1]
    form = dialog.form
    form.organization.setFocus()
    form.organization.selectAll()
    qtbot.keyClicks(form.organization, "Norfolk Sister City Association of Virginia")
    assert dialog.has_unsaved_changes()
    return window, dialog, pid


def organization(db, pid) -> str:
    return lookup.partnership_record(db, pid)["coordinating_organization"]


def test_ctrl_q_then_cancel_keeps_the_window_and_typing(qtbot, sample_db, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, record_dialog.CANCEL)
    window, dialog, pid = window_with_an_edit(qtbot, sample_db, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert answers.asked == 1
    assert window.isVisible() and dialog.isVisible()
    assert dialog.form.organization.text() == "Norfolk Sister City Association of Virginia"
    window.close()  # the title bar's close button: the same question, the same Cancel
    assert answers.asked == 2 and window.isVisible() and dialog.isVisible()
    assert organization(sample_db, pid) == "Norfolk Sister City Association"
    answers.answer = record_dialog.DISCARD
    window.close()
    assert not window.isVisible()
    assert organization(sample_db, pid) == "Norfolk Sister City Association"


def test_save_on_quitting_saves_then_closes(qtbot, sample_db, tmp_path, monkeypatch):
    Answers(monkeypatch, record_dialog.SAVE)
    window, _dialog, pid = window_with_an_edit(qtbot, sample_db, tmp_path)
    window.actions.quit.trigger()
    assert not window.isVisible()
    assert organization(sample_db, pid) == "Norfolk Sister City Association of Virginia"


class SessionManager:
    """What the desktop hands over when the clerk logs out (QSessionManager's calls)."""

    def __init__(self, interactive=True):
        self.interactive, self.calls = interactive, []

    def allowsInteraction(self):
        self.calls.append("ask")
        return self.interactive

    def release(self):
        self.calls.append("release")

    def cancel(self):
        self.calls.append("cancel")


def test_logging_out_asks_and_cancel_cancels_the_logout(qtbot, sample_db, tmp_path, monkeypatch):
    answers = Answers(monkeypatch, record_dialog.CANCEL)
    window, dialog, _pid = window_with_an_edit(qtbot, sample_db, tmp_path)
    manager = SessionManager()
    window._on_commit_data_requested(manager)
    assert answers.asked == 1 and manager.calls == ["ask", "release", "cancel"]
    assert dialog.isVisible()
    answers.answer = record_dialog.SAVE
    manager = SessionManager()
    window._on_commit_data_requested(manager)
    assert manager.calls == ["ask", "release"]  # saved: the logout goes on
    silent = SessionManager(interactive=False)
    window._on_commit_data_requested(silent)
    assert silent.calls == []  # nothing unsaved any more: nothing to hold the logout for
