"""Time the council briefing export against a bare openpyxl write-only dump of the same
rows, measured in the same run, and report each one's peak memory and file.

    python bench/export_briefing.py [--partnerships 100000] [--rebuild]

The registry is bench/registry.py's synthetic one (built once, cached in bench/out/). Each
measurement runs in a fresh child process (bench/measures.py), so its peak resident
memory is its own. bench/run makes the same measurement at every size, among the others.
"""

import argparse

import registry
from suite import OUT, child


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partnerships", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true", help="build the registry again")
    args = parser.parse_args()
    db = registry.cached(args.partnerships, rebuild=args.rebuild)
    counts = registry.counts(db)
    print(
        f"{db.name}: {counts['partnership']:,} partnerships, {counts['exchange']:,} exchanges, "
        f"{counts['decision']:,} timeline entries"
    )
    baseline = child("export-bare", db, OUT / "baseline.xlsx")
    export = child("export", db, OUT / "export.xlsx")
    print(
        f"bare write-only dump: {baseline['seconds']:.1f} s, {baseline['rows']:,} rows, "
        f"peak {baseline['peak_mb']:.0f} MB, {baseline['size_mb']:.1f} MB file"
    )
    print(
        f"briefing export:      {export['seconds']:.1f} s, {export['rows']:,} rows "
        f"({export['attention']:,} needing attention), peak {export['peak_mb']:.0f} MB, "
        f"{export['size_mb']:.1f} MB file"
    )
    print(
        f"ratio export / bare dump: {export['seconds'] / baseline['seconds']:.2f} "
        f"(CPU {export['cpu']:.1f} s / {baseline['cpu']:.1f} s: "
        f"x{export['cpu'] / baseline['cpu']:.2f})"
    )
    if export["sheets"] != baseline["sheets"]:
        print(f"NOT THE SAME ROWS: bare {baseline['sheets']}, briefing {export['sheets']}")


if __name__ == "__main__":
    main()
