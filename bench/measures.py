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
    sheets = {
        "partnerships": result.partnerships,
        "exchanges": result.exchanges,
        "decisions": result.decisions,
        "attention": result.attention,
        "documents": result.documents,
    }
    return {
        "seconds": seconds,
        "cpu": cpu,
        "rows": sum(sheets.values()),
        "sheets": sheets,
        "attention": result.attention,
        "size_mb": out.stat().st_size / 1e6,
    }


# The briefing's rows, by plain SQL: the partnerships not archived with their status on the
# day (the binding status change in effect then; before any, active once established or
# signed by both), their exchanges and timeline entries up to the day, what needs attention
# and the documents kept with them. The bare baseline knows nothing of the app but this.
BARE_STATUS = """
WITH change AS (
  SELECT p.id AS pid, (
    SELECT d.id FROM decision d
    WHERE d.partnership_id = p.id AND d.binding AND d.archived_at IS NULL
      AND d.takes_effect_on <= :day
      AND d.action IN ('establish', 'upgrade', 'reinstate', 'suspend', 'end')
    ORDER BY d.takes_effect_on DESC, d.decided_on DESC, d.id DESC LIMIT 1) AS did
  FROM partnership p WHERE p.archived_at IS NULL
), selected AS (
  SELECT p.*, l.name AS local, l.subdivision AS local_subdivision, l.country AS local_country,
    pa.name AS partner, pa.subdivision AS partner_subdivision, pa.country AS partner_country_code,
    CASE d.action WHEN 'suspend' THEN 'suspended' WHEN 'end' THEN 'ended'
      WHEN 'establish' THEN 'active' WHEN 'upgrade' THEN 'active' WHEN 'reinstate' THEN 'active'
      ELSE CASE WHEN (p.established_precision IS NOT NULL
                      AND (p.established_on IS NULL OR p.established_on <= :day))
                  OR (p.local_signed_on <= :day AND p.partner_signed_on <= :day)
                THEN 'active' ELSE 'proposed' END
    END AS status,
    d.review_on, d.condition
  FROM change JOIN partnership p ON p.id = change.pid LEFT JOIN decision d ON d.id = change.did
  JOIN community l ON l.id = p.local_id JOIN community pa ON pa.id = p.partner_id
)
"""
BARE_SHEETS = {
    "partnerships": """
SELECT id, local, local_subdivision, local_country, partner, partner_subdivision,
  partner_country_code, local_country = partner_country_code, kind, established_on, status,
  origin, coordinating_organization, notes
FROM selected ORDER BY local, partner, id""",
    "exchanges": """
SELECT e.partnership_id, s.local, s.partner, s.partner_country_code, e.title, e.programme_area,
  e.direction, e.start_on, e.end_on, e.participants, e.institutions, e.status, e.reason
FROM exchange e JOIN selected s ON s.id = e.partnership_id
WHERE e.archived_at IS NULL
ORDER BY s.local, s.partner, e.start_on, e.id""",
    "decisions": """
SELECT d.decided_on, d.partnership_id, s.local, s.partner, d.actor_name, d.actor_type,
  d.action, d.binding, d.effective_on, d.condition, d.review_on, d.rationale, d.source_kind,
  d.source_title, d.source_author, d.source_date, d.source_reference
FROM decision d JOIN selected s ON s.id = d.partnership_id
WHERE d.archived_at IS NULL AND d.decided_on <= :day
ORDER BY d.decided_on, d.takes_effect_on, d.id""",
    "attention": """
SELECT * FROM (
  SELECT 'review due', id, local, partner, condition, review_on FROM selected
  WHERE status = 'suspended' AND review_on <= :day
  ORDER BY review_on, local, partner, id)
UNION ALL SELECT * FROM (
  SELECT 'dormant', s.id, s.local, s.partner,
    coalesce(x.end_on, x.start_on, s.established_on), NULL
  FROM selected s LEFT JOIN exchange x ON x.id = (
    SELECT e.id FROM exchange e
    WHERE e.partnership_id = s.id AND e.archived_at IS NULL AND e.status = 'completed'
      AND coalesce(e.end_on, e.start_on) IS NOT NULL
    ORDER BY coalesce(e.end_on, e.start_on) DESC, e.id DESC LIMIT 1)
  WHERE s.status = 'active' AND CASE
    WHEN coalesce(x.end_on, x.start_on) IS NOT NULL
     AND coalesce(x.end_precision, x.start_precision) IS NOT NULL
    THEN CASE coalesce(x.end_precision, x.start_precision)
      WHEN 'year' THEN coalesce(x.end_on, x.start_on) < :year_before
      WHEN 'month' THEN coalesce(x.end_on, x.start_on) < :month_before
      ELSE coalesce(x.end_on, x.start_on) < :before END
    WHEN s.established_on IS NOT NULL AND s.established_precision IS NOT NULL
     AND s.established_precision != 'unknown'
    THEN CASE s.established_precision
      WHEN 'year' THEN s.established_on < :year_before
      WHEN 'month' THEN s.established_on < :month_before
      ELSE s.established_on < :before END
    ELSE 0 END
  ORDER BY s.local_sort, s.partner_sort, s.id)
UNION ALL SELECT * FROM (
  SELECT 'exchange under a stopped partnership', s.id, s.local, s.partner, e.title, e.start_on
  FROM exchange e JOIN selected s ON s.id = e.partnership_id
  WHERE s.status IN ('suspended', 'ended') AND e.archived_at IS NULL
    AND e.status IN ('planned', 'confirmed')
  ORDER BY e.start_on, s.local, s.partner, e.id)""",
    "documents": """
SELECT s.id, s.local, s.partner, coalesce(e.title, d.action, 'partnership'), a.name, a.kind,
  a.size, a.attached_at, a.attached_by, a.sha256
FROM attachment a LEFT JOIN exchange e ON e.id = a.exchange_id
LEFT JOIN decision d ON d.id = a.decision_id
JOIN selected s ON s.id = coalesce(a.partnership_id, e.partnership_id, d.partnership_id)
WHERE a.archived_at IS NULL AND (e.id IS NULL OR e.archived_at IS NULL)
  AND (d.id IS NULL OR d.archived_at IS NULL)
ORDER BY s.local, s.partner, s.id, a.attached_at, a.id""",
}


def export_bare(db_path: Path, out: Path) -> dict:
    """The rows of every sheet of the briefing (see BARE_SHEETS), each read by one plain
    SELECT through sqlite3 and appended as sqlite3 gives them to an openpyxl write-only
    sheet: no styles, no labels, no formatted dates, no cover, no summary, no tables. What
    the briefing costs on top of writing its rows at all."""
    from datetime import date

    from openpyxl import Workbook

    day = date(2026, 1, 1)  # registry.AS_OF (the baseline imports nothing of ours)
    try:
        before = day.replace(year=day.year - 3)  # dormant: nothing completed since
    except ValueError:
        before = day.replace(year=day.year - 3, day=28)
    dates = {
        "day": day.isoformat(),
        "before": before.isoformat(),
        "month_before": before.replace(day=1).isoformat(),
        "year_before": before.replace(month=1, day=1).isoformat(),
    }
    started, cpu = time.perf_counter(), time.process_time()
    conn = sqlite3.connect(db_path)
    wb = Workbook(write_only=True)
    sheets = {}
    for name, sql in BARE_SHEETS.items():
        ws = wb.create_sheet(name)
        cursor = conn.execute(BARE_STATUS + sql, dates)
        ws.append([d[0] for d in cursor.description])
        rows = 0
        for row in cursor:
            ws.append(row)
            rows += 1
        sheets[name] = rows
    wb.save(out)
    conn.close()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "seconds": seconds,
        "cpu": cpu,
        "rows": sum(sheets.values()),
        "sheets": sheets,
        "size_mb": out.stat().st_size / 1e6,
    }


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


def import_write_bare(db_path: Path, workbook: Path) -> dict:
    """The writing an import cannot avoid, bare: the list read by openpyxl, then its
    partner communities a registry lacks and its partnerships inserted through sqlite3
    into (a copy of) the registry, with the registry's own indexes and full-text triggers,
    in one transaction committed as the app commits (WAL, synchronous FULL). Communities
    are found by name alone and values are plain (sort keys lower-cased, no audit trail,
    no batch, no checks): the least any import of these rows writes, and how that grows
    with the registry."""
    import openpyxl

    started, cpu = time.perf_counter(), time.process_time()
    wb = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
    rows = list(wb.worksheets[0].iter_rows(min_row=2, values_only=True))
    wb.close()
    read = time.perf_counter()
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("BEGIN IMMEDIATE")
    now = "2026-01-01 00:00:00.000000"
    ids: dict[str, int] = {}

    def community(name: str, country: str, subdivision: str = "") -> int:
        found = ids.get(name)
        if found is None:
            row = con.execute("SELECT id FROM community WHERE name = ?", (name,)).fetchone()
            if row is None:
                row = con.execute(
                    "INSERT INTO community (created_at, updated_at, kind, name, subdivision, "
                    "country, binding_actor_types, version, name_folded, subdivision_folded) "
                    "VALUES (?, ?, 'city', ?, ?, ?, 'governing_body', 1, ?, ?) RETURNING id",
                    (now, now, name, subdivision, country[:2].upper(), name.lower(),
                     subdivision.lower()),
                ).fetchone()  # fmt: skip
            found = ids[name] = row[0]
        return found

    pairs = []
    for local, state, partner, country, year, _kind in rows:
        pairs.append((community(local, "US", state), community(partner, country), local,
                      partner, country, year))  # fmt: skip
    con.executemany(
        "INSERT OR IGNORE INTO partnership (created_at, updated_at, local_id, partner_id, kind, "
        "established_precision, established_on, coordinating_organization, "
        "local_signatory_name, local_signatory_title, partner_signatory_name, "
        "partner_signatory_title, notes, version, local_sort, partner_sort, partner_country, "
        "partner_country_name, coordinating_organization_folded, notes_folded) "
        "VALUES (?, ?, ?, ?, 'sister_city', 'year', ?, '', '', '', '', '', '', 1, ?, ?, ?, ?, "
        "'', '')",
        [(now, now, a, b, f"{year}-01-01", local.lower(), partner.lower(),
          country[:2].upper(), country) for a, b, local, partner, country, year in pairs],
    )  # fmt: skip
    wrote = time.perf_counter()
    con.execute("COMMIT")
    con.close()
    done = time.perf_counter()
    return {
        "seconds": done - started,
        "cpu": time.process_time() - cpu,
        "read_seconds": read - started,
        "write_seconds": wrote - read,
        "commit_seconds": done - wrote,
        "rows": len(rows),
    }


MEASURES = {
    "export": export_app,
    "export-bare": export_bare,
    "import": import_app,
    "import-bare": import_bare,
    "import-write-bare": import_write_bare,
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
