"""A table model that fetches only the rows on screen (plus a margin) from SQL.

The database counts, sorts, filters and pages; this model asks for blocks of rows as the
view scrolls to them, in the thread pool, and shows an empty cell until a block arrives.
A new query (sort, filter, search) starts a new generation: answers to older queries are
dropped when they arrive, so the table never shows stale rows and the GUI never waits.
(The design DB Browser for SQLite uses for million-row tables.)

Pages and counts run in two lanes of the model's own, one thread each, never in Qt's global
pool: a count (or the start-up check, or an export, in the global pool) never holds up the
page the clerk is looking at. Each query is told how to know it is still wanted, so a
superseded one stops where it is instead of keeping its lane busy (store/stopping.py).
"""

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.tables.table_spec import BLOCK, ColumnSpec

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row object (for copy and opening)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NO_PARENT = QModelIndex()
KEPT_BLOCKS = 64  # about 13,000 rows kept in memory; older blocks are fetched again
# Counted first no further than this: a search of one letter matches most of a million
# partnerships and its whole count takes seconds; "10,000+" comes at once, the exact
# number after it (unless the next keystroke has made it stale by then).
QUICK_COUNT = 10_000


@dataclass(frozen=True)
class Query:
    filter: Any
    order_by: str
    descending: bool = False


class _Relay(QObject):
    counted = Signal(int, int)  # generation, count
    counted_past = Signal(int, int)  # generation, a count it is larger than
    block_loaded = Signal(int, int, object)  # generation, block number, rows
    failed = Signal(int, str)


def _lane(parent: QObject) -> QThreadPool:
    lane = QThreadPool(parent)
    lane.setMaxThreadCount(1)
    return lane


class _Job(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        generation: int,
        work: Callable[[Callable[[], bool]], Any],
        deliver: Callable[[Any], None],
        current: Callable[[], int],
    ):
        super().__init__()
        self._relay, self._generation, self._work, self._deliver = (
            relay,
            generation,
            work,
            deliver,
        )
        self._current = current

    def run(self) -> None:
        # Typing "Kal" queues the queries of "K" and "Ka" first; one that has not started by
        # the time a newer query exists is dropped, so the pool's threads go to the newest.
        try:
            if self._current() != self._generation:
                return
        except RuntimeError:
            return  # the table was closed before the query could start
        try:
            result = self._work(self._wanted)
        except Exception as exc:  # shown in the status line; the table just stays as it is
            result, failure = None, " ".join(str(exc).split())
        else:
            failure = None
        try:
            if failure is None:
                self._deliver(result)
            else:
                self._relay.failed.emit(self._generation, failure)
        except RuntimeError:
            pass  # the table was closed while the query ran: nobody is waiting

    def _wanted(self) -> bool:
        """Asked by the running query, in this thread, every few thousand steps."""
        try:
            return self._current() == self._generation
        except RuntimeError:
            return False


class LazyTableModel(QAbstractTableModel):
    count_changed = Signal(int)  # rows matching the current query
    count_passed = Signal(int)  # more rows than this match; their exact count follows
    load_failed = Signal(str)

    def __init__(
        self,
        columns: list[ColumnSpec],
        count: Callable[..., int],
        rows: Callable[..., list],
        parent=None,
        *,
        prepare: Callable[..., None] | None = None,
    ):
        """`count(filter, wanted=..., at_most=...)` and `rows(filter, order_by=..., descending=...,
        offset=..., limit=..., wanted=...)` run in the model's lanes; `wanted()` turns False
        once a newer query has made theirs stale. `prepare(filter, order_by=...,
        descending=...)`, if given, runs once in the page lane after the first rows are in:
        what the next queries need ready (a search's statements, built and compiled)."""
        super().__init__(parent)
        self.columns = columns
        self._count_fn, self._rows_fn = count, rows
        self._prepare_fn = prepare
        self.page_lane = _lane(self)
        self.count_lane = _lane(self)
        self._relay = _Relay(self)
        self._relay.counted.connect(self._on_counted)
        self._relay.counted_past.connect(self._on_counted_past)
        self._relay.block_loaded.connect(self._on_block_loaded)
        self._relay.failed.connect(self._on_failed)
        self._generation = 0
        self._query: Query | None = None
        self._count = 0
        self._counted = False  # the count of the current query has arrived
        self._past = False  # a quick count said more rows match than it counted
        self._blocks: OrderedDict[int, list] = OrderedDict()
        self._stale: dict[int, list] = {}  # shown while their fresh copies load
        self._pending: set[int] = set()
        # The count of a new query starts once its first rows are in: on two cores, a count
        # started beside the page (a one-letter search counts for seconds at a million)
        # took half of the machine from it. A first block shorter than BLOCK is the count.
        self._count_after_first = False

    # --- querying ----------------------------------------------------------------------

    @property
    def query(self) -> Query | None:
        return self._query

    def set_query(self, query: Query) -> None:
        """Show the rows of `query`: its first block loads in the background, then its count."""
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._count = 0
        self._counted = self._past = False
        self._blocks.clear()
        self._stale.clear()
        self._pending.clear()
        self._count_after_first = True
        self.endResetModel()
        self._request_block(0)

    def refresh(self) -> None:
        if self._query is not None:
            self.set_query(self._query)

    def reload_in_place(self) -> None:
        """Read the same query again without emptying the table (another clerk saved): the
        rows on screen stay until their fresh copies arrive, and only the blocks the view
        asks for are read again, so the clerk keeps their place and their selection."""
        if self._query is None:
            return
        self._generation += 1
        self._stale = dict(self._blocks)
        self._blocks.clear()
        self._pending.clear()
        self._counted = self._past = self._count_after_first = False
        self._count_query(self._query)
        if self._count:  # repaint: the view asks again for the rows it shows
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1)
            )

    def stop(self) -> None:
        """The table is closing: whatever is still being read stops, and no answer is shown."""
        self._generation += 1
        self._query = None
        self._pending.clear()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is None or self._query is None:
            return
        self.set_query(Query(self._query.filter, key, order == Qt.SortOrder.DescendingOrder))

    def count_is_partial(self) -> bool:
        """True while only "more than rowCount()" is known of the current query."""
        return self._past and not self._counted

    def is_loading(self) -> bool:
        """True until the current query's count and every requested block have arrived."""
        return bool(self._pending) or not self._counted

    def row_object(self, row: int) -> Any | None:
        block = self._blocks.get(row // BLOCK)
        if block is None:
            block = self._stale.get(row // BLOCK)
        if block is None or row % BLOCK >= len(block):
            return None
        return block[row % BLOCK]

    def _request_block(self, number: int) -> None:
        if number in self._pending or number in self._blocks or self._query is None:
            return
        self._pending.add(number)
        query, generation = self._query, self._generation
        self._start(
            self.page_lane,
            generation,
            lambda wanted: self._rows_fn(
                query.filter,
                order_by=query.order_by,
                descending=query.descending,
                offset=number * BLOCK,
                limit=BLOCK,
                wanted=wanted,
            ),
            lambda rows: self._relay.block_loaded.emit(generation, number, rows),
        )

    def _prepare(self) -> None:
        query, prepare = self._query, self._prepare_fn
        self._prepare_fn = None  # once
        job = _Job(
            self._relay,
            0,
            lambda _wanted: prepare(
                query.filter, order_by=query.order_by, descending=query.descending
            ),
            lambda _result: None,
            lambda: 0,  # never stale: it is quick, and every later query gains by it
        )
        self.page_lane.start(job)

    def _count_query(self, query: Query) -> None:
        generation, relay = self._generation, self._relay

        def count(wanted) -> int:
            quick = self._count_fn(query.filter, wanted=wanted, at_most=QUICK_COUNT)
            if quick <= QUICK_COUNT:
                return quick  # the exact count
            relay.counted_past.emit(generation, QUICK_COUNT)
            return self._count_fn(query.filter, wanted=wanted)

        self._start(self.count_lane, generation, count, lambda n: relay.counted.emit(generation, n))

    def _start(self, lane: QThreadPool, generation: int, work, deliver) -> None:
        lane.start(_Job(self._relay, generation, work, deliver, lambda: self._generation))

    def _on_counted(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self._counted = True
        if count > self._count:
            self.beginInsertRows(NO_PARENT, self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(NO_PARENT, count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.count_changed.emit(count)

    def _on_counted_past(self, generation: int, count: int) -> None:
        if generation != self._generation or self._counted or count < self._count:
            return  # (fewer than the rows shown: a reload in place, whose count follows)
        self._past = True
        if count > self._count:  # the rows so far can be scrolled to while the count runs
            self.beginInsertRows(NO_PARENT, self._count, count - 1)
            self._count = count
            self.endInsertRows()
        self.count_passed.emit(count)

    def _on_block_loaded(self, generation: int, number: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._pending.discard(number)
        self._stale.pop(number, None)
        self._blocks[number] = rows
        while len(self._blocks) > KEPT_BLOCKS:
            self._blocks.popitem(last=False)
        first = number * BLOCK
        if self._count < first + len(rows):  # rows arrived before the count did
            self.beginInsertRows(NO_PARENT, self._count, first + len(rows) - 1)
            self._count = first + len(rows)
            self.endInsertRows()
        if rows:
            self.dataChanged.emit(
                self.index(first, 0), self.index(first + len(rows) - 1, len(self.columns) - 1)
            )
        if number == 0 and self._count_after_first:
            self._count_after_first = False
            if len(rows) < BLOCK:
                self._on_counted(generation, len(rows))
            else:
                self._count_query(self._query)
        if self._prepare_fn is not None:
            self._prepare()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._count_after_first = False
            self._pending.clear()
            self._counted = True  # nothing more is coming for this query
            self.load_failed.emit(message)

    # --- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.row() // BLOCK not in self._blocks:
            self._request_block(index.row() // BLOCK)
        row = self.row_object(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if getattr(row, "archived", False):  # "Show archived": archived rows look it
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Archived: Edit > Restore from archive brings it back")
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None
