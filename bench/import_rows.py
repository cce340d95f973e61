"""Import 100,000 rows and compare with a bare openpyxl read-only pass over the same file.

    python bench/import_rows.py [ROWS]

Builds an office-style workbook (City | State | Sister city | Country | Year | Type) in a
temporary folder, then times in the same run:
  baseline  openpyxl read_only + data_only, iter_rows(values_only=True), nothing else
  read      our reader (the same pass plus the XML scan for formulas and merged cells)
  plan      the dry run: reading, cleaning, matching against the registry, the preview plan
  apply     writing the plan as one batch (communities, partnerships, audit entries)
  undo      archiving the whole batch again (with audit entries)
and prints each as seconds and as a ratio to the baseline, with the peak memory.
"""

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from desktop.services.importing.apply import apply_plan
from desktop.services.importing.batches import undo_batch
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import plan_import
from desktop.services.importing.reading import read_table
from desktop.store.database import open_database

COUNTRIES = [
    "France", "Germany", "Japan", "China", "Mexico", "Italy", "Spain", "Poland", "Russia",
    "South Korea", "Brazil", "Ghana", "Kenya", "India", "Ireland", "Scotland", "Israel",
    "Ukraine", "Turkey", "Czech Republic", "Philippines", "Taiwan", "Vietnam", "Peru",
    "Chile", "Argentina", "Nigeria", "Egypt", "Greece", "Portugal",
]  # fmt: skip
STATES = ["Virginia", "Ohio", "Texas", "California", "Oregon", "Maine", "Iowa", "Utah"]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "na",
    "ro",
    "sa",
    "te",
    "vi",
    "ber",
    "gen",
    "dor",
    "fel",
    "har",
    "kin",
    "mar",
    "nor",
    "pol",
    "ran",
    "sel",
    "tor",
    "vak",
]


def place_names(n: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        words = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        names.add(words.capitalize())
    return sorted(names)


def build(path: Path, rows: int) -> None:
    rng = random.Random(1992)
    locals_ = place_names(500, rng)
    partners = place_names(rows // 5, rng)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Sister cities")
    ws.append(["City", "State", "Sister city", "Country", "Year", "Type"])
    for i in range(rows):
        p = i // 5
        ws.append(
            [
                locals_[i % 500],
                STATES[i % 500 % len(STATES)],
                partners[p],
                COUNTRIES[p % len(COUNTRIES)],
                1950 + i % 70,
                "Sister city" if i % 10 else "Friendship city",
            ]
        )
    wb.save(path)


def bare_pass(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return count


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(rows: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    path = folder / "list.xlsx"
    t = time.perf_counter()
    build(path, rows)
    size = path.stat().st_size / 1e6
    print(f"built {rows:,} rows ({size:.1f} MB) in {time.perf_counter() - t:.1f} s")

    timings = {}
    runs = []
    for _ in range(2):  # the first pass also pays for loading modules and a cold file cache
        t = time.perf_counter()
        bare_pass(path)
        runs.append(time.perf_counter() - t)
    timings["baseline"] = min(runs)

    t = time.perf_counter()
    table = read_table(path)
    timings["read"] = time.perf_counter() - t

    db = open_database(folder / "registry.sqlite")
    mapping = guess_mapping(table.headers)
    mapping.defaults["local_country"] = "US"
    t = time.perf_counter()
    plan = plan_import(db, table, mapping)
    timings["plan"] = time.perf_counter() - t
    after_plan = peak_mb()

    t = time.perf_counter()
    result = apply_plan(db, plan)
    timings["apply"] = time.perf_counter() - t

    t = time.perf_counter()
    archived = undo_batch(db, result.batch_id)
    timings["undo"] = time.perf_counter() - t
    db.close()

    base = timings["baseline"]
    print(f"plan: {plan.summary()}")
    print(f"applied: {result.summary()}")
    print(f"undone: {archived:,} records archived")
    for name, seconds in timings.items():
        print(f"{name:>9}: {seconds:7.2f} s  ({seconds / base:5.1f} x baseline)")
    dry_run = timings["read"] + timings["plan"]
    total = dry_run + timings["apply"]
    print(f"  dry run: {dry_run:7.2f} s  ({dry_run / base:5.1f} x baseline)")
    print(f"   import: {total:7.2f} s  ({total / base:5.1f} x baseline)")
    print(f"peak memory: {after_plan:.0f} MB after planning, {peak_mb():.0f} MB at the end")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
