"""Looking at a registry file without changing a byte of it.

Opening a file through the app's engine switches it to WAL (header bytes 18-19 go from 1
to 2) before anything is asked of it: someone else's SQLite file was changed that way
before being refused. And a user who may read the file but not write it left `-wal` and
`-shm` files of their own beside it, which the owner could then not write, so the owner's
next save failed. So a file is first looked at here: its header read as bytes, its tables
through a read-only connection that creates nothing beside it (`read_only_uri`).
"""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.store.engine import SQLITE_MAGIC

HEADER_BYTES = 100  # SQLite's file header


@dataclass(frozen=True)
class FileLook:
    path: Path
    size: int
    header: bytes
    tables: frozenset[str]
    revision: str | None  # the schema revision a registry records (None: none recorded)
    writable: bool  # may this user change the file (and write beside it)?
    unreadable: str = ""  # why SQLite could not list its tables, if it could not

    @property
    def empty(self) -> bool:
        return self.size == 0

    @property
    def sqlite(self) -> bool:
        return self.header[:16] == SQLITE_MAGIC

    @property
    def zeroed(self) -> bool:
        """Its header is all zeros: a registry whose first page was overwritten (a crash
        of the disk or of a tool), not some other kind of file."""
        return self.size > 0 and not self.header.strip(b"\x00")

    @property
    def registry(self) -> bool:
        return "alembic_version" in self.tables or not self.tables


def look(path: Path) -> FileLook:
    """The file at `path` (which exists), read without changing it or its folder."""
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(HEADER_BYTES)
    writable = may_write(path)
    tables: frozenset[str] = frozenset()
    revision = None
    unreadable = ""
    if header[:16] == SQLITE_MAGIC:
        try:
            con = sqlite3.connect(_glance_uri(path), uri=True)
            try:
                tables = frozenset(
                    r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
                )
                if "alembic_version" in tables:
                    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                    revision = row[0] if row else None
            finally:
                con.close()
        except sqlite3.Error as exc:
            unreadable = str(exc)
    return FileLook(path, size, header, tables, revision, writable, unreadable)


def may_write(path: Path) -> bool:
    """The file and its folder (where SQLite keeps -wal and -shm) may be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` read-only and creates nothing beside it.

    `mode=ro` alone still creates `-wal` and `-shm` for a WAL file whose folder may be
    written. Where the file is open elsewhere, its `-shm` is there and is read as it is.
    Where it is not, and this user may not write the file or its folder, the file is
    opened `immutable`: no lock and no file beside it. That is safe where nobody can
    write (a read-only folder: no one can make the `-wal` a writer needs); elsewhere a
    reader who may not write sees the registry as it was when opened.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not Path(f"{path}-shm").exists() and not may_write(path):
        uri += "&immutable=1"
    return uri


def _glance_uri(path: Path) -> str:
    """For one quick look: a file nobody has open (no -shm, no -journal beside it) is read
    `immutable`, so that not even a WAL file's -wal and -shm are made for it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not any(Path(f"{path}{s}").exists() for s in ("-shm", "-journal")):
        uri += "&immutable=1"
    return uri
