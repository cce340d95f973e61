"""The table's pages never wait behind counts or the start-up check, and a query made stale
by the clerk's next keystroke is told so while it runs (so that it can stop)."""

import threading
from types import SimpleNamespace

from PySide6.QtCore import QRunnable, QThreadPool

from desktop.ui.tables.lazy_model import BLOCK, QUICK_COUNT, ColumnSpec, LazyTableModel, Query


class _Busy(QRunnable):
    """Long work in Qt's global pool, as the start-up integrity check is on a big registry."""

    def __init__(self, release: threading.Event):
        super().__init__()
        self._release = release

    def run(self) -> None:
        self._release.wait(20)


def test_rows_of_the_newest_search_come_while_older_counts_and_checks_still_run(qtbot):
    release, counting = threading.Event(), threading.Event()
    told = []

    def count(f, *, wanted, at_most=None):
        if f == "K":  # a search of one letter: a long count on a big registry
            counting.set()
            release.wait(20)
            told.append(wanted())
        return 2

    def rows(f, *, order_by, descending, offset, limit, wanted):
        found = limit if f == "K" else 2  # "K" fills its first page: it is counted after it
        return [SimpleNamespace(id=i, name=f"{f} town {i}") for i in range(found)]

    pool = QThreadPool.globalInstance()
    for _ in range(pool.maxThreadCount()):
        pool.start(_Busy(release))
    model = LazyTableModel([ColumnSpec("Name", "name", lambda row: row.name)], count, rows)
    try:
        model.set_query(Query("K", "name"))
        qtbot.waitUntil(counting.is_set, timeout=5000)  # after its first rows are in
        model.set_query(Query("Kali", "name"))
        qtbot.waitUntil(lambda: model.index(0, 0).data() == "Kali town 0", timeout=5000)
        assert told == []  # the stale count is still running, and did not hold the rows up
    finally:
        release.set()
    qtbot.waitUntil(lambda: told == [False], timeout=5000)  # it was told it is not wanted
    pool.waitForDone()


def test_a_search_matching_many_says_so_at_once_and_its_exact_count_follows(qtbot):
    matching = QUICK_COUNT * 3
    exact = threading.Event()

    def count(f, *, wanted, at_most=None):
        if at_most is not None:
            return min(matching, at_most + 1)
        exact.wait(20)  # the whole count of a one-letter search: seconds on a big registry
        return matching

    def rows(f, *, order_by, descending, offset, limit, wanted):
        return [SimpleNamespace(id=i, name=f"town {i}") for i in range(offset, offset + limit)]

    model = LazyTableModel([ColumnSpec("Name", "name", lambda row: row.name)], count, rows)
    passed, counted = [], []
    model.count_passed.connect(passed.append)
    model.count_changed.connect(counted.append)
    try:
        model.set_query(Query("K", "name"))
        qtbot.waitUntil(lambda: passed == [QUICK_COUNT], timeout=5000)
        assert model.rowCount() == QUICK_COUNT and model.count_is_partial()
    finally:
        exact.set()
    qtbot.waitUntil(lambda: counted == [matching], timeout=5000)
    assert model.rowCount() == matching and not model.count_is_partial()


def test_a_search_is_counted_after_its_first_rows_and_a_short_first_page_is_its_count(qtbot):
    asked = []

    def count(f, *, wanted, at_most=None):
        asked.append(("count", f))
        return BLOCK * 5

    def rows(f, *, order_by, descending, offset, limit, wanted):
        asked.append(("rows", f))
        found = limit if f == "K" else 3
        return [SimpleNamespace(id=i, name=f"{f} town {i}") for i in range(offset, found)]

    model = LazyTableModel([ColumnSpec("Name", "name", lambda row: row.name)], count, rows)
    counted = []
    model.count_changed.connect(counted.append)
    model.set_query(Query("K", "name"))
    qtbot.waitUntil(lambda: counted == [BLOCK * 5], timeout=5000)
    assert asked[:2] == [("rows", "K"), ("count", "K")]
    asked.clear()
    model.set_query(Query("Kali", "name"))
    qtbot.waitUntil(lambda: counted == [BLOCK * 5, 3], timeout=5000)
    assert not model.is_loading() and model.rowCount() == 3
    assert model.index(2, 0).data() == "Kali town 2"
    assert asked == [("rows", "Kali")]  # three rows of a page of 200: no count asked
