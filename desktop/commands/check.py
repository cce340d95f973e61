"""`sister-cities check`: integrity check and schema version."""

import argparse

from desktop.cli import EXIT_FAILED, EXIT_OK
from desktop.commands.opening import open_for_command
from desktop.services.health import check_database


def run(args: argparse.Namespace) -> int:
    db = open_for_command(args)
    try:
        report = check_database(db)
    finally:
        db.close()
    print(f"Database: {db.describe()}")
    print(f"Schema: {report.schema} (this version of the app expects {report.expected_schema})")
    for problem in report.problems:
        print(f"Problem: {problem}")
    print("Integrity: ok" if report.ok else "Integrity: PROBLEMS FOUND; restore from a backup.")
    return EXIT_OK if report.ok else EXIT_FAILED
