"""Forms are driven as a clerk would: typing, Tab, Ctrl+S, Esc. Every question a dialog
would ask is answered here (never exec() in a test); tests read what was asked."""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.forms import cascade_dialog, record_dialog


class Questions:
    """What the forms asked, and the answers to give."""

    def __init__(self):
        self.asked: list[str] = []
        self.unsaved = record_dialog.DISCARD
        self.record_changed = record_dialog.CANCEL
        self.archive = True
        self.cascade: list[int] | str | None = None  # "all" ticks every listed exchange
        self.cascade_lists: list[list[str]] = []
        self.errors: list[str] = []


@pytest.fixture(autouse=True)
def questions(monkeypatch):
    q = Questions()

    def unsaved(parent):
        q.asked.append("unsaved")
        return q.unsaved

    def changed(parent, message):
        q.asked.append(f"record changed: {message}")
        return q.record_changed

    def archive(parent, what):
        q.asked.append(f"archive {what}")
        return q.archive

    def cascade(parent, effect, lines):
        q.asked.append(f"cascade: {effect}")
        q.cascade_lists.append([line.title for line in lines])
        return [line.id for line in lines] if q.cascade == "all" else q.cascade

    def error(parent, message):
        q.errors.append(message)

    monkeypatch.setattr(record_dialog, "ask_unsaved", unsaved)
    monkeypatch.setattr(record_dialog, "ask_record_changed", changed)
    monkeypatch.setattr(record_dialog, "confirm_archive", archive)
    monkeypatch.setattr(record_dialog, "show_error", error)
    monkeypatch.setattr(cascade_dialog, "confirm_cancellations", cascade)
    return q


class Clerk:
    """A clerk at the keyboard."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.dialogs = []

    def show(self, dialog):
        # Not qtbot.addWidget: a closed RecordDialog deletes itself (WA_DeleteOnClose), and
        # pytest-qt would close the deleted object again; `close_all` checks first.
        self.dialogs.append(dialog)
        self.qtbot.waitExposed(dialog)
        self.active(dialog)
        return dialog

    def close_all(self):
        for dialog in self.dialogs:
            if shiboken6.isValid(dialog):
                dialog.form.mark_clean()
                dialog.close()
                dialog.deleteLater()

    def tab(self, widget):
        """Tab on; with a completion list open, the list gets the key, as on screen."""
        popup = QApplication.activePopupWidget()
        self.qtbot.keyClick(popup if popup is not None else widget, Qt.Key.Key_Tab)

    def focused(self, dialog):
        return dialog.focusWidget()

    def fill(self, dialog, entries):
        """Type each value into the focused field and Tab on, checking the field's
        accessible name on the way: the tab order and the names are part of the form."""
        for name, text in entries:
            widget = dialog.focusWidget()
            assert widget.accessibleName() == name, (widget.accessibleName(), name)
            if text:
                if hasattr(widget, "selectAll"):
                    widget.selectAll()
                self.keys(widget, text)
            self.tab(widget)
            self.settle(dialog)

    def keys(self, widget, text):
        """A closed combo box finds its item by the letters typed within Qt's keyboard
        interval (400 ms); on a loaded machine the test's keys can come slower than a clerk's
        and start the search again ('Suspend' landed on 'End'): give them the time."""
        interval = QApplication.keyboardInputInterval()
        QApplication.setKeyboardInputInterval(60_000)
        try:
            self.qtbot.keyClicks(widget, text)
        finally:
            QApplication.setKeyboardInputInterval(interval)

    def focus(self, widget):
        widget.setFocus()

    def type(self, widget, text, *, replace=True):
        if not widget.window().isActiveWindow():
            self.active(widget.window())
        widget.setFocus()
        if replace and hasattr(widget, "selectAll"):
            widget.selectAll()
        self.qtbot.keyClicks(widget, text)
        self.settle(widget.window())

    def settle(self, dialog):
        """The clerk pauses: a check that waits for a pause in typing (the decision's
        preview) has run and shows. Nothing to wait for in the other forms."""
        presenter = getattr(dialog, "presenter", None)
        if presenter is not None:
            self.qtbot.waitUntil(lambda: not presenter.pending())

    def active(self, dialog):
        """The clerk is working in this window (after a child window closed, say)."""
        popup = QApplication.activePopupWidget()
        if popup is not None:  # a completion list left open when the clerk tabbed on
            popup.hide()
        dialog.activateWindow()
        self.qtbot.waitUntil(dialog.isActiveWindow)

    def save(self, dialog):
        self.active(dialog)
        self.qtbot.keyClick(
            dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )

    def escape(self, dialog):
        self.active(dialog)
        self.qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    def pick(self, picker, typed, label):
        """Type part of a name and choose `label` from the completions with the arrows."""
        picker.setFocus()
        picker.selectAll()
        self.qtbot.keyClicks(picker, typed)
        popup = picker.completer().popup()
        shown = [picker.choices.item(r).text() for r in range(picker.choices.rowCount())]
        assert label in shown, shown
        for _ in range(shown.index(label) + 1):
            self.qtbot.keyClick(popup, Qt.Key.Key_Down)
        self.qtbot.keyClick(popup, Qt.Key.Key_Return)
        return shown


@pytest.fixture
def clerk(qtbot, questions):
    clerk = Clerk(qtbot)
    yield clerk
    clerk.close_all()
