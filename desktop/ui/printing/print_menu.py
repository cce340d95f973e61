"""File > Print, Preview and Save as PDF, of what the clerk is looking at, saying what:
"Print the profile of Norfolk – Kaliningrad...", "Print this list: 12 decisions...".

With a row selected, the first three print its profile and three more print the list; with
none, the three print the tab's list (see print_targets.py). Ctrl+P prints the first. The
texts follow the tab, the selection and the count as they change. The briefing memo and
the exchange calendar are documents of their own below them.
"""

from datetime import date
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox

from desktop.settings import Settings
from desktop.store.database import Database
from desktop.ui.printing.glance_print import glance_target
from desktop.ui.printing.print_targets import PrintTarget, list_target, profile_target

PRINT, PREVIEW, PDF, PNG = "print", "preview", "pdf", "png"


class PrintMenu(QObject):
    def __init__(self, window: QMainWindow, *, db: Database, settings: Settings):
        super().__init__(window)
        self._window, self._db, self._settings = window, db, settings
        self._worker = None
        # The first three act on the selection's profile if any, else on the list.
        self.print_action = self._action(PRINT, first=True)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.preview_action = self._action(PREVIEW, first=True)
        self.pdf_action = self._action(PDF, first=True)
        self.png_action = self._action(PNG, first=True)  # the Overview and the Map
        # These three, shown beside a profile, act on the list.
        self.list_print_action = self._action(PRINT, first=False)
        self.list_preview_action = self._action(PREVIEW, first=False)
        self.list_pdf_action = self._action(PDF, first=False)
        # The toolbar's short button for the first.
        self.toolbar_action = QAction(self.tr("Print"), window)
        self.toolbar_action.triggered.connect(self.print_action.trigger)
        self.memo_action = QAction(self.tr("Briefing &memo (PDF)..."), window)
        self.memo_action.triggered.connect(self._on_memo_triggered)
        self.calendar_action = QAction(self.tr("Exchange &calendar (PDF)..."), window)
        self.calendar_action.triggered.connect(self._on_calendar_triggered)

    def _action(self, kind: str, *, first: bool) -> QAction:
        action = QAction(self._window)
        action.triggered.connect(lambda: self._run(kind, first))
        return action

    def add_to(self, menu: QMenu) -> None:
        for action in (
            self.print_action,
            self.preview_action,
            self.pdf_action,
            self.png_action,
            self.list_print_action,
            self.list_preview_action,
            self.list_pdf_action,
        ):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.memo_action)
        menu.addAction(self.calendar_action)
        menu.aboutToShow.connect(self.update_texts)
        self.update_texts()

    # --- what to print ----------------------------------------------------------------

    def targets(self) -> tuple[PrintTarget, PrintTarget | None]:
        """(what the first three print, what the list three print when shown)."""
        glance = glance_target(self._window, self._db)
        if glance is not None:
            return glance, None
        listed = list_target(self._window, self._db)
        profile = profile_target(self._window, self._db)
        return (profile, listed) if profile is not None else (listed, None)

    def update_texts(self) -> None:
        first, second = self.targets()
        for action, kind in (
            (self.print_action, PRINT),
            (self.preview_action, PREVIEW),
            (self.pdf_action, PDF),
        ):
            action.setText(self._text(kind, first))
        self.png_action.setVisible(first.png is not None)
        self.png_action.setText(self.tr("Save %1 as P&NG...").replace("%1", first.what))
        for action, kind in (
            (self.list_print_action, PRINT),
            (self.list_preview_action, PREVIEW),
            (self.list_pdf_action, PDF),
        ):
            action.setVisible(second is not None)
            if second is not None:
                action.setText(self._text(kind, second, accelerator=False))
        plain = self.print_action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.toolbar_action.setToolTip(plain.removesuffix("..."))
        self.toolbar_action.setStatusTip(plain.removesuffix("..."))

    def _text(self, kind: str, target: PrintTarget, accelerator: bool = True) -> str:
        what = target.what.replace("&", "&&")
        if kind == PRINT:
            text = self.tr("&Print %1...") if accelerator else self.tr("Print %1...")
        elif kind == PREVIEW:
            text = self.tr("Pre&view %1...") if accelerator else self.tr("Preview %1...")
        elif accelerator:
            text = self.tr("Save %1 as P&DF...")
        else:
            text = self.tr("Save %1 as PDF...")
        return text.replace("%1", what)

    def _run(self, kind: str, first: bool) -> None:
        main, second = self.targets()
        target = main if first or second is None else second
        if target.prepare is not None:
            target = target.prepare()
        if kind == PNG:
            self._save_png(target)
            return
        print_actions = _print_actions()
        setup = print_actions.page_setup(self._settings)
        if kind == PRINT:
            self._worker = print_actions.print_document(self._window, target.build, setup)
        elif kind == PREVIEW:
            self._worker = print_actions.preview_document(self._window, target.build, setup)
        else:
            self._save(target.build, target.file_name)

    def _save(self, build, name: str) -> None:
        print_actions = _print_actions()
        self._worker = print_actions.save_pdf(
            self._window,
            build,
            name,
            print_actions.page_setup(self._settings),
            self._on_saved,
            settings=self._settings,
        )

    def _save_png(self, target: PrintTarget) -> None:
        self._worker = _print_actions().save_png(
            self._window,
            target.png,
            target.file_name.removesuffix(".pdf") + ".png",
            self._on_saved,
            settings=self._settings,
        )

    def _on_saved(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10_000)
        QMessageBox.information(self._window, self.tr("Saved"), message)

    def _on_memo_triggered(self) -> None:
        f = self._window.views["partnerships"].current_filter()
        office = _print_actions().page_setup(self._settings).office
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


def _print_actions():
    """Printing (Qt's print support, the PDF writer) loads when first used, not at start-up."""
    from desktop.ui.printing import print_actions

    return print_actions


def _memo(db, f, office, progress):
    from desktop.reports.documents.builders import build_briefing

    return build_briefing(db, f, None, office, progress)


def _calendar(db, year, progress):
    from desktop.reports.documents.builders import build_calendar

    return build_calendar(db, year, progress)
