"""Opening the registry a command works on, or reaching its file: what the composition
root (desktop/app.py) hands a command as `open_registry` and `registry_file`. The store
(and SQLAlchemy with it) is loaded only when one of them is called."""

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.store.database import Database

WRITING_COMMANDS = {"import", "init", "restore", "attach"}


def open_for_command(target: str | Path, *, writing: bool, quick_check: bool = True) -> "Database":
    """Commands other than `init` work on an existing database only, and on a file only
    once SQLite's quick check has passed (require_whole)."""
    from desktop.services.health import require_whole
    from desktop.store.database import open_database

    db = open_database(target, create=False)
    if quick_check:
        try:
            require_whole(db, writing=writing)
        except BaseException:
            db.close()
            raise
    return db


def sqlite_file(target: str | Path, *, must_exist: bool = True, damaged_too: bool = False) -> Path:
    """The database file itself, for the commands that work on the file (backup, restore,
    check) rather than through a connection. `damaged_too`: a registry whose header was
    wiped is the caller's to report (check says so, and names the backup to restore)."""
    from sqlalchemy.engine import make_url

    from desktop.store.database import check_path
    from desktop.store.engine import sqlite_path
    from desktop.store.errors import DatabaseCorrupt, StoreError

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
