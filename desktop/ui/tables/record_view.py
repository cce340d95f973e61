"""One record kind's place in the window: filter bar, table, and the "N of M" line.

The view keeps its filters, sort, column widths and hidden columns in the settings, so
they survive a restart, and lets the clerk copy rows as tab-separated text for Excel.
"""

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMenu, QTableView, QVBoxLayout, QWidget

from desktop.domain.spreadsheet_text import as_plain_text
from desktop.domain.words import fill
from desktop.services.listing import Listing, RecordFilter
from desktop.settings import Settings, ViewKeys
from desktop.store.database import Database
from desktop.ui.plurals import counted, grouped, plural
from desktop.ui.settings.date_order import reads_day_first
from desktop.ui.tables.filter_bar import BarSpec, FilterBar
from desktop.ui.tables.lazy_model import ID_ROLE, ROW_ROLE, ColumnSpec, LazyTableModel, Query
from desktop.ui.tables.table_look import record_table, restore_columns, show_sorted
from desktop.ui.worker import Worker


@dataclass(frozen=True)
class ViewSpec:
    key: str  # settings key and record kind: "partnerships"
    title: str  # tab title: "Partnerships"
    listing: Listing
    columns: Callable[[], list[ColumnSpec]]
    bar: BarSpec
    default_sort: str


class RecordView(QWidget):
    open_requested = Signal(int)  # record id
    counts_changed = Signal(str)  # "12 of 116 partnerships"
    total_changed = Signal(str, int)  # ("partnerships", 116): all records, unfiltered
    filters_set = Signal()  # set_filters chose them (the bar's own `changed` stays quiet)

    def __init__(self, spec: ViewSpec, *, db: Database, settings: Settings, parent=None):
        super().__init__(parent)
        self.spec, self._db, self._settings = spec, db, settings
        self._keys = ViewKeys.of(spec.key)
        self._total: int | None = None
        self._archived_total = 0  # archived records, counted while "Show archived" is on
        self._archived_shown = False
        self._total_worker: Worker | None = None

        self.bar = FilterBar(spec.bar, self, day_first=reads_day_first(settings))
        self.model = LazyTableModel(
            spec.columns(),
            count=lambda f, **how: spec.listing.count(db, f, **how),
            rows=lambda f, **page: spec.listing.rows(db, f, **page),
            parent=self,
            prepare=lambda f, **how: spec.listing.prepare(db, f, **how),
        )
        self.table = self._make_table()
        self.count_line = QLabel(self)
        self.count_line.setAccessibleName(self.tr("Record count"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_line)

        self.bar.changed.connect(self._on_bar_changed)
        # From the search box to the results without the mouse: Enter or Down goes to the
        # first row; Enter there opens it.
        self.bar.search.returnPressed.connect(self.focus_results)
        self.bar.search.installEventFilter(self)
        self.model.count_changed.connect(self._show_counts)
        self.model.count_passed.connect(lambda n: self._show_counts(n, more=True))
        self.model.load_failed.connect(self.count_line.setText)
        self._restore()

    def _make_table(self) -> QTableView:
        table = record_table(self, self.model, self.spec.title)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.sortIndicatorChanged.connect(lambda *_: self.save_state())
        table.activated.connect(self._on_table_activated)  # Enter or double-click
        return table

    def eventFilter(self, watched, event):  # Qt's name
        if (
            watched is self.bar.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.selectRow(self.table.currentIndex().row())

    # --- state ------------------------------------------------------------------------

    def _restore(self) -> None:
        with contextlib.suppress(ValueError, TypeError):  # a damaged setting loses filters only
            self.bar.restore(json.loads(self._settings.get(self._keys.filters) or "{}"))
        restore_columns(
            self.table,
            self.model.columns,
            self._settings.get(self._keys.header),
            self._settings.get(self._keys.columns),
        )
        self._archived_shown = self.bar.archived.isChecked()
        order_by, _, direction = (self._settings.get(self._keys.sort) or "").partition(":")
        self._start(order_by or self.spec.default_sort, direction == "desc")

    def save_state(self) -> None:
        self._settings.set(self._keys.filters, json.dumps(self.bar.state()))
        self._settings.set(self._keys.header, self.table.horizontalHeader().saveState())
        self._settings.set(self._keys.columns, len(self.model.columns))
        query = self.model.query
        if query is not None:
            direction = "desc" if query.descending else "asc"
            self._settings.set(self._keys.sort, f"{query.order_by}:{direction}")

    def _start(self, order_by: str, descending: bool) -> None:
        keys = [c.sort_key for c in self.model.columns]
        if order_by in keys:
            show_sorted(self.table, keys.index(order_by), descending)
        self.model.set_query(Query(self.current_filter(), order_by, descending))
        self._count_total()

    # --- behaviour --------------------------------------------------------------------

    def current_filter(self) -> RecordFilter:
        return self.bar.values()

    def refresh(self) -> None:
        """Read the records again (after a save, an import, Refresh)."""
        self._requery()
        self._count_total()

    def reload_in_place(self) -> None:
        """Another clerk changed the registry: fresh rows where the clerk is looking."""
        self.model.reload_in_place()
        self._count_total()

    def set_filters(self, state: dict[str, Any]) -> None:
        """Select what another view selects (the Overview's twin bar, a chart's click)."""
        self.bar.restore(state)
        self._on_bar_changed()
        self.filters_set.emit()

    def _requery(self) -> None:
        query = self.model.query
        if query is None:
            self._start(self.spec.default_sort, False)
            return
        self.model.set_query(Query(self.current_filter(), query.order_by, query.descending))

    def _on_bar_changed(self) -> None:
        # A new filter changes N, never M: no second COUNT over every record per keystroke
        # (only "Show archived" changes what M counts).
        self._requery()
        if self._archived_shown != self.bar.archived.isChecked():
            self._archived_shown = self.bar.archived.isChecked()
            self._count_total()
        self.save_state()

    def _count_total(self) -> None:
        """M in "N of M": every record, whatever the filters say; the archived ones too
        while "Show archived" is on (then also how many of them are archived)."""
        unfiltered = RecordFilter()
        with_archived = RecordFilter(include_archived=True)
        archived_shown = self.bar.archived.isChecked()
        listing, db = self.spec.listing, self._db

        def count(_progress) -> tuple[int, int | None]:
            listed = listing.count(db, unfiltered)
            return listed, listing.count(db, with_archived) if archived_shown else None

        worker = Worker(count)
        worker.signals.finished.connect(self._on_total_counted)
        self._total_worker = worker
        worker.start(self.model.count_lane)  # never in the way of the pages

    def _on_total_counted(self, totals: tuple[int, int | None]) -> None:
        listed, everything = totals
        self.total_changed.emit(self.spec.listing.noun, listed)  # the registry's own count
        if everything is None:
            self._total, self._archived_total = listed, 0
        else:
            self._total, self._archived_total = everything, everything - listed
        self._show_counts(self.model.rowCount(), more=self.model.count_is_partial())

    def _show_counts(self, shown: int, more: bool = False) -> None:
        """`more`: more than `shown` match, still being counted ("10,000+ of ...")."""
        noun = self.spec.listing.noun
        number = counted(noun, shown)
        if self._total is None:
            # "at least 10,000 partnerships" while a long count is still under way
            text = fill(self.tr("at least %1"), number) if more else number
        else:
            text = fill(
                self.tr("%1 of %2"), grouped(shown) + "+" * more, counted(noun, self._total)
            )
            if self.bar.archived.isChecked() and self._archived_total:
                text += plural(", including %n archived", self._archived_total)
        problems = self.bar.problems()
        if problems:
            text += "   " + self.tr("(not applied: %1)").replace("%1", str(problems[0]))
        self.count_line.setText(text)
        self.counts_changed.emit(text)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_row(self) -> Any | None:
        """The row object the clerk has selected (None: no row, or not loaded yet)."""
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _on_table_activated(self, index) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None:
            self.open_requested.emit(record_id)

    def copy_selection(self) -> int:
        """Selected rows as tab-separated text with a header line; returns rows copied."""
        header = self.table.horizontalHeader()
        visible = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        lines = ["\t".join(self.model.columns[c].header for c in visible)]
        copied = 0
        for row in rows:
            values = [self.model.index(row, c).data() for c in visible]
            if values and values[0] is None and self.model.row_object(row) is None:
                continue  # not loaded (a huge selection): copy what is on hand
            lines.append("\t".join(_cell(v) for v in values))
            copied += 1
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        return copied

    def _on_header_menu(self, position) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """Every column a clerk may want, ticked where shown: a click shows or hides it."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for number, column in enumerate(self.model.columns):
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda shown, n=number: self._show_column(n, shown))
        return menu

    def _show_column(self, number: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(number, not shown)
        self.save_state()


def _cell(value) -> str:
    """Tabs and line breaks inside a cell would split it in Excel; a name pasted as
    '=HYPERLINK(...)' would run there."""
    return as_plain_text(" ".join(str(value or "").split()))
