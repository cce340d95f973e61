"""File > Import history...: every past import (when, who, which file, what came of it) and
Undo for one that nothing has changed since; what stops an undo is said, record by record."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.words import fill
from desktop.services.importing.batches import PastImport, list_batches, undo_batch, undo_blockers
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.worker import Worker

HEADERS = (
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "Batch"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "When (UTC)"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "Who"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "File"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "Rows"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "New"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "Restored"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "Matched"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "Filled in"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "Rejected"),
    QT_TRANSLATE_NOOP("ImportHistoryDialog", "Undone"),
)


class ImportHistoryDialog(QDialog):
    def __init__(self, *, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._imports: list[PastImport] = []
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Import history"))
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setAccessibleName(self.tr("Past imports"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import..."), self)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        try:
            self._imports = list_batches(self._db)
        except StoreError as exc:
            self.status_label.setText(str(exc))
            self._imports = []
        self.table.setRowCount(len(self._imports))
        for row, past in enumerate(self._imports):
            undone = self.tr("by %1").replace("%1", str(past.undone_by)) if past.undone_at else ""
            values = (
                str(past.id), f"{past.at:%Y-%m-%d %H:%M}", past.who, past.file_name,
                f"{past.rows:,}", f"{past.new:,}", f"{past.restored:,}", f"{past.matched:,}",
                f"{past.filled:,}", f"{past.rejected:,}", undone,
            )  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if not self._imports:
            self.status_label.setText(self.tr("No list has been imported into this registry."))
        self._on_table_selection_changed()

    def selected(self) -> PastImport | None:
        rows = self.table.selectionModel().selectedRows()
        return self._imports[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        past = self.selected()
        self.undo_button.setEnabled(
            past is not None and past.undone_at is None and not self._db.read_only
        )

    def _on_undo_clicked(self) -> None:
        """First what could stop the undo, looked up in the background (at tens of
        thousands of records it takes seconds), then the clerk's yes."""
        past = self.selected()
        if past is None:
            return
        self.undo_button.setEnabled(False)
        self.status_label.setText(
            self.tr("Checking what import %1 wrote ...").replace("%1", str(past.id))
        )
        db = self._db
        self.worker = Worker(lambda progress: undo_blockers(db, past.id), (StoreError, ValueError))
        self.worker.signals.finished.connect(lambda blockers: self._ask_to_undo(past, blockers))
        self.worker.signals.failed.connect(self._on_undo_failed)
        self.worker.start()

    def _ask_to_undo(self, past: PastImport, blockers: list[str]) -> None:
        self._on_table_selection_changed()
        if blockers:
            self.status_label.setText(
                fill(
                    self.tr("Import %1 cannot be undone, because something changed since: %2"),
                    past.id,
                    " ".join(blockers),
                )
            )
            return
        self.status_label.clear()
        answer = QMessageBox.question(
            self,
            self.tr("Undo an import"),
            fill(
                self.tr(
                    "Undo import %1 of %2 (%3 new partnerships and what it filled in)? The records "
                    "it created are archived, not deleted, and the undo is in the history."
                ),
                past.id,
                past.file_name,
                f"{past.new:,}",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_button.setEnabled(False)
        self.status_label.setText(self.tr("Undoing import %1 ...").replace("%1", str(past.id)))
        db, batch_id = self._db, past.id
        self.worker = Worker(lambda progress: undo_batch(db, batch_id), (StoreError, ValueError))
        self.worker.signals.finished.connect(self._on_undo_finished)
        self.worker.signals.failed.connect(self._on_undo_failed)
        self.worker.start()

    def _on_undo_finished(self, count: int) -> None:
        self.status_label.setText(
            self.tr("Import undone: %1 records archived or put back as they were.").replace(
                "%1", f"{count:,}"
            )
        )
        self.refresh()

    def _on_undo_failed(self, message: str) -> None:
        self.status_label.setText(
            self.tr("The import stays; the undo failed: %1").replace("%1", str(message))
        )
        self._on_table_selection_changed()
