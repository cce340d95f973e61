"""`sister-cities check`: integrity check and schema version, changing nothing.

A damaged registry file is reported with the newest whole backup and the command that puts
it back; the file itself is only read.
"""

import argparse

from sqlalchemy.engine import make_url

from desktop.cli import EXIT_FAILED, EXIT_OK, database_target
from desktop.commands.opening import open_for_command, sqlite_file
from desktop.services.backups import describe_age, latest_good_backup
from desktop.services.health import HealthReport, check_database, check_file
from desktop.settings import Settings
from desktop.store.engine import sqlite_path


def run(args: argparse.Namespace) -> int:
    target = database_target(args)
    if isinstance(target, str) and sqlite_path(make_url(target)) is None:
        db = open_for_command(args)
        try:
            report, where = check_database(db), db.describe()
        finally:
            db.close()
        return _print(report, where)
    path = sqlite_file(args)
    report = check_file(path)
    code = _print(report, str(path.resolve()))
    if not report.whole:
        _offer_backup(path, args)
    return code


def _print(report: HealthReport, where: str) -> int:
    print(f"Database: {where}")
    if report.schema is not None:
        older = report.schema != report.expected_schema
        note = " (older: opening it upgrades it)" if older else ""
        print(
            f"Schema: {report.schema}{note}; this version of the app expects "
            f"{report.expected_schema}"
        )
    for problem in report.problems[:20]:
        print(f"Problem: {problem}")
    if len(report.problems) > 20:
        print(f"... and {len(report.problems) - 20:,} more problems.")
    print("Integrity: ok" if report.whole else "Integrity: DAMAGED")
    return EXIT_OK if report.whole else EXIT_FAILED


def _offer_backup(path, args: argparse.Namespace) -> None:
    info = latest_good_backup(path, Settings().backup_policy())
    if info is None:
        print("No whole backup of it was found; keep the file and ask for help to rescue it.")
        return
    print(f"The newest whole backup is {info.describe()} ({describe_age(info.taken)}).")
    where = f"--db {args.db} " if args.db else ""
    print(f"Put it back with: sister-cities {where}restore --latest")
