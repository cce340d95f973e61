"""Opening the database chosen on the command line."""

import argparse

from desktop.cli import database_target
from desktop.store.database import Database, open_database


def open_for_command(args: argparse.Namespace) -> Database:
    """Commands other than `init` work on an existing database only."""
    return open_database(database_target(args), create=False)
