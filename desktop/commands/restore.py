"""`sister-cities restore PATH | --latest`: put a backup back in place of the database.

The backup is checked first (whole, a registry, not from a newer version); the database it
replaces is kept beside it (copied if whole, moved aside untouched if damaged); a backup
from an older version is then upgraded like any database.
"""

import argparse
import sys

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_FAILED, EXIT_OK
from desktop.services.backups import latest_good_backup, restore_backup
from desktop.store.database import open_database


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    database = parts.registry_file(must_exist=False, damaged_too=True)
    policy = parts.backup_policy()
    backup = args.backup
    if args.latest:
        info = latest_good_backup(database, policy)
        if info is None:
            print(
                f"sister-cities: there is no whole backup of {database} (looked beside it "
                f"and in {policy.folder(database)}).",
                file=sys.stderr,
            )
            return EXIT_FAILED
        backup = info.path
    restored = restore_backup(database, backup, parts.progress("Restoring"))
    open_database(database, create=False).close()  # an older backup is upgraded now
    print(f"Restored {restored.backup.describe()}.")
    if restored.damaged:
        print(f"The damaged database was moved aside, untouched, as {restored.kept}.")
    elif restored.kept is not None:
        print(f"The database it replaced was kept as {restored.kept}.")
    return EXIT_OK
