"""The 'Possible duplicates' window: pairs of communities that may be one place, and a
merge that keeps every record linked to either."""

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

from desktop.domain.validation import ValidationError
from desktop.domain.words import fill
from desktop.services.duplicates import PossibleDuplicate, merge_communities, possible_duplicates
from desktop.store.database import Database


class DuplicatesDialog(QDialog):
    def __init__(self, *, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self._pairs: list[PossibleDuplicate] = []
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Community"), self.tr("Perhaps the same as"), self.tr("Similarity")]
        )
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.keep_first_button = QPushButton(self.tr("Keep the &first, merge the second in"))
        self.keep_second_button = QPushButton(self.tr("Keep the &second, merge the first in"))
        self.keep_first_button.clicked.connect(lambda: self._merge(keep_first=True))
        self.keep_second_button.clicked.connect(lambda: self._merge(keep_first=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_first_button)
        buttons.addWidget(self.keep_second_button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self._pairs = possible_duplicates(self._db)
        self.table.setRowCount(len(self._pairs))
        for row, pair in enumerate(self._pairs):
            score = self.tr("same name") if pair.score >= 100 else f"{pair.score:.0f}%"
            for column, text in enumerate((pair.first, pair.second, score)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if not self._pairs:
            self.status_label.setText(self.tr("No possible duplicates."))
        self._on_table_selection_changed()

    def _selected(self) -> PossibleDuplicate | None:
        rows = self.table.selectionModel().selectedRows()
        return self._pairs[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        chosen = self._selected() is not None
        self.keep_first_button.setEnabled(chosen)
        self.keep_second_button.setEnabled(chosen)

    def _merge(self, keep_first: bool) -> None:
        pair = self._selected()
        if pair is None:
            return
        keep, merge = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        keep_id, merge_id = (
            (pair.first_id, pair.second_id) if keep_first else (pair.second_id, pair.first_id)
        )
        answer = QMessageBox.question(
            self,
            self.tr("Merge communities"),
            fill(
                self.tr(
                    "Merge %1 into %2? Its partnerships, exchanges and decisions move to %3; "
                    "%4 is archived. The audit trail records the merge."
                ),
                merge,
                keep,
                keep,
                merge,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            merge_communities(self._db, keep_id, merge_id)
        except ValidationError as exc:
            self.status_label.setText(str(exc))
            return
        self.refresh()
        self.status_label.setText(fill(self.tr("%1 was merged into %2."), merge, keep))
