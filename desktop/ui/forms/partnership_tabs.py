"""The tabs under a partnership: its exchanges, its timeline of decisions and positions
(with the status each binding one produced, and its status on any date), and its change
history from the audit trail. Enter or a double click opens the selected entry."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.status import describe
from desktop.services import history, lookup
from desktop.store.database import Database
from desktop.ui.forms.fields import PartialDateEdit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_COLUMN_WIDTH = 240


def make_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def fill(table: QTableWidget, rows: list[tuple[int | None, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            item.setToolTip(text)
            table.setItem(r, c, item)
    if rows and table.currentRow() < 0:
        table.setCurrentCell(0, 0)
    # Fit the columns to what they hold, but no column pushes the others out of sight;
    # the tooltip holds the whole text.
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))


def cells(table: QTableWidget) -> list[list[str]]:
    """What the clerk sees in a tab's table, row by row (for tests and copying)."""
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


class RecordList(QWidget):
    """A table of child records with a 'New ...' button; emits the id to open."""

    open_requested = Signal(object)  # an id, or None for a new record

    def setup(self, headers: list[str], new_text: str, name: str) -> None:
        self.table = make_table(self, headers, name)
        self.new_button = QPushButton(new_text, self)
        self.new_button.setAutoDefault(False)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.table)
        self.new_button.clicked.connect(lambda: self.open_requested.emit(None))
        self.open_button.clicked.connect(self._open_selected)
        self.table.activated.connect(self._open_selected)  # Enter, double click

    def _open_selected(self, *_args) -> None:
        item = self.table.currentItem()
        if item is not None and item.data(ID_ROLE) is not None:
            self.open_requested.emit(int(item.data(ID_ROLE)))


class ExchangesTab(RecordList):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        headers = [
            self.tr("Title"),
            self.tr("Direction"),
            self.tr("Dates"),
            self.tr("Participants"),
            self.tr("Institutions"),
            self.tr("Status"),
            self.tr("Reason"),
        ]
        self.setup(headers, self.tr("Ne&w exchange..."), self.tr("Exchanges"))

    def show_lines(self, lines: list[lookup.ExchangeLine]) -> None:
        fill(
            self.table,
            [
                (
                    e.id,
                    [
                        e.title,
                        e.direction,
                        e.dates,
                        e.participants,
                        e.institutions,
                        e.status,
                        e.reason,
                    ],
                )
                for e in lines
            ],
        )


class TimelineTab(RecordList):
    def __init__(self, db: Database, parent: QWidget, *, day_first: bool | None = None):
        super().__init__(parent)
        headers = [
            self.tr("Date"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Effect"),
            self.tr("Status produced"),
            self.tr("Condition"),
            self.tr("Review"),
            self.tr("Source"),
        ]
        self.setup(headers, self.tr("&Record decision..."), self.tr("Timeline"))
        self._db = db
        self.partnership_id: int | None = None
        self.status_on = PartialDateEdit(self, day_only=True, day_first=day_first)
        self.status_on.setAccessibleName(self.tr("Status on date"))
        example = "01/03/2022" if self.status_on.day_first else "03/01/2022"
        self.status_on.setPlaceholderText(self.tr("A date, e.g. %1").replace("%1", example))
        # Wide enough for the whole example: a clipped "A date, e.g. 01/0..." misleads.
        example = self.status_on.fontMetrics().horizontalAdvance(self.status_on.placeholderText())
        self.status_on.setMinimumWidth(example + 32)
        self.status_on_result = QLabel(self)
        self.status_on_result.setWordWrap(True)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Stat&us on:"), self)
        caption.setBuddy(self.status_on)
        row.addWidget(caption)
        date_box = QVBoxLayout()
        date_box.addWidget(self.status_on)
        date_box.addWidget(self.status_on.hint)
        self.status_on.hint.hide()
        row.addLayout(date_box)
        row.addWidget(self.status_on_result, 1)
        self.layout_.insertLayout(1, row)  # above the table, where the eye already is
        self.status_on.textChanged.connect(self._on_status_on_changed)

    def show_rows(self, rows: list[lookup.TimelineRow]) -> None:
        fill(
            self.table,
            [
                (
                    t.id,
                    [
                        t.date,
                        t.who,
                        t.action,
                        self.tr("Binding") if t.weight == "Binding" else self.tr("Position"),
                        t.status_after,
                        t.condition,
                        t.review,
                        t.source,
                    ],
                )
                for t in rows
            ],
        )
        self._on_status_on_changed()

    def _on_status_on_changed(self, *_args) -> None:
        day: date | None = self.status_on.day()
        if self.partnership_id is None or day is None:
            self.status_on_result.setText(self.status_on.problem() or "")
            return
        standing = lookup.partnership_standing(self._db, self.partnership_id, day)
        self.status_on_result.setText(describe(standing))


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        ]
        self.table = make_table(self, headers, self.tr("Change history"))
        QVBoxLayout(self).addWidget(self.table)

    def show_rows(self, rows: list[history.HistoryRow]) -> None:
        fill(
            self.table,
            [(None, [h.when, h.who, h.action, h.record, h.field, h.old, h.new]) for h in rows],
        )
