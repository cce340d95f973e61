"""Time the council briefing export against a bare openpyxl write-only dump of the same
tables, measured in the same run, and report each one's peak memory.

    python bench/export_briefing.py [--partnerships 100000] [--exchanges 500000]

The database is generated (bulk inserts, not through the services) under bench/out/, which
git ignores. Each measurement runs in a fresh child process, so its peak resident memory
(ru_maxrss) is its own.
"""

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"
COUNTRIES = ["RU", "JP", "DE", "FR", "MX", "CN", "UA", "GB", "IT", "KR", "BR", "GH", "SV", "IE"]
AREAS = ["youth_education", "arts_culture", "business_trade", "municipal_delegation", "sports"]
DIRECTIONS = ["outbound", "inbound", "two_way"]
EX_STATUS = ["completed"] * 6 + ["planned", "confirmed", "canceled", "postponed"]
KINDS = ["sister_city"] * 8 + ["friendship_city", "sister_county"]
NOTE = "Established after a mayoral visit; the association runs seven committees. " * 3


def build(path: Path, n_partnerships: int, n_exchanges: int) -> None:
    import sqlalchemy as sa

    from desktop.store.database import open_database
    from desktop.store.models import Community, Decision, Exchange, Partnership

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path)
    rnd = random.Random(7)
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    locals_n = 500
    partners_n = -(-n_partnerships // locals_n)
    with db.engine.begin() as conn:
        communities = [
            {"name": f"Hometown {i}", "subdivision": "Virginia", "country": "US", "kind": "city"}
            for i in range(locals_n)
        ] + [
            {
                "name": f"Partnerstadt {i}",
                "subdivision": "",
                "country": COUNTRIES[i % len(COUNTRIES)],
                "kind": "city",
            }
            for i in range(partners_n)
        ]
        conn.execute(
            sa.insert(Community.__table__),
            [c | stamp | {"binding_actor_types": "governing_body"} for c in communities],
        )
        rows = []
        for i in range(n_partnerships):
            precision = ("year", "day", "unknown")[i % 3]
            year = 1960 + i % 60
            rows.append(
                {
                    "local_id": 1 + i % locals_n,
                    "partner_id": 1 + locals_n + i // locals_n,
                    "kind": KINDS[i % len(KINDS)],
                    "established_on": None if precision == "unknown" else date(year, 5, 1),
                    "established_precision": precision,
                    "coordinating_organization": f"Sister City Association {i % 500}",
                    "notes": NOTE if i % 4 == 0 else "",
                    "local_signatory_name": "",
                    "local_signatory_title": "",
                    "partner_signatory_name": "",
                    "partner_signatory_title": "",
                }
                | stamp
            )
        conn.execute(sa.insert(Partnership.__table__), rows)
        rows = []
        for i in range(n_partnerships // 10):  # one in ten: a suspension, an end or a request
            pid = 1 + i * 10
            action = ("suspend", "end", "request_termination", "reaffirm")[i % 4]
            day = date(2022, 3, 1) + timedelta(days=i % 200)
            rows.append(
                {
                    "partnership_id": pid,
                    "decided_on": day,
                    "decided_precision": "day",
                    "actor_name": "Jane Doe",
                    "actor_title": "Council clerk",
                    "actor_body": "City Council",
                    "actor_type": "governing_body",
                    "action": action,
                    "condition": "until the end of hostilities" if action == "suspend" else "",
                    "review_on": day + timedelta(days=180) if action == "suspend" else None,
                    "rationale": "Resolution adopted after public comment.",
                    "source_kind": "resolution",
                    "source_title": f"Resolution {2022}-{i}",
                    "source_author": "City Council",
                    "source_reference": f"R-{i}",
                    "takes_effect_on": day,
                    "binding": action in ("suspend", "end"),
                }
                | stamp
            )
        conn.execute(sa.insert(Decision.__table__), rows)
        chunk = []
        for i in range(n_exchanges):
            status = EX_STATUS[i % len(EX_STATUS)]
            year = 1990 + rnd.randrange(36)
            chunk.append(
                {
                    "partnership_id": 1 + rnd.randrange(n_partnerships),
                    "title": f"Delegation {i}: students and faculty visit",
                    "programme_area": AREAS[i % len(AREAS)],
                    "direction": DIRECTIONS[i % 3],
                    "start_on": date(year, 1 + i % 12, 1),
                    "start_precision": ("month", "year", "day")[i % 3],
                    "end_on": None,
                    "end_precision": None,
                    "participants": rnd.randrange(2, 40),
                    "institutions": "Old Dominion University; Norfolk Public Schools",
                    "status": status,
                    "reason": "COVID-19 pandemic" if status in ("canceled", "postponed") else "",
                    "notes": "",
                }
                | stamp
            )
            if len(chunk) == 50_000:
                conn.execute(sa.insert(Exchange.__table__), chunk)
                chunk = []
        if chunk:
            conn.execute(sa.insert(Exchange.__table__), chunk)
    db.close()


def run_export(db_path: Path, out: Path) -> dict:
    from desktop.reports.briefing_workbook import export_briefing
    from desktop.store.database import open_database
    from desktop.store.queries import PartnershipFilter

    db = open_database(db_path, create=False)
    started = time.perf_counter()
    result = export_briefing(db, out, PartnershipFilter(as_of=date(2023, 1, 1)))
    seconds = time.perf_counter() - started
    db.close()
    rows = result.partnerships + result.exchanges + result.decisions + result.attention
    return {"seconds": seconds, "rows": rows, "attention": result.attention}


def run_baseline(db_path: Path, out: Path) -> dict:
    """The same tables, every column, streamed into write-only sheets: no styles, no joins,
    no status, no summary. What the briefing costs on top of writing the rows at all."""
    import sqlite3

    from openpyxl import Workbook

    started = time.perf_counter()
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
    return {"seconds": time.perf_counter() - started, "rows": rows}


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


def child(phase: str, db_path: Path, out: Path) -> None:
    result = run_export(db_path, out) if phase == "export" else run_baseline(db_path, out)
    result["peak_mb"] = peak_mb()
    result["size_mb"] = out.stat().st_size / 1e6
    print(json.dumps(result))


def measure(phase: str, db_path: Path) -> dict:
    out = OUT / f"{phase}.xlsx"
    done = subprocess.run(
        [sys.executable, __file__, "--child", phase, "--db", str(db_path), "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partnerships", type=int, default=100_000)
    parser.add_argument("--exchanges", type=int, default=500_000)
    parser.add_argument(
        "--reuse", action="store_true", help="use bench/out/bench.sqlite if already built"
    )
    parser.add_argument("--child", choices=["export", "baseline"])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.out)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    db_path = OUT / "bench.sqlite"
    started = time.perf_counter()
    if args.reuse and db_path.exists():
        print(f"reusing {db_path}")
    else:
        build(db_path, args.partnerships, args.exchanges)
        print(
            f"built {args.partnerships:,} partnerships, {args.exchanges:,} exchanges in "
            f"{time.perf_counter() - started:.1f} s"
        )
    baseline = measure("baseline", db_path)
    export = measure("export", db_path)
    print(
        f"bare write-only dump: {baseline['seconds']:.1f} s, {baseline['rows']:,} rows, "
        f"peak {baseline['peak_mb']:.0f} MB, {baseline['size_mb']:.1f} MB file"
    )
    print(
        f"briefing export:      {export['seconds']:.1f} s, {export['rows']:,} rows "
        f"({export['attention']:,} needing attention), peak {export['peak_mb']:.0f} MB, "
        f"{export['size_mb']:.1f} MB file"
    )
    print(f"ratio export / bare dump: {export['seconds'] / baseline['seconds']:.2f}")


if __name__ == "__main__":
    main()
