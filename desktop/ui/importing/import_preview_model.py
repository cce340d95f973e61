"""The import preview: the rows of the file as read, each problem at its cell (red for a
rejected row's cell, yellow for a warning) with the message as the cell's tooltip."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.importing.plan import (
    MATCHED,
    NEW,
    REJECTED,
    RESTORE,
    ImportPlan,
    PlannedRow,
)
from desktop.services.importing.reading import cell_text

NO_PARENT = QModelIndex()
ROW, OUTCOME = 0, 1  # then the file's own columns
ERROR_BRUSH = QBrush(QColor("#f8d7da"))
WARNING_BRUSH = QBrush(QColor("#fff3cd"))
OUTCOME_LABELS = {
    NEW: QT_TRANSLATE_NOOP("ImportPreviewModel", "New"),
    MATCHED: QT_TRANSLATE_NOOP("ImportPreviewModel", "Matched"),
    REJECTED: QT_TRANSLATE_NOOP("ImportPreviewModel", "Rejected"),
    RESTORE: QT_TRANSLATE_NOOP("ImportPreviewModel", "Restored"),
}


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._rows: list[PlannedRow] = []
        self._cells: list[dict[str, list]] = []  # per shown row: column -> its problems
        self._only_problems = False

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._refill()
        self.endResetModel()

    def show_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self._only_problems = only
        self._refill()
        self.endResetModel()

    def _refill(self) -> None:
        rows = self._plan.rows if self._plan else []
        if self._only_problems:
            rows = [r for r in rows if r.problems]
        self._rows = rows
        self._cells = []
        for r in rows:
            cells: dict[str, list] = {}
            for p in r.problems:
                cells.setdefault(p.column, []).append(p)
            self._cells.append(cells)

    def planned_row(self, row: int) -> PlannedRow:
        return self._rows[row]

    def rowCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=NO_PARENT):
        if parent.isValid() or self._plan is None:
            return 0
        return 2 + len(self._plan.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == ROW:
            return self.tr("Row")
        if section == OUTCOME:
            return self.tr("Outcome")
        return self._plan.headers[section - 2] if self._plan else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        planned, cells = self._rows[index.row()], self._cells[index.row()]
        column = index.column()
        if column == ROW:
            return planned.row if role == Qt.ItemDataRole.DisplayRole else None
        if column == OUTCOME:
            return self._outcome_data(planned, cells, role)
        header = self._plan.headers[column - 2]
        problems = cells.get(header, [])
        if role == Qt.ItemDataRole.DisplayRole:
            i = column - 2
            return cell_text(planned.values[i]) if i < len(planned.values) else ""
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return ERROR_BRUSH if any(p.error for p in problems) else WARNING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(p.message for p in problems)
        return None

    def _outcome_data(self, planned: PlannedRow, cells, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(OUTCOME_LABELS[planned.outcome])
        if role == Qt.ItemDataRole.BackgroundRole and planned.outcome == REJECTED:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            headers = set(self._plan.headers)
            # Problems with no cell of their own (a value given for every row) show here.
            elsewhere = [str(p) for p in planned.problems if p.column not in headers]
            lines = [planned.note] if planned.note else []
            return "\n".join(lines + elsewhere) or None
        return None
