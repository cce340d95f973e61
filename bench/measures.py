"""One measurement, run in a child process of its own so that its peak memory is its own:

    python bench/measures.py NAME DB OUT      (DB: a file, or a URL for "table")

prints one JSON line: {"seconds": ..., "peak_mb": ..., ...}. Each app measurement has a
bare one beside it (the same work done with the bare tools) that bench/run runs in the
same way. The window's measurements live in measures_qt.py.
"""

import json
import os
import resource
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    over from the parent across fork and exec, which would report the builder's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # macOS: bytes, roughly


# --- the briefing workbook ---------------------------------------------------------------


def export_app(db_path: Path, out: Path) -> dict:
    """The council briefing of the whole registry, as File > Export writes it."""
    from registry import AS_OF

    from desktop.reports.briefing_workbook import export_briefing
    from desktop.store.database import open_database
    from desktop.store.queries import RecordFilter

    db = open_database(db_path, create=False)
    started, cpu = time.perf_counter(), time.process_time()
    result = export_briefing(db, out, RecordFilter(as_of=AS_OF))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    rows = result.partnerships + result.exchanges + result.decisions + result.attention
    size_mb = out.stat().st_size / 1e6
    return {
        "seconds": seconds,
        "cpu": cpu,
        "rows": rows,
        "attention": result.attention,
        "size_mb": size_mb,
    }


def export_bare(db_path: Path, out: Path) -> dict:
    """The same tables, every column, streamed into write-only sheets: no styles, no joins,
    no status, no summary. What the briefing costs on top of writing the rows at all."""
    from openpyxl import Workbook

    started, cpu = time.perf_counter(), time.process_time()
    conn = sqlite3.connect(db_path)
    wb = Workbook(write_only=True)
    rows = 0
    for table in ("partnership", "exchange", "decision"):
        ws = wb.create_sheet(table)
        cursor = conn.execute(f"SELECT * FROM {table}")
        ws.append([d[0] for d in cursor.description])
        for row in cursor:
            ws.append(row)
            rows += 1
    wb.save(out)
    conn.close()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "rows": rows, "size_mb": out.stat().st_size / 1e6}


# --- an import ---------------------------------------------------------------------------


def import_app(db_path: Path, workbook: Path) -> dict:
    """`sister-cities import LIST.xlsx --local-country US` into (a copy of) the registry:
    read, plan, then apply (the list has no column for the local country)."""
    from desktop.services.importing.apply import apply_plan
    from desktop.services.importing.headers import guess_mapping
    from desktop.services.importing.plan import plan_import
    from desktop.services.importing.reading import read_table
    from desktop.store.database import open_database

    db = open_database(db_path, create=False)
    started, cpu = time.perf_counter(), time.process_time()
    table = read_table(workbook)
    plan = plan_import(db, table, guess_mapping(table.headers, defaults={"local_country": "US"}))
    planned = time.perf_counter()
    result = apply_plan(db, plan)
    done, cpu = time.perf_counter(), time.process_time() - cpu
    db.close()
    return {
        "seconds": done - started,
        "cpu": cpu,
        "plan_seconds": planned - started,
        "apply_seconds": done - planned,
        "new": result.new,
        "matched": result.matched,
        "rejected": result.rejected,
        "communities": result.communities,
    }


def import_bare(_db_path: Path, workbook: Path) -> dict:
    """openpyxl's streaming read of the same file, every value, nothing else."""
    import openpyxl

    started, cpu = time.perf_counter(), time.process_time()
    wb = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
    rows = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "rows": rows,
    }


MEASURES = {
    "export": export_app,
    "export-bare": export_bare,
    "import": import_app,
    "import-bare": import_bare,
}


def main() -> None:
    name, out = sys.argv[1], Path(sys.argv[3])
    db_path = sys.argv[2] if "://" in sys.argv[2] else Path(sys.argv[2])  # a file or a URL
    if name in MEASURES:
        result = MEASURES[name](db_path, out)
    else:
        import measures_qt

        result = measures_qt.MEASURES[name](db_path, out)
    result["peak_mb"] = peak_mb()
    print(json.dumps(result, default=str), flush=True)
    # PySide6 can crash in the interpreter's final garbage collection after worker threads
    # have run; a measurement has nothing left to clean up, so it leaves at once.
    os._exit(0)


if __name__ == "__main__":
    main()
