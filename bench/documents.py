"""Benchmark: does a registry with 2 GB of source documents open and scroll as fast as the
same registry without them?

Two registries are built (once, cached in bench/out/) from the synthetic registry of
bench/registry.py, row for row the same and in the same way: every table copied in twenty
slices, and, in the one with documents, a twentieth of the documents' bytes stored after
each slice (random, incompressible bytes of 0.2 to 3 MB each, on partnerships, decisions
and exchanges, with their audit entries), so that their pages lie among the records' as
in a registry filled over the years. Then each measurement runs in fresh processes,
alternating between the two, best of --repeat:

- start-up of the window to its first rows, and until every tab has loaded (after the
  day's backup, as a clerk's usual start: see bench/suite.py)
- the partnerships table's first rows and a search keystroke (bench/measures_qt.table)
- opening the database as every command does, the table's count, a scroll to 90 % of the
  list, a partnership's documents list and its printed profile's data

and, reported apart because they read every page of the file by design: SQLite's quick
check (run before every command that writes) and the day's backup.

    python bench/documents.py [--partnerships 100000] [--gigabytes 2] [--repeat 5]
"""

import argparse
import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

import registry  # noqa: E402  (bench/registry.py)
import suite  # noqa: E402  (bench/suite.py: child processes, the day's backup)

from desktop.store import migrate  # noqa: E402
from desktop.store.database import open_database  # noqa: E402

SLICES = 20
MB = 1024 * 1024


# --- building the two registries ------------------------------------------------------------


def built(partnerships: int, gigabytes: float) -> tuple[Path, Path]:
    base = registry.cached(partnerships)
    stem = f"documents-{partnerships}-{migrate.head_revision()}-v1"
    plain = registry.OUT / f"{stem}-none.sqlite"
    filled = registry.OUT / f"{stem}-{gigabytes:g}gb.sqlite"
    for path, size in ((plain, 0), (filled, gigabytes)):
        if not path.exists():
            print(f"Building {path.name} ...", file=sys.stderr, flush=True)
            started = time.perf_counter()
            build(base, path, int(size * 1024 * MB))
            took = time.perf_counter() - started
            print(f"  built in {took:.0f} s", file=sys.stderr, flush=True)
    return plain, filled


def build(base: Path, target: Path, document_bytes: int) -> None:
    partial = target.with_name(target.name + ".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    open_database(partial).close()  # the schema, through the app's migrations
    con = sqlite3.connect(partial, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")  # slices of each table, parents not yet whole
    con.execute("PRAGMA synchronous = OFF")
    con.execute("ATTACH DATABASE ? AS base", (f"file:{base}?mode=ro",))
    tables = [
        name
        for (name,) in con.execute(
            "SELECT name FROM base.sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' AND name NOT LIKE 'search_%' AND name NOT IN ('alembic_version', "
            "'attachment', 'attachment_content')"
        )
    ]
    largest = {
        t: con.execute(f"SELECT coalesce(max(id), 0) FROM base.{t}").fetchone()[0] for t in tables
    }
    rng = random.Random(7)
    per_slice = document_bytes // SLICES
    for k in range(1, SLICES + 1):
        con.execute("BEGIN")
        for table in tables:
            low, high = largest[table] * (k - 1) // SLICES, largest[table] * k // SLICES
            columns = ", ".join(
                f'"{c[1]}"' for c in con.execute(f"PRAGMA base.table_info({table})")
            )
            con.execute(
                f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM base.{table} "
                "WHERE id > ? AND id <= ?",
                (low, high),
            )
        upto = {t: largest[t] * k // SLICES for t in tables}
        _add_documents(con, rng, per_slice, upto, largest["audit_entry"])
        con.execute("COMMIT")
    problems = con.execute("PRAGMA main.foreign_key_check").fetchall()
    con.execute("DETACH DATABASE base")
    con.close()
    if problems:
        raise RuntimeError(f"the copy refers to missing rows: {problems[:3]}")
    for companion in ("-wal", "-shm"):
        Path(f"{partial}{companion}").unlink(missing_ok=True)
    partial.rename(target)


def _add_documents(con, rng: random.Random, budget: int, upto: dict[str, int], above) -> None:
    """Documents of `budget` bytes, with their audit entries (numbered after the copied
    ones, which are still coming)."""
    stored = 0
    entry = max(above, con.execute("SELECT coalesce(max(id), 0) FROM audit_entry").fetchone()[0])
    while stored < budget:
        size = min(rng.randint(200 * 1024, 3 * MB), budget - stored)
        if size <= 0:
            break
        owner = rng.choices(["partnership", "decision", "exchange"], [7, 2, 1])[0]
        owner_id = rng.randint(1, max(1, upto[owner]))
        data = os.urandom(size)
        digest = hashlib.sha256(data).hexdigest()
        name = f"scan-{rng.randrange(10**6):06d}.pdf"
        attachment_id = con.execute(
            f"INSERT INTO attachment ({owner}_id, name, kind, size, sha256, attached_at, "
            "attached_by) VALUES (?, ?, 'application/pdf', ?, ?, ?, ?)",
            (owner_id, name, size, digest, registry.NOW, registry.WHO),
        ).lastrowid
        con.execute(
            "INSERT INTO attachment_content (attachment_id, data) VALUES (?, ?)",
            (attachment_id, data),
        )
        fields = (
            (f"{owner}_id", owner_id),
            ("name", name),
            ("kind", "application/pdf"),
            ("size", size),
            ("sha256", digest),
        )
        con.executemany(
            "INSERT INTO audit_entry (id, at, who, action, record_type, record_id, field, "
            "new_value) VALUES (?, ?, ?, 'create', 'attachment', ?, ?, ?)",
            [
                (entry + i, registry.NOW, registry.WHO, attachment_id, field, str(value))
                for i, (field, value) in enumerate(fields, start=1)
            ],
        )
        entry += len(fields)
        stored += size


# --- measuring, in a child process ----------------------------------------------------------


def measure_in_child(path: Path) -> dict:
    """Open, count, first rows, a scroll to 90 %, a partnership's documents and profile."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop.services import attachments, listing
    from desktop.services.documents.profile import partnership_profile
    from desktop.services.listing import RecordFilter
    from desktop.ui.tables.columns import partnership_columns
    from desktop.ui.tables.lazy_model import LazyTableModel, Query

    app = QApplication.instance() or QApplication([])  # noqa: F841
    result = {}
    started = time.perf_counter()
    db = open_database(path, create=False)
    result["open"] = time.perf_counter() - started

    def wait(done, limit=120.0) -> float:
        begun = time.perf_counter()
        while not done():
            QCoreApplication.processEvents()
            time.sleep(0.0005)
            if time.perf_counter() - begun > limit:
                raise TimeoutError
        return time.perf_counter() - begun

    model = LazyTableModel(
        partnership_columns(),
        count=lambda f, **how: listing.PARTNERSHIPS.count(db, f, **how),
        rows=lambda f, **page: listing.PARTNERSHIPS.rows(db, f, **page),
    )
    counts = []
    model.count_changed.connect(counts.append)
    started = time.perf_counter()
    model.set_query(Query(RecordFilter(as_of=registry.AS_OF), "local"))
    result["first rows"] = wait(lambda: model.row_object(0) is not None)
    wait(lambda: bool(counts))
    result["count"] = time.perf_counter() - started
    total = counts[-1]
    wait(lambda: not model.is_loading())
    deep = total * 9 // 10
    started = time.perf_counter()
    model.index(deep, 0).data()
    wait(lambda: model.row_object(deep) is not None)
    result["scroll to 90 %"] = time.perf_counter() - started
    con = sqlite3.connect(path)
    busiest = con.execute(
        "SELECT partnership_id FROM attachment WHERE partnership_id IS NOT NULL "
        "GROUP BY partnership_id ORDER BY count(*) DESC, partnership_id LIMIT 1"
    ).fetchone()
    con.close()
    pid = busiest[0] if busiest else int(os.environ.get("BENCH_PARTNERSHIP", "1"))
    started = time.perf_counter()
    lines = attachments.partnership_documents(db, pid)
    result["a partnership's documents list"] = time.perf_counter() - started
    started = time.perf_counter()
    partnership_profile(db, pid, registry.AS_OF)
    result["its printed profile's data"] = time.perf_counter() - started
    result["partnership"] = pid
    result["documents listed"] = len(lines)
    db.close()
    return result


def child(path: Path, pid: int | None = None) -> dict:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    if pid is not None:
        env["BENCH_PARTNERSHIP"] = str(pid)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(path)], env=env, capture_output=True, text=True
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise RuntimeError(f"child failed: {done.stderr.strip()[-400:]}")
    return json.loads(lines[-1])


# --- the run -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partnerships", type=int, default=100_000)
    parser.add_argument("--gigabytes", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_in_child(args.child)), flush=True)
        os._exit(0)  # PySide6 may crash in the final garbage collection after threads ran

    plain, filled = built(args.partnerships, args.gigabytes)
    names = {plain: "without documents", filled: f"with {args.gigabytes:g} GB of documents"}
    best: dict[Path, dict[str, float]] = {plain: {}, filled: {}}
    notes: dict[Path, list[str]] = {plain: [], filled: []}

    def keep(path: Path, key: str, seconds: float) -> None:
        best[path][key] = min(best[path].get(key, seconds), seconds)

    pid = None
    for path in (filled, plain):  # the plain one lists the same partnership's (none)
        for key, seconds in child(path, pid).items():
            if key == "partnership":
                pid = seconds
    for path in (plain, filled):  # the day's backup, so the start-ups are usual ones
        seconds = suite.todays_backup(path)
        notes[path].append(f"the day's backup: {seconds:.1f} s")
        started = time.perf_counter()
        from desktop.store.backups import integrity_problems

        integrity_problems(path, thorough=False)
        keep(path, "SQLite's quick check (reads every page)", time.perf_counter() - started)
    try:
        for round_ in range(args.repeat):
            print(f"round {round_ + 1} of {args.repeat} ...", file=sys.stderr, flush=True)
            for path in (plain, filled) if round_ % 2 == 0 else (filled, plain):
                r = suite.child("startup", path, suite.OUT / "none")
                marks = r["marks"]
                keep(path, "window: start-up to first rows", marks["rows"] - r["started"])
                if "settled" in marks:
                    keep(path, "window: until every tab loaded", marks["settled"] - r["started"])
                keep(path, "window: longest pause of its event loop", r["longest_pause"])
                t = suite.child("table", path, suite.OUT / "none")
                keep(path, "table: first rows", t["seconds"])
                keep(path, "table: search keystroke", t["search_seconds"])
                for key, seconds in child(path, pid).items():
                    if isinstance(seconds, float):
                        keep(path, key, seconds)
                    elif key == "documents listed":
                        listed = f"documents listed for partnership {pid}: {seconds}"
                        if listed not in notes[path]:
                            notes[path].append(listed)
    finally:
        for path in (plain, filled):
            suite.drop_backups(path)
    print(
        f"Sister City Registry, bench/documents.py: {time.strftime('%Y-%m-%d')}, "
        f"{os.cpu_count()} CPUs, {args.partnerships:,} partnerships, best of {args.repeat}\n"
    )
    for path in (plain, filled):
        size = path.stat().st_size / MB
        print(f"  {names[path]}: {path.name}, {size:,.0f} MB; " + "; ".join(notes[path]))
    print(f"\n{'measure':44} {'without':>10} {'with':>10} {'ratio':>6}")
    for key in best[plain]:
        a, b = best[plain][key], best[filled].get(key)
        if b is None:
            continue
        ratio = f"{b / a:6.2f}" if a > 0 else "     -"
        print(f"{key:44} {a * 1000:8.1f}ms {b * 1000:8.1f}ms {ratio}")


if __name__ == "__main__":
    main()
