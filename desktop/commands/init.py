"""`sister-cities init [--empty]`: create the database, or upgrade an existing one."""

import argparse

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK
from desktop.services.opening import open_registry
from desktop.store import migrate


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    db, added = open_registry(parts.target, samples=not args.empty)
    try:
        if db.created:
            what = f"with {added} sample partnerships" if added else "empty"
            print(f"Created {db.describe()} ({what}).")
        elif db.backup:
            print(
                f"Upgraded {db.describe()} to schema {migrate.head_revision()}; "
                f"the previous file was kept as {db.backup}."
            )
        else:
            print(f"{db.describe()} is up to date (schema {migrate.head_revision()}).")
        return EXIT_OK
    finally:
        db.close()
