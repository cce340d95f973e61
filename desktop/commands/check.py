"""`sister-cities check`: integrity check, values and schema version, changing nothing.

A damaged registry file is reported with the newest whole backup and the command that puts
it back; the file itself is only read (nothing is made beside it either). A file that is
not a registry at all is said to be so, not called damaged.
"""

import argparse

from sqlalchemy.engine import make_url

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_FAILED, EXIT_OK
from desktop.services.backups import describe_age, latest_good_backup
from desktop.services.health import HealthReport, check_database, check_file
from desktop.store.engine import sqlite_path

SHOWN = 20


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    target = parts.target
    if isinstance(target, str) and sqlite_path(make_url(target)) is None:
        db = parts.open_registry(quick_check=False)
        try:
            report, where = check_database(db), db.describe()
        finally:
            db.close()
        return _print(report, where)
    path = parts.registry_file(damaged_too=True)
    report = check_file(path)
    code = _print(report, str(path.resolve()))
    if report.problems:
        _offer_backup(path, args, parts.backup_policy())
    return code


def _print(report: HealthReport, where: str) -> int:
    print(f"Database: {where}")
    if report.not_a_registry:
        print(f"Not a Sister City Registry database: {report.not_a_registry}. It was only read.")
        return EXIT_FAILED
    if report.schema is not None:
        older = report.schema != report.expected_schema
        note = " (older: opening it upgrades it)" if older else ""
        print(
            f"Schema: {report.schema}{note}; this version of the app expects "
            f"{report.expected_schema}"
        )
    for problem in report.problems[:SHOWN]:
        print(f"Problem: {problem}")
    if len(report.problems) > SHOWN:
        print(f"... and {len(report.problems) - SHOWN:,} more problems.")
    print("Integrity: ok" if not report.problems else "Integrity: DAMAGED")
    for problem in report.trail:
        print(f"Audit trail: {problem}")
    if report.last_restore:
        print(f"Last restored from a backup: {report.last_restore}")
    if report.out_of_domain:
        print(
            f"Values another program put there ({len(report.out_of_domain):,}; the app never "
            "writes them, and shows such a word marked 'invalid', such a date as none):"
        )
        for value in report.out_of_domain[:SHOWN]:
            print(f"  {value}")
        if len(report.out_of_domain) > SHOWN:
            print(f"  ... and {len(report.out_of_domain) - SHOWN:,} more.")
        print("Correct them in the window (or restore a backup from before they were made).")
    return EXIT_OK if report.whole else EXIT_FAILED


def _offer_backup(path, args: argparse.Namespace, policy) -> None:
    info = latest_good_backup(path, policy)
    if info is None:
        print("No whole backup of it was found; keep the file and ask for help to rescue it.")
        return
    print(f"The newest whole backup is {info.describe()} ({describe_age(info.taken)}).")
    where = f"--db {args.db} " if args.db else ""
    print(f"Put it back with: sister-cities {where}restore --latest")
