"""The window's shortcuts work from its text fields too (the search box, the filters).

A text field takes some keys for itself before any shortcut sees them: on X11 a line edit
reads Ctrl+E as "end of line" (an Emacs habit), so Export briefing did nothing while the
cursor was in the search box. The fields keep the keys a clerk edits text with (copy, cut,
paste, undo, select all, delete a word); any other key that is one of the window's
shortcuts goes to the window.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

# What a text field does with these keys is what a clerk expects there; they stay its own.
FIELD_KEYS = tuple(
    getattr(QKeySequence.StandardKey, name)
    for name in (
        "Copy",
        "Cut",
        "Paste",
        "Undo",
        "Redo",
        "SelectAll",
        "Delete",
        "Backspace",
        "DeleteEndOfWord",
        "DeleteStartOfWord",
        "MoveToNextWord",
        "MoveToPreviousWord",
        "SelectNextWord",
        "SelectPreviousWord",
    )
)


class WindowKeysFirst(QObject):
    """An event filter for `window`'s text fields: its shortcuts win over a field's own
    reading of a key, except for the keys of FIELD_KEYS."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window

    def watch(self, fields) -> None:
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched, event):  # Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and self.window_takes(event):
            event.ignore()  # not the field's: the shortcut map gives it to the window
            return True
        return False

    def window_takes(self, event) -> bool:
        if any(event.matches(key) for key in FIELD_KEYS):
            return False
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        return any(
            shortcut.matches(pressed) == exact
            for action in self._window.findChildren(QAction)
            if action.isEnabled()
            for shortcut in action.shortcuts()
        )


def window_keys_first(window: QWidget) -> WindowKeysFirst:
    """Watch every text field the window has now (filter bars, the attention date)."""
    keys = WindowKeysFirst(window)
    keys.watch(window.findChildren(QLineEdit))
    return keys
