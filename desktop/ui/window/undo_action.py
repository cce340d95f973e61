"""Edit > Undo (Ctrl+Z): takes back the clerk's last save, archive or restore of this
session, naming it in the menu ("Undo: save Norfolk – Kaliningrad"). In a text field Ctrl+Z
stays the field's own undo of the typing (see shortcuts.py)."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.validation import ValidationError
from desktop.services import undo
from desktop.store.database import Database
from desktop.store.errors import DatabaseLocked, RecordChanged, StoreError


class UndoController(QObject):
    undone = Signal(str)  # what was undone, in words, after it was

    def __init__(self, window: QWidget, db: Database, action: QAction):
        super().__init__(window)
        self._window, self._db, self.action = window, db, action
        self.history = undo.UndoHistory()
        action.triggered.connect(self.undo_last)
        self._show()

    def record(self, change: undo.Change) -> None:
        self.history.push(change)
        self._show()

    def describe(self, change: undo.Change) -> str:
        name = change.name.replace("&", "&&")  # a menu reads '&' as a shortcut letter
        if change.what == undo.ARCHIVE:
            return self.tr("&Undo: archive %1").replace("%1", name)
        if change.what == undo.RESTORE:
            return self.tr("&Undo: restore %1").replace("%1", name)
        return self.tr("&Undo: save %1").replace("%1", name)

    def undo_last(self) -> None:
        change = self.history.latest()
        if change is None:
            return
        try:
            undo.undo(self._db, change)
        except DatabaseLocked as exc:  # kept: the clerk may try again in a moment
            QMessageBox.warning(self._window, self.tr("Not undone"), str(exc))
            return
        except RecordChanged:
            self.history.pop()
            QMessageBox.warning(
                self._window,
                self.tr("Not undone"),
                self.tr(
                    "%1 was changed by someone else after your change, so it was not put "
                    "back; open it to see what it holds now."
                ).replace("%1", change.name),
            )
            self._show()
            return
        except (ValidationError, StoreError) as exc:
            self.history.pop()
            QMessageBox.warning(self._window, self.tr("Not undone"), str(exc))
            self._show()
            return
        self.history.pop()
        self._show()
        self.undone.emit(
            self.describe(change).replace("&&", "\0").replace("&", "").replace("\0", "&")
        )

    def _show(self) -> None:
        change = self.history.latest()
        if change is None:
            self.action.setText(self.tr("&Undo"))
            self.action.setEnabled(False)
            self.action.setStatusTip(self.tr("Nothing saved, archived or restored to undo yet"))
            return
        self.action.setText(self.describe(change))
        self.action.setEnabled(not self._db.read_only)
        self.action.setStatusTip(self.tr("Take back your last change (it is in the history)"))


def _plain(menu_text: str) -> str:
    """'&Undo: save Arts && Crafts' -> 'Undo: save Arts & Crafts'."""
    return menu_text.replace("&&", "\0").replace("&", "").replace("\0", "&")
