"""All 23 of Wikidata's real twinning lists (15,376 rows) imported into an empty registry,
checked against the towns' own coordinates, and timed against the import as it was at an
earlier revision, run on the same file in the same run.

    .venv/bin/python bench/real_lists.py [--lists DIR] [--baseline REV] [--runs N]

Prints:
  - the time of `sister-cities import` of the whole set (the app's own guess of the columns,
    --valid-only, the report written), and, with --baseline, the same import by revision
    REV (checked out in a temporary git worktree; given the columns in a mapping file, as
    it could not guess Wikidata's headers), as a ratio;
  - with the app's own guess: the share of the lists' distinct pairs the registry holds
    under their own names, communities holding two towns more than 25 km apart, rows
    accounted for, what a second import adds;
  - with the names only (the coordinate columns left out): how many communities were
    placed by a look-up of their name, and how many of those lie more than 25 km from
    where the list puts them.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.services.importing.apply import apply_plan  # noqa: E402
from desktop.services.importing.headers import guess_mapping  # noqa: E402
from desktop.services.importing.plan import plan_file  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from tests.services.importing.real_lists import check, combine  # noqa: E402

LISTS = ROOT.parent / "shared" / "real-lists"
OLD_MAPPING = {
    "record_type": "partnership",
    "columns": {
        "origincityLabel": "local_name",
        "origincountry": "local_country",
        "sistercityLabel": "partner_name",
        "destination_countryLabel": "partner_country",
    },
    "defaults": {},
    "day_first": True,
}


def timed_import(cwd: Path, work: Path, listing: Path, extra: list[str]) -> float:
    """One `sister-cities import` of the list into a new empty registry, in a child."""
    db = work / f"registry-{time.monotonic_ns()}.sqlite"
    python = [sys.executable, "-m", "desktop", "--db", str(db)]
    subprocess.run([*python, "init", "--empty"], cwd=cwd, check=True, capture_output=True)
    start = time.perf_counter()
    done = subprocess.run(
        [*python, "import", str(listing), "--valid-only", *extra], cwd=cwd, capture_output=True
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"the import in {cwd} failed:\n{done.stdout.decode()}{done.stderr.decode()}")
    return seconds


def baseline_tree(rev: str, work: Path) -> Path:
    tree = work / "baseline"
    subprocess.run(
        ["git", "worktree", "add", "--detach", str(tree), rev],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return tree


def figures(work: Path, listing: Path, names_only: bool):
    db = open_database(work / f"check-{names_only}.sqlite")
    try:
        mapping = guess_mapping(listing.read_text(encoding="utf-8").splitlines()[0].split("\t"))
        if names_only:
            mapping.columns = {
                h: f for h, f in mapping.columns.items()
                if not f.endswith(("latitude", "longitude", "population"))
            }  # fmt: skip
        result = apply_plan(db, plan_file(db, listing, mapping=mapping), valid_only=True)
        found = check(db, listing, result.plan)
        again = plan_file(db, listing, mapping=mapping)
        return found, result, again
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=Path, default=LISTS)
    parser.add_argument("--baseline", metavar="REV", help="an earlier revision to time too")
    parser.add_argument("--runs", type=int, default=1, help="timed imports of each (median)")
    args = parser.parse_args()
    files = sorted(args.lists.glob("*.tsv"))
    if not files:
        sys.exit(f"no .tsv lists in {args.lists}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        listing = work / "wikidata.tsv"
        rows = combine(files, listing)
        print(f"{len(files)} lists, {rows:,} rows")
        report = ["--report", str(work / "report.xlsx")]
        now, old = [], []
        tree = baseline_tree(args.baseline, work) if args.baseline else None
        try:
            mapping = work / "old-mapping.json"
            mapping.write_text(json.dumps(OLD_MAPPING))
            for _ in range(args.runs):  # taken in turns, so a busy moment weighs on both
                now.append(timed_import(ROOT, work, listing, report))
                if tree is not None:
                    old.append(timed_import(tree, work, listing, ["--mapping", str(mapping)]))
        finally:
            if tree is not None:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT)
        print(f"import, this revision:     {statistics.median(now):6.1f} s")
        if old:
            ratio = statistics.median(now) / statistics.median(old)
            print(f"import, {args.baseline[:12]:<12}:      {statistics.median(old):6.1f} s  "
                  f"(this revision x{ratio:.2f})")  # fmt: skip
        found, result, again = figures(work, listing, names_only=False)
        print("with the app's own guess of the columns:")
        for line in found.lines():
            print(f"  {line}")
        print(f"  questions asked {len(result.plan.questions):,}; a second import: "
              f"{again.summary()}")  # fmt: skip
        if found.merged_towns:
            print(f"  towns sharing a community: {found.merged_towns[:10]}")
        found, _, _ = figures(work, listing, names_only=True)
        print("by the names only (coordinate columns left out):")
        for line in found.lines():
            print(f"  {line}")
        if found.looked_up_far:
            print(f"  placed far from the list's coordinates: {found.looked_up_far[:12]}")


if __name__ == "__main__":
    main()
