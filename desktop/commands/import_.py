"""`sister-cities import FILE [options]`: the import wizard's work, from a script.

The columns are guessed from the header; a guess that rests on where a column stands is
shown and needs --accept-guess (or a mapping file). Every row is accounted for in a report
workbook written beside the list (or at --report). Names that only look like known ones
are questions: none is answered here, so each is a community of its own until a clerk
answers "same" in the report and imports again with --answers.

`sister-cities import --undo BATCH` undoes a past import that nothing has changed since."""

import argparse
import sys
from pathlib import Path

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_FAILED, EXIT_OK
from desktop.domain.countries import CountryError, read_country
from desktop.domain.validation import ValidationError
from desktop.reports.atomic import check_destination
from desktop.reports.import_report import default_report_path, write_report
from desktop.services.importing.answers import read_answers
from desktop.services.importing.apply import ImportRefused, apply_plan
from desktop.services.importing.batches import undo_batch
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.mapping import RECORD_TYPES, UNDATED_MEANINGS, Mapping, targets
from desktop.services.importing.plan import REJECTED, ImportPlan, check_mapping, plan_import
from desktop.services.importing.reading import ImportFileError, read_table

SHOWN_PROBLEMS = 20


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    if args.undo is not None:
        return _undo(args, parts)
    if not args.file:
        return _fail("say which file to import (or --undo BATCH).")
    try:
        mapping = Mapping.load(args.mapping) if args.mapping else None
        answers = read_answers(args.answers) if args.answers else {}
    except (ValueError, ImportFileError) as exc:
        return _fail(str(exc))
    db = parts.open_registry()
    try:
        if db.read_only and not args.dry_run:  # say so before reading the whole file
            return _fail(
                f"Nothing can be imported: {db.read_only}. Ask whoever runs the registry for "
                "a clerk's account (--dry-run still checks the file)."
            )
        path = Path(args.file)
        try:
            table = read_table(
                path, args.sheet, args.header_row, parts.progress("Reading"),
                encoding=args.encoding,
            )  # fmt: skip
        except ImportFileError as exc:
            return _fail(" ".join(str(exc).split()))
        mapping = _mapping(args, mapping, table.headers)
        if isinstance(mapping, int):
            return mapping
        _print_mapping(table.source, table.sheet, len(table.rows), mapping)
        if args.save_mapping:
            mapping.save(args.save_mapping)
            print(f"The columns are saved in {args.save_mapping}.")
        if mapping.unsure and not args.accept_guess and not args.mapping:
            return _fail(
                "Some columns were guessed from where they stand (marked '?' above). If the "
                "guess is right, run again with --accept-guess; otherwise write it to a file "
                "with --save-mapping MAPPING.json, correct it, and run with --mapping."
            )
        check_mapping(mapping, table)
        report = Path(args.report) if args.report else default_report_path(path)
        check_destination(report)  # before anything is written, not after
        plan = plan_import(db, table, mapping, parts.progress("Checking"), answers)
        _print_plan(plan)
        for key in plan.unused_answers:
            print(
                f"Note: the answer for '{key}' in {args.answers} fits no question of this list "
                "(a key changed by hand, or another list's report); it was not used."
            )
        if args.dry_run:
            write_report(plan, report, written=False)
            print(f"Every row, its outcome and the questions are in {report}.")
            print("Dry run: nothing was written.")
            return EXIT_FAILED if plan.rejected and not args.valid_only else EXIT_OK
        try:
            result = apply_plan(
                db, plan, valid_only=args.valid_only, progress=parts.progress("Importing")
            )
        except ImportRefused as exc:
            write_report(plan, report, written=False)
            print(f"Every row and its problems are in {report}.")
            return _fail(str(exc))
        if result.batch_id is None:
            print(f"Nothing new to import: {result.summary()}")
        else:
            print(f"Imported as batch {result.batch_id}: {result.summary()}")
        write_report(result.plan, report, written=True, batch_id=result.batch_id)
        print(f"Every row, its outcome and the questions are in {report}.")
        if result.batch_id is not None:
            print(f"To take it back: sister-cities import --undo {result.batch_id}")
        return EXIT_OK
    finally:
        db.close()


def _mapping(args, mapping: Mapping | None, headers: list[str]) -> Mapping | int:
    mapping = mapping.fitted_to(headers) if mapping else guess_mapping(headers)
    if args.local_country:
        try:
            read_country(args.local_country)
        except CountryError as exc:
            return _fail(f"--local-country: {exc}")
        column = mapping.column_of("local_country")
        if column and (args.mapping or column not in mapping.unsure):
            return _fail(f"--local-country: the column '{column}' holds the local country.")
        mapping.defaults["local_country"] = args.local_country
        if not args.mapping:  # with our country given, an unnamed country is the partner's
            mapping = guess_mapping(headers, mapping.record_type, mapping.defaults)
    if args.undated:
        mapping.undated = args.undated
    return mapping


def _print_mapping(source: str, sheet: str, rows: int, mapping: Mapping) -> None:
    fields = targets(mapping.record_type)
    kind = RECORD_TYPES[mapping.record_type].lower()
    print(f"{source}, {sheet}: {rows:,} rows of {kind}.")
    for header, name in mapping.columns.items():
        unsure = f"  ? {mapping.unsure[header]}" if header in mapping.unsure else ""
        print(f"  {header} -> {fields[name].label}{unsure}")
    for name, value in mapping.defaults.items():
        print(f"  (every row) {fields[name].label} = {value}")
    if mapping.record_type == "partnership":
        print(f"  A row without status or date: {UNDATED_MEANINGS[mapping.undated]}")


def _print_plan(plan: ImportPlan) -> None:
    for remark in plan.remarks:
        print(f"Note: {remark}")
    problems = [p for r in plan.rows if r.outcome == REJECTED for p in r.problems if p.error]
    for p in problems[:SHOWN_PROBLEMS]:
        print(f"Row {p.row}, {p.column}: {p.message}")
    if len(problems) > SHOWN_PROBLEMS:
        print(f"... and {len(problems) - SHOWN_PROBLEMS:,} more problems.")
    if plan.questions:
        print(
            f"{len(plan.questions):,} names look like others (Hangzhou and Changzhou, say); "
            f"{plan.open_questions:,} are not answered, so each is a community of its own:"
        )
        for q in [q for q in plan.questions if not q.answered][:5]:
            others = " or ".join(c.label() for c in q.candidates)
            print(f"  {q.label()} (rows {_rows(q.rows)}): perhaps {others}?")
    warnings = sum(1 for r in plan.rows for p in r.problems if not p.error)
    if warnings:
        print(f"{warnings:,} warnings on the rows.")
    print(f"Summary: {plan.summary()}")


def _rows(rows: list[int]) -> str:
    return ", ".join(str(r) for r in rows[:4]) + (" ..." if len(rows) > 4 else "")


def _undo(args: argparse.Namespace, parts: CommandParts) -> int:
    db = parts.open_registry()
    try:
        archived = undo_batch(db, args.undo)
    except ValidationError as exc:
        return _fail(str(exc))
    finally:
        db.close()
    print(f"Import {args.undo} undone: {archived:,} records archived or put back as they were.")
    return EXIT_OK


def _fail(message: str) -> int:
    print(f"sister-cities: {message}", file=sys.stderr)
    return EXIT_FAILED
