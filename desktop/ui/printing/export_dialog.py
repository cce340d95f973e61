"""File > Export briefing...: ask where, export in the background, say how it went.

The export runs in a Worker, so the window stays responsive; a progress dialog shows how far
it is and can cancel it. A cancelled or failed export leaves no file (the workbook is written
to a temporary file and moved into place only when whole).
"""

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.domain.words import fill
from desktop.reports.atomic import DestinationError, check_destination
from desktop.reports.briefing_workbook import BriefingResult
from desktop.reports.briefing_workbook import export_briefing as write_briefing
from desktop.services.listing import RecordFilter
from desktop.settings import Settings
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.file_dialogs import WORKBOOK, ask_save_path
from desktop.ui.plurals import counted, plural
from desktop.ui.worker import Worker


class BriefingExport(QObject):
    """One export in progress. Kept alive by its parent until it is over."""

    done = Signal(object)  # the BriefingResult, or None when cancelled or failed

    def __init__(self, parent: QWidget, db: Database, f: RecordFilter, path: Path):
        super().__init__(parent)
        self._parent, self.path = parent, path
        self.dialog = QProgressDialog(
            self.tr("Exporting the briefing to %1 ...").replace("%1", path.name),
            self.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(self.tr("Export briefing"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # a small export finishes without a flash
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker = Worker(
            lambda progress: write_briefing(db, path, f, progress),
            expected=(OSError, ValueError, StoreError),  # all of them have plain messages
        )
        self.worker.signals.progress.connect(self._on_worker_progress)
        self.worker.signals.finished.connect(self._on_worker_finished)
        self.worker.signals.failed.connect(self._on_worker_failed)
        self.worker.signals.cancelled.connect(self._on_worker_cancelled)
        self.dialog.canceled.connect(self._on_dialog_canceled)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.worker.start(pool)

    def _on_dialog_canceled(self) -> None:
        self.dialog.setLabelText(self.tr("Cancelling; nothing will be written ..."))
        self.worker.cancel()

    def _on_worker_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(self.tr("Exporting the briefing: %1").replace("%1", message))

    def _on_worker_finished(self, result: BriefingResult) -> None:
        self._close()
        counts = ", ".join(
            (
                counted("partnerships", result.partnerships),
                counted("exchanges", result.exchanges),
                plural("%n timeline entry(ies)", result.decisions),
                counted("attention", result.attention),
            )
        )
        text = fill(self.tr("The briefing was saved as %1.\n\n%2."), result.path, counts)
        answer = QMessageBox.information(
            self._parent,
            self.tr("Briefing exported"),
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Open,
            QMessageBox.StandardButton.Ok,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
        self.done.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        self._close()
        QMessageBox.warning(
            self._parent,
            self.tr("Export failed"),
            self.tr("The briefing was not saved. %1").replace("%1", message),
        )
        self.done.emit(None)

    def _on_worker_cancelled(self) -> None:
        self._close()
        self.done.emit(None)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self._on_dialog_canceled)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()


class _Asker(QObject):
    """Only here for self.tr() in the file dialog's texts."""

    def ask(self, parent: QWidget, settings: Settings | None) -> Path | None:
        return ask_save_path(
            parent,
            settings,
            WORKBOOK,
            title=self.tr("Export briefing"),
            name=f"briefing-{date.today().isoformat()}.xlsx",
            filter=self.tr("Excel workbook (*.xlsx)"),
            suffix=".xlsx",
        )

    def refuse(self, parent: QWidget, message: str) -> None:
        QMessageBox.warning(parent, self.tr("Cannot save there"), message)


def export_briefing(
    parent: QWidget,
    db: Database,
    f: RecordFilter,
    search_text: str = "",
    *,
    pool: QThreadPool | None = None,
    settings: Settings | None = None,
) -> BriefingExport | None:
    """Export what the current view selects (filters, search, as-of date) to a workbook.

    Returns at once with the running export (None when the clerk chose no file or the
    place cannot be written); the clerk hears how it went from a message box.
    """
    if search_text:
        f = replace(f, search=search_text)
    asker = _Asker()
    path = asker.ask(parent, settings)
    if path is None:
        return None
    try:
        check_destination(path)
    except DestinationError as exc:
        asker.refuse(parent, str(exc))
        return None
    run = BriefingExport(parent, db, f, path)
    run.start(pool)
    return run
