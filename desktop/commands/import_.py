"""`sister-cities import FILE [--sheet NAME] [--mapping MAPPING.json] [--dry-run]
[--valid-only] [--rejects OUT.xlsx]`: the import wizard's work, from a script."""

import argparse
import sys
from pathlib import Path

from desktop.cli import EXIT_FAILED, EXIT_OK
from desktop.commands.opening import open_for_command
from desktop.commands.progress_bar import terminal_progress
from desktop.services.importing.apply import ImportRefused, apply_plan
from desktop.services.importing.mapping import RECORD_TYPES, Mapping, targets
from desktop.services.importing.plan import REJECTED, ImportPlan, plan_file
from desktop.services.importing.reading import ImportFileError
from desktop.services.importing.rejects import write_rejects

SHOWN_PROBLEMS = 20


def run(args: argparse.Namespace) -> int:
    try:
        mapping = Mapping.load(args.mapping) if args.mapping else None
    except ValueError as exc:
        print(f"sister-cities: {exc}", file=sys.stderr)
        return EXIT_FAILED
    db = open_for_command(args)
    try:
        if db.read_only and not args.dry_run:  # say so before reading the whole file
            print(
                f"sister-cities: Nothing can be imported: {db.read_only}. Ask whoever runs the "
                "registry for a clerk's account (--dry-run still checks the file).",
                file=sys.stderr,
            )
            return EXIT_FAILED
        try:
            plan = plan_file(
                db,
                Path(args.file),
                args.sheet,
                args.header_row,
                mapping,
                terminal_progress("Checking"),
            )
        except ImportFileError as exc:
            print(f"sister-cities: {' '.join(str(exc).split())}", file=sys.stderr)
            return EXIT_FAILED
        _print_plan(plan)
        writes_rejects_itself = args.valid_only and not args.dry_run
        if args.rejects and plan.rejected and not writes_rejects_itself:
            write_rejects(plan, args.rejects)
            print(f"The rejected rows and their reasons are in {args.rejects}.")
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_FAILED if plan.rejected and not args.valid_only else EXIT_OK
        try:
            result = apply_plan(
                db,
                plan,
                valid_only=args.valid_only,
                rejects=args.rejects if writes_rejects_itself else None,
                progress=terminal_progress("Importing"),
            )
        except ImportRefused as exc:
            print(f"sister-cities: {exc}", file=sys.stderr)
            return EXIT_FAILED
        if result.batch_id is None:
            print(f"Nothing new to import: {result.summary()}")
        else:
            print(f"Imported as batch {result.batch_id}: {result.summary()}")
        return EXIT_OK
    finally:
        db.close()


def _print_plan(plan: ImportPlan) -> None:
    fields = targets(plan.record_type)
    kind = RECORD_TYPES[plan.record_type].lower()
    print(f"{plan.source}, {plan.sheet}: {len(plan.rows):,} rows of {kind}.")
    for header, name in plan.mapping.columns.items():
        print(f"  {header} -> {fields[name].label}")
    for name, value in plan.mapping.defaults.items():
        print(f"  (every row) {fields[name].label} = {value}")
    for remark in plan.remarks:
        print(f"Note: {remark}")
    problems = [p for r in plan.rows if r.outcome == REJECTED for p in r.problems if p.error]
    for p in problems[:SHOWN_PROBLEMS]:
        print(f"Row {p.row}, {p.column}: {p.message}")
    if len(problems) > SHOWN_PROBLEMS:
        print(f"... and {len(problems) - SHOWN_PROBLEMS:,} more problems.")
    warnings = sum(1 for r in plan.rows for p in r.problems if not p.error)
    if warnings:
        print(f"{warnings:,} warnings (names read as similar ones, possible duplicates).")
    print(f"Summary: {plan.summary()}")
