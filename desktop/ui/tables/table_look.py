"""How a record table looks: rows of one height, whole headers, the columns a new clerk
sees, and the widths and columns the clerk chose last time.

Shared by the record views and by the first rows shown at start-up (ui/window/first_rows.py),
so that the full window takes over a table that looks the same; it loads nothing but Qt.
"""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.ui.tables.table_spec import ColumnSpec

SORT_ARROW = 16  # the sort indicator beside a header's text
COLUMNS_BEFORE_KEPT = 6  # a header saved before the count of its columns was kept knew six


def record_table(parent: QWidget, model, title: str) -> QTableView:
    """A table of records over `model`: whole rows selected, alternate rows shaded, one
    fixed row height (instant at a million rows), movable columns, the last one stretched."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setAccessibleName(title)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    vertical.setVisible(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    return table


def default_columns(table: QTableView, columns: Sequence[ColumnSpec], numbers: Iterable[int]):
    """Widths that show each header whole, and the columns a new clerk sees."""
    metrics = table.horizontalHeader().fontMetrics()
    for number in numbers:
        column = columns[number]
        wanted = metrics.horizontalAdvance(column.header) + 3 * metrics.averageCharWidth()
        table.setColumnWidth(number, max(column.width, wanted + SORT_ARROW))
        table.horizontalHeader().setSectionHidden(number, not column.shown)


def restore_columns(
    table: QTableView, columns: Sequence[ColumnSpec], saved: QByteArray, known: int
) -> None:
    """The widths, order and hidden columns the clerk left (`saved`, the header's state;
    `known`, how many columns it knew): columns added since show as a new clerk's would
    (a restored state shows every section it did not know)."""
    default_columns(table, columns, range(len(columns)))
    if not saved.isEmpty() and table.horizontalHeader().restoreState(saved):
        default_columns(table, columns, range(known or COLUMNS_BEFORE_KEPT, len(columns)))


def show_sorted(table: QTableView, column: int, descending: bool) -> None:
    """The header's arrow on the column the rows are sorted by, without sorting again."""
    header = table.horizontalHeader()
    header.blockSignals(True)
    header.setSortIndicator(
        column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    )
    header.blockSignals(False)
