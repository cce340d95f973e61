"""`sister-cities backup [--to PATH] [--list]`: a backup now, or the backups there are.

Without --to the backup goes where the window's Settings put them (beside the database,
by default), and only the newest N are kept; a backup --to a place of your own is never
pruned. Scheduled from cron or the Windows Task Scheduler it keeps a registry safe even on
days nobody opens the window.
"""

import argparse

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK
from desktop.services.backups import available_backups, back_up
from desktop.store.backups import BackupError, examine


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    database = parts.registry_file()
    policy = parts.backup_policy()
    if args.list:
        return _list(database, policy)
    info = back_up(database, policy, parts.progress("Backing up"), to=args.to)
    size = info.path.stat().st_size / 1_000_000
    print(f"Backed up {database} to {info.path} ({size:,.1f} MB).")
    documents = f", {info.documents:,} documents" if info.documents else ""
    print(
        f"It holds {info.partnerships:,} partnerships, {info.exchanges:,} exchanges and "
        f"{info.decisions:,} timeline entries{documents}, and passed SQLite's integrity check."
    )
    return EXIT_OK


def _list(database, policy) -> int:
    found = available_backups(database, policy)
    if not found:
        print(f"No backups of {database} yet (looked in {policy.folder(database)}).")
        return EXIT_OK
    for path in found:
        try:
            print(examine(path).describe() + f"  [{path.parent}]")
        except BackupError as exc:
            print(f"{path.name}: NOT USABLE: {exc}")
    return EXIT_OK
