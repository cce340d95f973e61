"""File > Print, Print preview, Save as PDF, and the briefing memo and exchange calendar.

What is printed: the selected partnership's profile when a partnership is selected on
the Partnerships tab, otherwise the list report of what that tab's filters select.
"""

from datetime import date
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox

from desktop.domain.countries import fold
from desktop.reports.documents.builders import (
    build_briefing,
    build_calendar,
    build_list,
    build_profile,
)
from desktop.settings import Settings
from desktop.store.database import Database
from desktop.ui import print_actions
from desktop.ui.tables.lazy_model import ROW_ROLE


class PrintMenu(QObject):
    def __init__(self, window: QMainWindow, *, db: Database, settings: Settings):
        super().__init__(window)
        self._window, self._db, self._settings = window, db, settings
        self.print_action = self._action(
            "&Print...", QKeySequence.StandardKey.Print, print_actions.print_document
        )
        self.preview_action = self._action(
            "Print pre&view...", None, print_actions.preview_document
        )
        self.pdf_action = QAction(self.tr("Save as P&DF..."), window)
        self.pdf_action.triggered.connect(self._on_pdf_triggered)
        self.memo_action = QAction(self.tr("Briefing &memo (PDF)..."), window)
        self.memo_action.triggered.connect(self._on_memo_triggered)
        self.calendar_action = QAction(self.tr("Exchange &calendar (PDF)..."), window)
        self.calendar_action.triggered.connect(self._on_calendar_triggered)

    def _action(self, text, shortcut, run) -> QAction:
        action = QAction(self.tr(text), self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda: self._run(run))
        return action

    def add_to(self, menu: QMenu) -> None:
        for action in (self.print_action, self.preview_action, self.pdf_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.memo_action)
        menu.addAction(self.calendar_action)

    # --- what to print ----------------------------------------------------------------

    def _document(self):
        """(build, suggested file name) for the selection or the current view."""
        partnerships = self._window.views["partnerships"]
        selected = (
            partnerships.selected_id() if self._window.current_view() is partnerships else None
        )
        f = partnerships.current_filter()
        if selected is not None:
            row = partnerships.table.currentIndex().data(ROW_ROLE)
            name = _file_name(f"{row.local}-{row.partner}") if row else f"partnership-{selected}"
            return (
                lambda progress: build_profile(self._db, selected, f.as_of, progress),
                f"{name}.pdf",
            )
        return (
            lambda progress: build_list(self._db, f, progress=progress),
            f"partnerships-{f.as_of.isoformat()}.pdf",
        )

    def _setup(self):
        return print_actions.page_setup(self._settings)

    def _run(self, run) -> None:
        build, _ = self._document()
        self._worker = run(self._window, build, self._setup())

    def _save(self, build, name: str) -> None:
        self._worker = print_actions.save_pdf(
            self._window, build, name, self._setup(), self._on_saved
        )

    def _on_saved(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10_000)
        QMessageBox.information(self._window, self.tr("Saved"), message)

    def _on_pdf_triggered(self) -> None:
        build, name = self._document()
        self._save(build, name)

    def _on_memo_triggered(self) -> None:
        f = self._window.views["partnerships"].current_filter()
        office = self._setup().office
        self._save(partial(_memo, self._db, f, office), f"briefing-memo-{f.as_of}.pdf")

    def _on_calendar_triggered(self) -> None:
        year, ok = QInputDialog.getInt(
            self._window,
            self.tr("Exchange calendar"),
            self.tr("Year:"),
            date.today().year,
            1900,
            2999,
        )
        if ok:
            self._save(partial(_calendar, self._db, year), f"exchange-calendar-{year}.pdf")


def _memo(db, f, office, progress):
    return build_briefing(db, f, None, office, progress)


def _calendar(db, year, progress):
    return build_calendar(db, year, progress)


def _file_name(text: str) -> str:
    """'Norfolk-Kaliningrad' -> 'norfolk-kaliningrad': a file name any system accepts."""
    folded = fold(text)
    return "-".join("".join(c if c.isalnum() else " " for c in folded).split()) or "profile"
