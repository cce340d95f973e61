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

from desktop.domain.words import fill, translate
from desktop.store.errors import DatabaseCorrupt, DatabaseTooNew, NotADatabase, StoreError, explain
from desktop.store.revisions import known_revisions

HEADER_BYTES = 100  # SQLite's file header
SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a writer waits for another to finish before the database counts as busy.
BUSY_TIMEOUT_MS = 10_000


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
            con = sqlite3.connect(glance_uri(path), uri=True)
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


def glance_uri(path: Path) -> str:
    """For one quick look: a file nobody has open (no -wal, -shm or -journal beside it) is read
    `immutable`, so that not even a WAL file's -wal and -shm are made for it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not any(Path(f"{path}{s}").exists() for s in ("-wal", "-shm", "-journal")):
        uri += "&immutable=1"
    return uri


def looks_like_sqlite(path: Path) -> bool:
    """True for an SQLite file (or an empty/new one), False for anything else."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as f:
        return f.read(16) == SQLITE_MAGIC


def check_path(path: Path, *, create: bool) -> None:
    """Refuse, in plain words, a path that cannot be a registry file (before SQLite sees it)."""
    where = f"'{path}'"
    if path.is_dir():
        raise NotADatabase(f"{where} is a folder. Give the path of a database file.")
    if not path.exists():
        if not create:
            raise StoreError(
                fill(
                    translate(
                        "Domain",
                        "There is no database at %1. Create it with `sister-cities --db %2 "
                        "init`, or check the path.",
                    ),
                    where,
                    path,
                )
            )
        if not path.parent.exists():
            raise StoreError(
                fill(
                    translate(
                        "Domain",
                        "The folder for %1 does not exist. Create it first or choose another "
                        "place.",
                    ),
                    where,
                )
            )
        return
    if not looks_like_sqlite(path):
        refuse_unusable(look(path), where)  # wiped (damage), or another kind of file


def refuse_unusable(found: FileLook, where: str) -> None:
    """Refuse, unchanged, a file that is not a registry this version can open: an empty
    one (a registry cut short, never a new one), one whose header was wiped, someone
    else's database, one from a newer version."""
    if found.empty:
        raise DatabaseCorrupt(
            f"{where} is empty (0 bytes). A registry file does not shrink to nothing by "
            "itself: it was cut short (a full disk, a copy that failed). Restore the newest "
            "whole backup (File > Restore a backup... in the window, or `sister-cities "
            "restore --latest`); to start a new registry there instead, delete the empty "
            "file first."
        )
    if found.zeroed:
        raise DatabaseCorrupt(
            f"{where} is damaged: its first bytes, where a database file says what it is, "
            "have been overwritten with zeros. Restore the newest whole backup (File > "
            "Restore a backup... in the window, or `sister-cities restore --latest`)."
        )
    if not found.sqlite:
        raise NotADatabase(
            f"{where} is not a database file (it is some other kind of file). Choose the "
            "registry's .sqlite file, or give a new file name to start an empty registry."
        )
    if found.unreadable:
        raise explain(sqlite3.DatabaseError(found.unreadable), where, found.path)
    if not found.registry:
        raise NotADatabase(someone_elses(where, found.path))
    if found.revision is not None and found.revision not in known_revisions():
        raise DatabaseTooNew(
            f"{where} was written by a newer version of Sister City Registry (schema "
            f"{found.revision}). Install the newer version to open it; nothing was changed."
        )


def someone_elses(where: str, path: Path | None) -> str:
    if path is not None:
        return (
            f"{where} is an SQLite database, but not a Sister City Registry one; it was "
            "left as it is. Choose another file, or give a new file name to start an empty "
            "registry."
        )
    return (
        f"{where} holds other tables: it is not a Sister City Registry database. Ask for "
        "an empty database of its own for the registry; nothing was changed."
    )
