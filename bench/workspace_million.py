"""Benchmark: the partnerships table on a database of a million partnerships.

Uses the synthetic registry of bench/registry.py (built once, cached in bench/out/), then
measures through the app's own table model (LazyTableModel over the listing service, in
the thread pool): time to first rows, time to the count, a deep scroll, and each keystroke
of a search, each as a ratio against the same SQL statements run bare through sqlite3 in
the same run. Also the longest pause of the GUI thread's event loop while all that
happens, and the process's peak memory.

    python bench/workspace_million.py [--partnerships 1000000] [--rebuild]

(bench/run measures the first rows and a search keystroke at every size; this script
looks closer at one size: the count, sorting, filters and a deep scroll.)
"""

import argparse
import os
import resource
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import registry  # bench/registry.py, beside this script
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop.domain.enums import Status
from desktop.services import listing
from desktop.services.listing import RecordFilter
from desktop.store.database import open_database
from desktop.store.queries import count_statement, page_statement
from desktop.ui.tables.columns import partnership_columns
from desktop.ui.tables.lazy_model import BLOCK, LazyTableModel, Query


def bare(path: Path, statement, engine, repeat: int = 3) -> float:
    compiled = statement.compile(
        dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    params = [compiled.params[k] for k in compiled.positiontup]
    params = [p.isoformat() if isinstance(p, date) else p for p in params]
    con = sqlite3.connect(path)
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        con.execute(str(compiled), params).fetchall()
        best = min(best, time.perf_counter() - t)
    con.close()
    return best


class Probe:
    """Times the model's answers and the longest gap between GUI event-loop ticks."""

    def __init__(self, model: LazyTableModel):
        self.model = model
        self.longest_pause = 0.0
        self._tick = QElapsedTimer()
        self._tick.start()
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    def _on_tick(self):
        self.longest_pause = max(self.longest_pause, self._tick.restart() / 1000)

    def baseline(self, *args, **kwargs) -> float:
        """Run a bare-SQL baseline; it blocks this thread, so it is not a GUI pause."""
        result = bare(*args, **kwargs)
        self._tick.restart()
        return result

    def wait(self, done, limit=120.0) -> float:
        t = time.perf_counter()
        while not done():
            QCoreApplication.processEvents()
            time.sleep(0.0005)
            if time.perf_counter() - t > limit:
                raise TimeoutError
        return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partnerships", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true", help="build the registry again")
    args = parser.parse_args()
    path = registry.cached(args.partnerships, rebuild=args.rebuild)
    app = QApplication.instance() or QApplication([])  # noqa: F841
    db = open_database(path)
    total = sqlite3.connect(path).execute("SELECT count(*) FROM partnership").fetchone()[0]
    print(f"partnerships: {total:,}")
    model = LazyTableModel(
        partnership_columns(),
        count=lambda f, **how: listing.PARTNERSHIPS.count(db, f, **how),
        rows=lambda f, **page: listing.PARTNERSHIPS.rows(db, f, **page),
        prepare=lambda f, **how: listing.PARTNERSHIPS.prepare(db, f, **how),  # as the window
    )
    probe = Probe(model)
    results = []

    counts = []
    model.count_changed.connect(counts.append)

    def measure(label, f, *, order_by="local"):
        counts.clear()
        started = time.perf_counter()
        model.set_query(Query(f, order_by))
        first = probe.wait(lambda: model.row_object(0) is not None or bool(counts))
        probe.wait(lambda: bool(counts))
        counted = time.perf_counter() - started
        page = page_statement(f, order_by=order_by, limit=BLOCK)
        base_first = probe.baseline(path, page, db.engine)
        base_count = probe.baseline(path, count_statement(f), db.engine, repeat=1)
        results.append((label, first, base_first, counted, base_count))

    measure("open (sorted by local community)", RecordFilter(as_of=registry.AS_OF))
    for prefix in ("K", "Ka", "Kal", "Kali", "Kalin"):
        measure(
            f"search keystroke '{prefix}'",
            RecordFilter(as_of=registry.AS_OF, search=prefix),
        )
    measure("sorted by partner country", RecordFilter(as_of=registry.AS_OF), order_by="country")
    measure("partner country = RU", RecordFilter(as_of=registry.AS_OF, country="RU"))
    measure("status = suspended", RecordFilter(as_of=registry.AS_OF, status=Status.SUSPENDED))
    # A deep scroll: the block at row 900,000 (or the last tenth on smaller runs).
    model.set_query(Query(RecordFilter(as_of=registry.AS_OF), "local"))
    probe.wait(lambda: model.rowCount() == total and not model.is_loading())
    deep = total * 9 // 10
    model.index(deep, 0).data()
    scroll = probe.wait(lambda: model.row_object(deep) is not None)
    base_scroll = probe.baseline(
        path,
        page_statement(
            RecordFilter(as_of=registry.AS_OF), offset=deep // BLOCK * BLOCK, limit=BLOCK
        ),
        db.engine,
    )

    print(
        f"\n{'measure':38} {'app':>9} {'bare SQL':>9} {'ratio':>6}   {'count':>9} "
        f"{'bare':>9} {'ratio':>6}"
    )
    for label, first, base_first, counted, base_count in results:
        print(
            f"{label:38} {first * 1000:8.1f}ms {base_first * 1000:8.1f}ms "
            f"{first / base_first:6.2f}   {counted * 1000:8.1f}ms {base_count * 1000:8.1f}ms "
            f"{counted / base_count:6.2f}"
        )
    print(
        f"{'scroll to row ' + format(deep, ','):38} {scroll * 1000:8.1f}ms "
        f"{base_scroll * 1000:8.1f}ms {scroll / base_scroll:6.2f}"
    )
    print(f"\nlongest pause of the GUI event loop: {probe.longest_pause * 1000:.1f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")
    QThreadPool.globalInstance().waitForDone()
    db.close()
    # PySide6 6.12 can crash in the interpreter's final garbage collection after worker
    # threads have run (the app itself quits through Qt and does not); a benchmark has
    # nothing left to clean up, so it leaves at once.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
