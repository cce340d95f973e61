"""Leaving the window never throws a clerk's typing away: Ctrl+Q, the title bar's close
button and logging out of the desktop all ask about each open form with unsaved changes
(Save, Discard, Cancel), and Cancel on any of them keeps the window and every form open."""

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from desktop.ui.forms.record_dialog import RecordDialog

FORMS = "desktop.ui.forms.record_dialog"  # imported when the first form opens


def open_forms(window: QWidget) -> list["RecordDialog"]:
    """The record windows open under `window`, innermost first: an exchange opened from a
    partnership is asked about before the partnership."""
    forms = sys.modules.get(FORMS)
    if forms is None:  # no form was ever opened, so none is open (nor loaded at start-up)
        return []
    return [d for d in reversed(window.findChildren(forms.RecordDialog)) if d.isVisible()]


def unsaved_forms(window: QWidget) -> list["RecordDialog"]:
    return [d for d in open_forms(window) if d.has_unsaved_changes()]


def may_close(window: QWidget) -> bool:
    """Ask about every form with unsaved changes; False as soon as the clerk cancels (or a
    save they asked for did not go through: its form says why)."""
    for dialog in unsaved_forms(window):
        dialog.raise_()
        dialog.activateWindow()
        if not dialog.may_leave():
            return False
    return True


def close_forms(window: QWidget) -> None:
    """Close the forms once each has been saved or discarded (nothing left to ask)."""
    for dialog in open_forms(window):
        dialog.done(QDialog.DialogCode.Rejected)


def on_commit_data_requested(window: QWidget, manager) -> None:
    """The desktop session is ending (log out, shut down): ask as closing does. A session
    that does not let us ask is told to wait (cancelled) while a form holds unsaved typing,
    rather than having it thrown away unseen."""
    if not unsaved_forms(window):
        return
    if manager.allowsInteraction():
        keep_going = may_close(window)
        manager.release()
        if not keep_going:
            manager.cancel()
    else:
        manager.cancel()
