"""Opening the database chosen on the command line."""

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.cli import database_target
from desktop.store.database import Database, check_path, open_database
from desktop.store.engine import sqlite_path
from desktop.store.errors import StoreError


def open_for_command(args: argparse.Namespace) -> Database:
    """Commands other than `init` work on an existing database only."""
    return open_database(database_target(args), create=False)


def sqlite_file(args: argparse.Namespace, *, must_exist: bool = True) -> Path:
    """The database file itself, for the commands that work on the file (backup, restore,
    check) rather than through a connection."""
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
        check_path(target, create=False)  # a folder, a spreadsheet, a missing file: refused
    return target
