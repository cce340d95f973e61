"""The "needs attention" tab: suspensions due for review, dormant partnerships, and
exchanges still planned under suspended or ended partnerships, as of a date."""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError, format_day, parse_day
from desktop.domain.words import fill
from desktop.services.needs_attention import (
    AttentionItem,
    AttentionList,
    first_needing_attention,
)
from desktop.store.database import Database
from desktop.ui.plurals import plural
from desktop.ui.worker import Worker

NO_PARENT = QModelIndex()
SHOWN_PER_KIND = 1000  # a window list; the briefing workbook has every item
HEADERS = (
    QT_TRANSLATE_NOOP("AttentionModel", "What"),
    QT_TRANSLATE_NOOP("AttentionModel", "Local community"),
    QT_TRANSLATE_NOOP("AttentionModel", "Partner community"),
    QT_TRANSLATE_NOOP("AttentionModel", "Details"),
    QT_TRANSLATE_NOOP("AttentionModel", "Due"),
)


class AttentionModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[AttentionItem] = []

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.row_texts(index.row())[index.column()]

    def row_texts(self, row: int) -> tuple[str, ...]:
        item = self.items[row]
        return (
            item.kind.label,
            item.local,
            item.partner,
            item.detail,
            format_day(item.due) if item.due else "",
        )


class AttentionView(QWidget):
    open_requested = Signal(int)  # partnership id

    def __init__(self, *, db: Database, parent=None, day_first: bool = True):
        super().__init__(parent)
        self._db = db
        self.day_first = day_first  # how 03/07/2022 is read
        self._worker: Worker | None = None
        self.as_of = QLineEdit(self)
        self.as_of.setPlaceholderText(self.tr("today"))
        self.as_of.setAccessibleName(self.tr("As of"))
        self.as_of.editingFinished.connect(self.refresh)
        self.years = QSpinBox(self)
        self.years.setRange(1, 30)
        self.years.setValue(3)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Dormant after"))
        self.years.valueChanged.connect(self.refresh)
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("As of"), self.as_of),
            (self.tr("Dormant after"), self.years),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        self.model = AttentionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((230, 150, 150, 470, 130)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._on_table_activated)
        self.table.setAccessibleName(self.tr("Needs attention"))
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.refresh()

    def day(self) -> date:
        try:
            chosen = parse_day(self.as_of.text(), day_first=self.day_first)
        except DateError as exc:
            self.as_of.setToolTip(str(exc))
            self.as_of.setStyleSheet("QLineEdit { border: 2px solid #c0392b; }")
            return date.today()
        self.as_of.setToolTip("")
        self.as_of.setStyleSheet("")
        return chosen or date.today()

    def refresh(self) -> None:
        day, years = self.day(), self.years.value()
        self.summary.setText(self.tr("Looking ..."))
        worker = Worker(
            lambda _progress: first_needing_attention(self._db, day, years, SHOWN_PER_KIND)
        )
        worker.signals.finished.connect(self._on_found)
        worker.signals.failed.connect(self.summary.setText)
        self._worker = worker
        worker.start()

    def _on_found(self, found: AttentionList) -> None:
        self.model.set_items(found.items)
        text = plural("%n item(s) need(s) attention as of %1", len(found.items)).replace(
            "%1", format_day(self.day())
        )
        if found.cut_short:
            kinds = ", ".join(kind.label.lower() for kind in found.cut_short)
            text = fill(
                self.tr(
                    "The first %1 of each kind are shown (there are more: %2). The briefing "
                    "workbook (File > Export briefing) lists them all."
                ),
                f"{SHOWN_PER_KIND:,}",
                kinds,
            )
        self.summary.setText(text)

    def selected_partnership(self) -> int | None:
        item = self.selected_item()
        return item.partnership_id if item is not None else None

    def selected_item(self) -> AttentionItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.items[index.row()]

    def _on_table_activated(self, index) -> None:
        self.open_requested.emit(self.model.items[index.row()].partnership_id)
