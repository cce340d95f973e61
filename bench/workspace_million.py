"""Benchmark: the partnerships table on a database of a million partnerships.

Builds the database (once; reused from bench/out/ when present), then measures through the
app's own table model (LazyTableModel over the listing service, in the thread pool):
time to first rows, time to the count, a deep scroll, and each keystroke of a search,
each as a ratio against the same SQL statements run bare through sqlite3 in the same run.
Also the longest pause of the GUI thread's event loop while all that happens, and the
process's peak memory.

    python bench/workspace_million.py [--partnerships 1000000]
"""

import argparse
import os
import random
import resource
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop.domain.enums import Status
from desktop.services import listing
from desktop.services.listing import PartnershipFilter
from desktop.store.database import open_database
from desktop.store.queries import count_statement, page_statement
from desktop.ui.tables.columns import partnership_columns
from desktop.ui.tables.lazy_model import BLOCK, LazyTableModel, Query

OUT = Path(__file__).resolve().parent / "out"
SYLLABLES = [
    "ka",
    "li",
    "nin",
    "grad",
    "pe",
    "ter",
    "burg",
    "mos",
    "kov",
    "no",
    "vo",
    "sibi",
    "ro",
    "stov",
    "sa",
    "ma",
    "ra",
    "vla",
    "di",
    "mir",
    "to",
    "ver",
    "yar",
    "sl",
]
COUNTRIES = ["RU", "FR", "DE", "JP", "CN", "MX", "IT", "GB", "BR", "IN", "KR", "UA", "PL"]


def build(path: Path, partnerships: int) -> None:
    db = open_database(path)  # the real schema, through the migrations
    db.close()
    rng = random.Random(7)
    locals_ = max(1000, partnerships // 200)
    foreign = max(2000, partnerships // 20)
    now = "2026-01-01 00:00:00"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")  # building a throwaway file
    with con:
        names = set()

        def name():
            while True:
                n = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()
                n = f"{n} {rng.randint(1, 999)}" if n in names else n
                if n not in names:
                    names.add(n)
                    return n

        con.executemany(
            "INSERT INTO community (id, created_at, updated_at, kind, name, subdivision, "
            "country, binding_actor_types, version) VALUES (?,?,?,?,?,?,?,?,1)",
            [
                (
                    i + 1,
                    now,
                    now,
                    "city",
                    name(),
                    f"State {i % 50}",
                    "US" if i < locals_ else rng.choice(COUNTRIES),
                    "governing_body",
                )
                for i in range(locals_ + foreign)
            ],
        )
        rows = []
        for i in range(partnerships):
            local = i % locals_ + 1
            partner = locals_ + 1 + (i // locals_ * 7 + local) % foreign
            rows.append(
                (
                    i + 1,
                    now,
                    now,
                    local,
                    partner,
                    "sister_city",
                    f"{1950 + i % 70}-01-01",
                    "year",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Sister city association minutes" if i % 97 == 0 else "",
                )
            )
        con.executemany(
            "INSERT OR IGNORE INTO partnership (id, created_at, updated_at, local_id, "
            "partner_id, kind, established_on, established_precision, coordinating_organization,"
            " local_signatory_name, local_signatory_title, partner_signatory_name, "
            "partner_signatory_title, notes, version) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
            rows,
        )
        con.executemany(
            "INSERT INTO decision (created_at, updated_at, partnership_id, decided_on, "
            "decided_precision, actor_name, actor_title, actor_body, actor_type, action, "
            "condition, rationale, source_title, source_author, source_reference, "
            "takes_effect_on, binding, version) VALUES "
            "(?,?,?,?,'day','','Council','City Council','governing_body','suspend','','','',"
            "'','',?,1,1)",
            [(now, now, pid, "2022-03-01", "2022-03-01") for pid in range(1, partnerships + 1, 50)],
        )
    con.execute("ANALYZE")
    con.close()


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
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"workspace-{args.partnerships}.sqlite"
    if not path.exists():
        t = time.perf_counter()
        partial = path.with_suffix(".building")
        for leftover in OUT.glob(partial.name + "*"):
            leftover.unlink()
        build(partial, args.partnerships)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - t:.1f} s")
    app = QApplication.instance() or QApplication([])  # noqa: F841
    db = open_database(path)
    total = sqlite3.connect(path).execute("SELECT count(*) FROM partnership").fetchone()[0]
    print(f"partnerships: {total:,}")
    model = LazyTableModel(
        partnership_columns(),
        count=lambda f: listing.PARTNERSHIPS.count(db, f),
        rows=lambda f, **page: listing.PARTNERSHIPS.rows(db, f, **page),
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

    measure("open (sorted by local community)", PartnershipFilter(as_of=date(2026, 11, 21)))
    for prefix in ("K", "Ka", "Kal", "Kali", "Kalin"):
        measure(
            f"search keystroke '{prefix}'",
            PartnershipFilter(as_of=date(2026, 11, 21), search=prefix),
        )
    measure(
        "sorted by partner country", PartnershipFilter(as_of=date(2026, 11, 21)), order_by="country"
    )
    measure("partner country = RU", PartnershipFilter(as_of=date(2026, 11, 21), country="RU"))
    measure(
        "status = suspended", PartnershipFilter(as_of=date(2026, 11, 21), status=Status.SUSPENDED)
    )
    # A deep scroll: the block at row 900,000 (or the last tenth on smaller runs).
    model.set_query(Query(PartnershipFilter(as_of=date(2026, 11, 21)), "local"))
    probe.wait(lambda: model.rowCount() == total and not model.is_loading())
    deep = total * 9 // 10
    model.index(deep, 0).data()
    scroll = probe.wait(lambda: model.row_object(deep) is not None)
    base_scroll = probe.baseline(
        path,
        page_statement(
            PartnershipFilter(as_of=date(2026, 11, 21)), offset=deep // BLOCK * BLOCK, limit=BLOCK
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
