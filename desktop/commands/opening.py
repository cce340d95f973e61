"""Opening the database chosen on the command line."""

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.commands.shared import database_target
from desktop.services.health import require_whole
from desktop.store.database import Database, check_path, open_database
from desktop.store.engine import sqlite_path
from desktop.store.errors import DatabaseCorrupt, StoreError

WRITING_COMMANDS = {"import", "init", "restore", "attach"}


def open_for_command(args: argparse.Namespace, *, quick_check: bool = True) -> Database:
    """Commands other than `init` work on an existing database only, and on a file only
    once SQLite's quick check has passed (require_whole)."""
    db = open_database(database_target(args), create=False)
    if quick_check:
        try:
            require_whole(db, writing=args.command in WRITING_COMMANDS)
        except BaseException:
            db.close()
            raise
    return db


def sqlite_file(
    args: argparse.Namespace, *, must_exist: bool = True, damaged_too: bool = False
) -> Path:
    """The database file itself, for the commands that work on the file (backup, restore,
    check) rather than through a connection. `damaged_too`: a registry whose header was
    wiped is the caller's to report (check says so, and names the backup to restore)."""
    target = database_target(args)
    if isinstance(target, str):
        path = sqlite_path(make_url(target))
        if path is None:
            raise StoreError(
                "A registry on a database server is backed up and checked by the server "
                "(pg_dump, its own monitoring); this command works on a registry file."
            )
        target = path
    if must_exist or target.exists():
        try:
            check_path(target, create=False)  # a folder, a spreadsheet, a missing file
        except DatabaseCorrupt:  # a registry whose header was wiped
            if not damaged_too:
                raise
    return target
