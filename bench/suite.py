"""`bench/run`: how the app's costs grow with the registry, in one table.

Builds (once, cached in bench/out/) synthetic registries of 1,000, 100,000 and 1,000,000
partnerships, then measures at each size, every measurement in a child process of its own
beside a bare baseline measured in the same run, and prints seconds, the ratio to the
baseline and the child's peak memory. The table also goes to bench/out/latest.txt.

    bench/run [--sizes 1000,100000] [--rebuild] [--only startup,table,import] [--postgresql URL]

--postgresql URL also measures the table's first rows and search keystroke on a registry
kept on a PostgreSQL server (copied there from one of the cached files with `sister-cities
--db bench/out/registry-....sqlite copy --to URL`), against the same SQL run bare through
psycopg, and adds them under the table.
"""

import argparse
import itertools
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from importlib.metadata import version
from pathlib import Path

import registry
from table_rows import IMPORT_ROWS, LEGEND, ROWS

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
SIZES = (1_000, 100_000, 1_000_000)
REPEAT = 3  # the short measurements: best of three
STARTS = 5  # start-ups: five pairs of cold starts, bare and app in turn; medians
SEARCH_RUNS = 3  # a clerk typing in the window: three runs, the median


@dataclass
class Cell:
    seconds: float | None = None
    bare: float | None = None
    peak_mb: float | None = None
    note: str = ""

    def text(self) -> str:
        if self.seconds is None:
            return self.note or "-"
        ratio = f" (x{self.seconds / self.bare:.1f})" if self.bare else ""
        memory = f" {self.peak_mb:,.0f} MB" if self.peak_mb is not None else ""
        return f"{_seconds(self.seconds)}{ratio}{memory}"


@dataclass
class Column:
    size: int
    counts: dict = field(default_factory=dict)
    file_mb: float = 0.0
    built: str = "cached"
    cells: dict[str, Cell] = field(default_factory=dict)
    remarks: list[str] = field(default_factory=list)


def _seconds(s: float) -> str:
    return f"{s:.3f} s" if s < 1 else f"{s:.2f} s" if s < 100 else f"{s:,.0f} s"


def _size(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k" if n >= 1000 else str(n)


def child(name: str, db: Path | str, out: Path, config: Path | None = None) -> dict:
    """Run one measurement in a fresh process; its JSON, with the moment it was started."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    # The window's remembered filters, sort and tab must not come from the last run.
    env["XDG_CONFIG_HOME"] = str(config or Path(tempfile.mkdtemp(dir=OUT, prefix="config-")))
    command = [sys.executable, str(BENCH / "measures.py"), name, str(db), str(out)]
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
        raise RuntimeError(f"{name} failed (exit {done.returncode}): {tail}")
    return json.loads(lines[-1]) | {"started": started}


def measure(column: Column, db: Path, key: str, run) -> None:
    """Fill the cells `run` measures; a failure is said in its cell, the run goes on."""
    print(f"  {_size(column.size)}: {ROWS.get(key, key)} ...", file=sys.stderr, flush=True)
    try:
        run(column, db)
    except (RuntimeError, OSError, KeyError, TimeoutError) as exc:
        column.cells.setdefault(key, Cell(note="failed"))
        column.remarks.append(f"{ROWS.get(key, key)}: {exc}")


def todays_backup(db: Path) -> float:
    """Take the day's backup (`sister-cities backup`) so that the start-ups measured are a
    clerk's usual ones: the first start of a day also runs the full integrity check and
    takes this backup in the background, which would run beside every measured start (each
    has settings of its own). Returns the seconds the backup took."""
    env = os.environ | {"XDG_CONFIG_HOME": str(Path(tempfile.mkdtemp(dir=OUT, prefix="config-")))}
    started = time.monotonic()
    command = [sys.executable, "-m", "desktop", "--db", str(db), "backup"]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"backup failed: {done.stderr.strip()}")
    return time.monotonic() - started


def drop_backups(db: Path) -> None:
    """The bench's backups only stand for the day's one: gigabytes at 1M, not kept."""
    for taken in db.parent.glob(f"{db.stem}.backup-*.sqlite"):
        taken.unlink()


def startup(column: Column, db: Path) -> None:
    try:
        seconds = todays_backup(db)
        column.remarks.append(
            f"the day's backup (`sister-cities backup`, checked): {_seconds(seconds)}"
        )
        _startups(column, db)
    finally:
        drop_backups(db)


def first_page(db: Path) -> Path:
    """The SQL of the window's first page (partnerships by local community, today), with
    its parameters, in a file the bare start-up reads: it needs nothing of ours."""
    from desktop.store.engine import make_engine
    from desktop.store.queries import RecordFilter, page_statement
    from desktop.ui.tables.lazy_model import BLOCK

    engine = make_engine(db)
    statement = page_statement(RecordFilter(as_of=date.today()), limit=BLOCK)
    compiled = statement.compile(
        dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    params = [compiled.params[k] for k in compiled.positiontup]
    params = [p.isoformat() if isinstance(p, date) else p for p in params]
    engine.dispose()
    page = OUT / f"first-page-{db.stem}.json"
    page.write_text(json.dumps({"sql": str(compiled), "params": params}))
    return page


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _startups(column: Column, db: Path) -> None:
    """Paired cold starts, the bare one and the app's in turn, each a fresh process; the
    medians are compared."""
    page = first_page(db)
    bare, bare_painted, app, ready, settled, pauses, peaks = [], [], [], [], [], [], []
    early = 0  # starts that showed the first rows before the full window
    totals: dict = {}
    for _ in range(STARTS):
        r = child("startup-bare", db, page)
        bare.append(r["marks"]["rows"] - r["started"])
        bare_painted.append(r["marks"]["painted"] - r["started"])
        r = child("startup", db, OUT / "none")
        marks = r["marks"]
        if "first_rows" in marks:  # painted, as the bare window's "painted"
            early += 1
            app.append(marks["first_rows"] - r["started"])
        elif "rows" in marks:
            app.append(marks["rows"] - r["started"])
        if "rows" in marks:
            ready.append(marks["rows"] - r["started"])
        if "settled" in marks:
            settled.append(marks["settled"] - r["started"])
        totals = r.get("totals", {})
        pauses.append(r["longest_pause"])
        peaks.append(r["peak_mb"])
    floor = _median(bare_painted if early == STARTS else bare)
    if app:
        column.cells["startup"] = Cell(_median(app), floor, _median(peaks))
    if ready:
        column.cells["ready"] = Cell(_median(ready), _median(bare), _median(peaks))
    if settled:
        column.cells["settled"] = Cell(_median(settled), _median(bare), _median(peaks))
    column.remarks.append(
        f"start-up: {STARTS} paired cold starts, {early} showing the first rows before the "
        f"full window; first rows {_spread(app)}, bare painted {_spread(bare_painted)}; "
        f"full window's rows {_spread(ready)}, bare's first tick {_spread(bare)}; longest "
        f"pause of the event loop {_median(pauses):.2f} s (median; the parts loading in "
        "steps behind the first rows)"
    )
    column.cells.setdefault("settled", Cell(note="not in 15 min"))
    built = {
        f"{table}s".replace("communitys", "communities"): n for table, n in column.counts.items()
    }
    said = ", ".join(f"{totals.get(noun, 0):,} {noun}" for noun in built)
    agree = "as built" if totals == built else f"NOT as built: {built}"
    column.remarks.append(f"the window's counts: {said} ({agree})")
    _searches_in_window(column, db)


def _spread(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{min(values):.3f}-{max(values):.3f} s"


def _searches_in_window(column: Column, db: Path) -> None:
    """A clerk typing SEARCH in the window, a key every 250 ms: right after the first rows
    show, and once every tab has loaded. From the last key to its rows."""
    for key, name in (("first-search", "first-search"), ("typing", "typing")):
        runs = [child(name, db, OUT / "none") for _ in range(SEARCH_RUNS)]
        waits = [
            r["marks"]["searched"] - r["marks"]["last_key"]
            for r in runs
            if "searched" in r["marks"] and "last_key" in r["marks"]
        ]
        if not waits:
            column.cells[key] = Cell(note="no rows")
            continue
        column.cells[key] = Cell(_median(waits), None, _median([r["peak_mb"] for r in runs]))
        column.remarks.append(f"{ROWS[key]}: {_spread(waits)} over {len(waits)} runs")


def table(column: Column, db: Path) -> None:
    r = child("table", db, OUT / "none")
    column.cells["table"] = Cell(r["seconds"], r["bare"], r["peak_mb"])
    keys = r["keystrokes"]
    worst = max(keys, key=lambda k: keys[k][0] / keys[k][1])
    column.cells["search"] = Cell(keys[worst][0], keys[worst][1], r["peak_mb"])
    column.remarks.append(
        f"table: first rows {r['seconds'] * 1000:.1f} ms against the bare SQL's first run on "
        f"a new connection {r['bare'] * 1000:.1f} ms (its best of three "
        f"{r['warm_bare'] * 1000:.1f} ms)"
    )
    column.remarks.append(
        "search keystrokes (app / bare SQL): "
        + ", ".join(
            f"'{k}' {v[0] * 1000:.1f} / {v[1] * 1000:.1f} ms (x{v[0] / v[1]:.1f})"
            for k, v in keys.items()
        )
    )


def export(column: Column, db: Path) -> None:
    bare = child("export-bare", db, OUT / "bare.xlsx")
    app = child("export", db, OUT / "briefing.xlsx")
    column.cells["export"] = Cell(app["seconds"], bare["seconds"], app["peak_mb"])
    if app["sheets"] != bare["sheets"]:  # then the baseline is not the floor it claims
        column.remarks.append(
            f"export: the bare dump's rows {bare['sheets']} are not the briefing's {app['sheets']}"
        )
    column.remarks.append(
        f"briefing: {app['rows']:,} rows ({app['attention']:,} attention); CPU time "
        f"{_seconds(app['cpu'])} against the bare dump's {_seconds(bare['cpu'])} "
        f"(x{app['cpu'] / bare['cpu']:.2f}), the bare dump's peak {bare['peak_mb']:,.0f} MB"
    )
    for name in ("bare.xlsx", "briefing.xlsx"):
        (OUT / name).unlink(missing_ok=True)


def _scratch_copy(db: Path | None, scratch: Path) -> Path:
    """A copy of the registry to write into (never the cached one), nothing beside it;
    without `db`, the copy is removed."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    if db is not None:
        shutil.copyfile(db, scratch)
    return scratch


def import_(column: Column, db: Path) -> None:
    workbook = registry.import_list(db, IMPORT_ROWS)
    scratch = _scratch_copy(db, OUT / "import-scratch.sqlite")
    try:
        # One bare pass and the import, each once and one after the other: the same file,
        # as warm in the file cache for both; then the bare writing into a fresh copy.
        bare_run = child("import-bare", db, workbook)
        app = child("import", scratch, workbook)
        bare = bare_run["seconds"]
        floor = child("import-write-bare", _scratch_copy(db, scratch), workbook)
    finally:
        _scratch_copy(None, scratch)
    column.cells["import"] = Cell(app["seconds"], bare, app["peak_mb"])
    column.remarks.append(
        f"import: plan {_seconds(app['plan_seconds'])}, apply {_seconds(app['apply_seconds'])}"
        f"; {app['new']:,} new, {app['matched']:,} matched, {app['rejected']:,} rejected, "
        f"{app['communities']:,} new communities; CPU time {_seconds(app['cpu'])} against "
        f"the bare pass's {_seconds(bare_run['cpu'])} (x{app['cpu'] / bare_run['cpu']:.1f})"
    )
    column.remarks.append(
        f"import, the same rows read and written bare (openpyxl, then sqlite3 into a copy of "
        f"the registry, its indexes and triggers, one commit): {_seconds(floor['seconds'])} "
        f"(read {_seconds(floor['read_seconds'])}, insert {_seconds(floor['write_seconds'])}"
        f", commit {_seconds(floor['commit_seconds'])}); the import is "
        f"x{app['seconds'] / floor['seconds']:.1f} of it"
    )


def pdf(column: Column, db: Path) -> None:
    out = OUT / "list.pdf"
    bare = min(child("pdf-bare", db, out)["seconds"] for _ in range(REPEAT))
    runs = [child("pdf", db, out) for _ in range(REPEAT)]
    app = min(runs, key=lambda r: r["seconds"])
    column.cells["pdf"] = Cell(app["seconds"], bare, app["peak_mb"])
    column.remarks.append(f"list report: {app['pages']} pages")
    out.unlink(missing_ok=True)


MEASUREMENTS = [startup, table, export, import_, pdf]


def pyside_version() -> str:
    """The installed PySide6 (the essentials package, or the whole of it)."""
    import PySide6

    return PySide6.__version__


def machine() -> str:
    return (
        f"{date.today().isoformat()}, {os.cpu_count()} CPUs, {platform.system()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"PySide6 {pyside_version()}, openpyxl {version('openpyxl')}, "
        f"SQLAlchemy {version('SQLAlchemy')}"
    )


def on_postgresql(url: str) -> str:
    """The table's first rows and slowest search keystroke on the server's registry."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(url)
    with engine.connect() as conn:
        counted = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("partnership", "exchange", "decision")
        }
        server = conn.execute(text("SHOW server_version")).scalar_one()
    engine.dispose()
    print(f"  PostgreSQL: {ROWS['table']}, {ROWS['search']} ...", file=sys.stderr, flush=True)
    r = child("table", url, OUT / "none")
    first, search = (
        Cell(r["seconds"], r["bare"], r["peak_mb"]),
        Cell(r["search_seconds"], r["search_bare"], r["peak_mb"]),
    )
    where = make_url(url).render_as_string(hide_password=True)
    keystrokes = ", ".join(f"'{k}' {_seconds(v[0])}" for k, v in r["keystrokes"].items())
    return "\n".join(
        [
            f"On PostgreSQL {server} ({where}): {counted['partnership']:,} partnerships, "
            f"{counted['exchange']:,} exchanges, {counted['decision']:,} timeline entries",
            f"  {ROWS['table']}: {first.text()}",
            f"  {ROWS['search']}: {search.text()} ('{r['search_text']}'; every keystroke:"
            f" {keystrokes})",
            "  (baseline: the same page SELECT run bare through psycopg)",
            "",
        ]
    )


def render(columns: list[Column]) -> str:
    width = max(len(c.text()) for col in columns for c in col.cells.values()) + 2
    label = max(len(v) for v in ROWS.values()) + 2
    lines = [f"Sister City Registry, bench/run: {machine()}", ""]
    lines.append("partnerships".ljust(label) + "".join(f"{c.size:,}".ljust(width) for c in columns))
    for table_name, noun in (("exchange", "exchanges"), ("decision", "timeline entries")):
        lines.append(
            f"  {noun}".ljust(label)
            + "".join(f"{c.counts[table_name]:,}".ljust(width) for c in columns)
        )
    lines.append(
        "  file".ljust(label)
        + "".join(f"{c.file_mb:,.0f} MB ({c.built})".ljust(width) for c in columns)
    )
    lines.append("")
    for key, name in ROWS.items():
        cells = [c.cells.get(key, Cell()).text() for c in columns]
        lines.append(name.ljust(label) + "".join(t.ljust(width) for t in cells).rstrip())
    data = ", then ".join(f"x{b.size / a.size:g}" for a, b in itertools.pairwise(columns))
    if data:
        lines += ["", f"growth of the app's time from one size to the next (data: {data}):"]
    for key, name in ROWS.items():
        steps = []
        for before, after in itertools.pairwise(columns):
            a, b = before.cells.get(key), after.cells.get(key)
            if a and b and a.seconds and b.seconds:
                steps.append(f"x{b.seconds / a.seconds:,.1f}")
        if steps:
            lines.append(f"  {name}".ljust(label + 2) + ", ".join(steps))
    lines += ["", LEGEND, ""]
    for c in columns:
        lines += [f"at {c.size:,}:"] + [f"  {remark}" for remark in c.remarks]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, SIZES)),
        help="partnerships per registry, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--rebuild", action="store_true", help="build the registries again")
    parser.add_argument(
        "--skip",
        default="",
        metavar="NAME@SIZE,...",
        help="measurements to leave out, e.g. export@1000000 (the cell says 'skipped')",
    )
    parser.add_argument(
        "--only",
        default="",
        metavar="NAME,...",
        help="only these measurements (startup, table, export, import, pdf)",
    )
    parser.add_argument(
        "--postgresql",
        metavar="URL",
        help="also measure the table and search on the registry at this PostgreSQL URL",
    )
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    OUT.mkdir(parents=True, exist_ok=True)
    columns = []
    for size in sizes:
        started = time.perf_counter()
        existed = registry.path_for(size).exists() and not args.rebuild
        db = registry.cached(size, rebuild=args.rebuild)
        column = Column(size, registry.counts(db), db.stat().st_size / 1e6)
        if not existed:
            column.built = f"built in {time.perf_counter() - started:.0f} s"
        for run in MEASUREMENTS:
            key = run.__name__.rstrip("_")
            if args.only and key not in args.only.split(","):
                continue
            if f"{key}@{size}" in args.skip.split(","):
                column.cells[key] = Cell(note="skipped")
                continue
            measure(column, db, key, run)
        columns.append(column)
    for leftover in OUT.glob("config-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    text = render(columns) if columns else ""
    if args.postgresql:
        text += "\n" + on_postgresql(args.postgresql)
    (OUT / "latest.txt").write_text(text)
    print(text, end="")


if __name__ == "__main__":
    main()
