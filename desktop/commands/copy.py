"""`sister-cities copy --to URL|PATH`: copy the whole registry, with its history, into an
empty database (SQLite to PostgreSQL when an office moves to a server, or back), then
count every table on both sides."""

import argparse

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK
from desktop.services.registry_copy import copy_registry


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    db = parts.open_registry()
    try:
        print(f"Copying {db.describe()} ...")
        report = copy_registry(db, args.to, parts.progress("Copying"))
    finally:
        db.close()
    width = max(len(c.table) for c in report.counts)
    print(f"{'table'.ljust(width)}  {'registry':>10}  {'copy':>10}")
    for c in report.counts:
        print(f"{c.table.ljust(width)}  {c.source:>10,}  {c.target:>10,}")
    print(f"Copied {report.rows:,} rows to {report.target}; every table has the same count.")
    return EXIT_OK
