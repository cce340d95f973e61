"""Copies of a SQLite registry file: taken, checked, listed, pruned and put back.

Every copy goes through SQLite's online backup API, never a file copy: a live database in
WAL mode (its latest commits may still be in the -wal file) copies whole and consistent,
even while a clerk saves. A copy is written to a hidden temporary file beside its
destination and renamed into place only once it is complete and passes SQLite's own check,
so a full disk or a killed process never leaves a half copy that looks like a good one.

Restoring writes the backup into the live file through the same API, as one transaction
(other connections simply see the restored registry); a database too damaged to be written
that way is moved aside, whole, and the backup copied in its place.
"""

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.words import fill, translate
from desktop.store import part_files
from desktop.store.errors import DatabaseLocked, StoreError, disk_full
from desktop.store.file_look import BUSY_TIMEOUT_MS, SQLITE_MAGIC, read_only_uri
from desktop.store.revisions import known_revisions

ROTATING = "backup"  # <stem>.backup-YYYYMMDD-HHMMSS.sqlite: the copies kept N at a time
BEFORE_RESTORE = "before-restore"
DAMAGED = "damaged"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
PAGES_PER_STEP = 1024  # 4 MB a step: progress, cancelling, and other clerks' saves between
REGISTRY_TABLES = {"community", "partnership", "exchange", "decision", "audit_entry"}

OnStep = Callable[[int, int], None]  # (pages done, pages in all); may raise to stop


class BackupError(StoreError):
    """A backup could not be made, read or put back; the message says what to do."""


@dataclass(frozen=True)
class BackupInfo:
    """What a clerk needs to choose a backup: when, how much, and from which version."""

    path: Path
    taken: datetime  # local time, from the file name (else the file's time)
    schema: str
    partnerships: int
    exchanges: int
    decisions: int
    last_change: datetime | None  # the newest audit entry, UTC
    documents: int = 0  # source documents attached (a backup made before 0010 has none)

    def describe(self) -> str:
        n = self.documents
        documents = f", {n:,} document{'' if n == 1 else 's'}" if n else ""
        return (
            f"{self.path.name}, taken {self.taken:%d %b %Y %H:%M}: "
            f"{self.partnerships:,} partnerships, {self.exchanges:,} exchanges, "
            f"{self.decisions:,} timeline entries{documents}"
        )


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    kept: Path | None  # the copy of the database that was replaced (None if there was none)
    damaged: bool  # True when the replaced database was damaged and moved aside whole


# --- names -----------------------------------------------------------------------------


def stamped(folder: Path, stem: str, label: str, when: datetime | None = None) -> Path:
    """`<folder>/<stem>.<label>-<YYYYMMDD-HHMMSS>.sqlite`, never an existing file."""
    stamp = (when or datetime.now()).strftime(STAMP_FORMAT)
    target = folder / f"{stem}.{label}-{stamp}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}.{label}-{stamp}-{n}.sqlite"
    return target


def taken_at(path: Path) -> datetime:
    match = re.search(r"-(\d{8}-\d{6})(?:-\d+)?\.sqlite$", path.name)
    if match:
        with contextlib.suppress(ValueError):
            return datetime.strptime(match.group(1), STAMP_FORMAT)
    return datetime.fromtimestamp(path.stat().st_mtime)


def rotating_backups(folder: Path, stem: str) -> list[Path]:
    """The rotating backups of database `stem` in `folder`, newest first."""
    if not folder.is_dir():
        return []
    pattern = re.compile(rf"^{re.escape(stem)}\.{ROTATING}-\d{{8}}-\d{{6}}(-\d+)?\.sqlite$")
    found = [p for p in folder.iterdir() if pattern.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: (taken_at(p), p.name), reverse=True)


def prune(
    folder: Path, stem: str, keep: int, precious: Callable[[Path], bool] | None = None
) -> list[Path]:
    """Delete all but the newest `keep` rotating backups; returns what was deleted.

    With `precious` (a backup that holds records, say), the newest precious one is kept
    too when none of the newest `keep` is: a registry emptied by mistake and backed up
    seven days running must not push out the last copy that had its records."""
    found = rotating_backups(folder, stem)
    kept, doomed = found[: max(1, keep)], found[max(1, keep) :]
    if precious is not None and doomed and not any(precious(p) for p in kept):
        spare = next((p for p in doomed if precious(p)), None)
        doomed = [p for p in doomed if p != spare]
    removed = []
    for old in doomed:
        with contextlib.suppress(OSError):  # one we may not delete stays; the next run retries
            old.unlink()
            removed.append(old)
    return removed


# --- taking a copy ---------------------------------------------------------------------


def copy_database(source: Path, target: Path, on_step: OnStep | None = None) -> Path:
    """Copy the database at `source` to `target` (which must not be in use), whole or not
    at all. The copy is a single self-contained file (rollback journal, not WAL), written
    as a part file beside the target (part_files.py) and renamed into place when checked."""
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(
            translate(
                "Domain", "The folder %1 does not exist. Create it or choose another."
            ).replace("%1", str(folder))
        )
    with part_files.in_progress() as journal:
        try:
            temp = journal.new_part(target)
        except OSError as exc:
            raise _write_error(exc, folder) from exc
        _copy_checked(source, temp, on_step)
        try:
            os.replace(temp, target)
            _fsync_folder(folder)
        except OSError as exc:
            raise _write_error(exc, folder) from exc
    return target


def _copy_checked(source: Path, temp: Path, on_step: OnStep | None) -> None:
    """`source` copied into the new file `temp`, checked, on disk."""
    try:
        _backup(_connect(source, read_only=True), _connect(temp), on_step, busy_file=source)
        problems = integrity_problems(temp, thorough=False)
        if problems:
            raise BackupError(
                fill(
                    translate(
                        "Domain",
                        "The copy of %1 did not pass SQLite's check (%2); no backup was made. "
                        "Run `sister-cities check` on the database.",
                    ),
                    source.name,
                    problems[0],
                )
            )
        _fsync(temp)
        # A copy is readable by whoever may read the database.
        os.chmod(temp, source.stat().st_mode & 0o666)
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, source, temp.parent) from exc
    except OSError as exc:
        raise _write_error(exc, temp.parent) from exc


def _backup(
    source: sqlite3.Connection,
    dest: sqlite3.Connection,
    on_step: OnStep | None,
    *,
    single_file: bool = True,
    busy_file: Path | None = None,
) -> None:
    """Copy `source` into `dest` through SQLite's online backup. While another program
    holds a lock the copy needs, SQLite's backup step answers "busy" and Python's loop
    tries again for ever (a restore waited for hours behind a database tool left open):
    after the busy timeout the copy stops, naming who holds `busy_file`."""
    moved = [time.monotonic()]  # when the copy last got on

    def step(status: int, remaining: int, total: int) -> None:
        now = time.monotonic()
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            if now - moved[0] >= BUSY_TIMEOUT_MS / 1000:
                raise busy(busy_file)
            return
        moved[0] = now
        if on_step is not None:
            on_step(total - remaining, total)

    try:
        source.backup(dest, pages=PAGES_PER_STEP, progress=step, sleep=0.05)
        if single_file:  # a backup is one file to carry or mail: no -wal beside it
            dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
        source.close()


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:  # creating no -wal or -shm where this user may not write
        return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)


def busy(path: Path | None) -> DatabaseLocked:
    """The database at `path` stayed busy longer than the busy timeout: say who holds it."""
    from desktop.store.errors import explain

    where = f"'{path}'" if path is not None else "the database"
    return explain(sqlite3.OperationalError("database is locked"), where, path)


# --- checking a copy -------------------------------------------------------------------


def integrity_problems(path: Path, *, thorough: bool = True) -> list[str]:
    """SQLite's integrity check (or the quicker check that skips index contents) and the
    foreign-key check of the file at `path`; [] when it is whole. A file another program
    keeps locked past the busy timeout is not damage: DatabaseLocked, naming it."""
    try:
        con = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        pragma = "integrity_check" if thorough else "quick_check"
        problems = [row[0] for row in con.execute(f"PRAGMA {pragma}") if row[0] != "ok"]
        problems += [
            f"table {row[0]} row {row[1]} refers to a missing {row[2]}"
            for row in con.execute("PRAGMA foreign_key_check")
        ]
        return problems
    except MemoryError:
        raise BackupError(
            f"{path.name} could not be checked: this computer ran out of memory while "
            "reading it. Close other programs and try again."
        ) from None
    except sqlite3.Error as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise busy(path) from exc
        return [str(exc)]
    finally:
        con.close()


def examine(path: Path, *, thorough: bool = True) -> BackupInfo:
    """Check that `path` is a whole registry database this version can open (SQLite's full
    integrity check, or with `thorough` off its quick check); describe it. Raises
    BackupError saying what is wrong with it otherwise."""
    _refuse_other_files(path)
    problems = integrity_problems(path, thorough=thorough)
    if problems:
        raise BackupError(
            f"{path.name} is damaged ({problems[0]}); choose an older backup."
            if len(problems) == 1
            else f"{path.name} is damaged ({len(problems)} problems, the first: "
            f"{problems[0]}); choose an older backup."
        )
    info = describe(path)
    foreign = values_out_of_domain(path)
    if foreign:
        raise BackupError(
            f"{path.name} holds values the app never writes ({len(foreign):,}, the first: "
            f"{foreign[0]}), put there by another program; restoring it would bring them "
            "back. Choose another backup, or run `sister-cities --db "
            f"{path} check` to see them all."
        )
    return info


def values_out_of_domain(path: Path) -> list[str]:
    """The values of a registry file that the app never writes (domain_check.py)."""
    import sqlalchemy as sa

    from desktop.store.domain_check import out_of_domain

    engine = sa.create_engine(
        "sqlite://", creator=lambda: _connect(path, read_only=True), hide_parameters=True
    )
    try:
        with engine.connect() as conn:
            return [p.describe() for p in out_of_domain(conn)]
    finally:
        engine.dispose()


def _refuse_other_files(path: Path) -> None:
    if not path.is_file():
        raise BackupError(
            translate("Domain", "There is no backup file at %1.").replace("%1", str(path))
        )
    with path.open("rb") as f:
        if f.read(16) != SQLITE_MAGIC:
            raise BackupError(f"{path.name} is not a database file; choose a .sqlite backup.")


def describe(path: Path) -> BackupInfo:
    """What a registry file holds, read without checking every page (a copy that has just
    been checked, or a long list of large backups where the check waits for the restore)."""
    _refuse_other_files(path)
    con = _connect(path, read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= REGISTRY_TABLES or "alembic_version" not in tables:
            raise BackupError(f"{path.name} is a database, but not a Sister City Registry one.")
        schema = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if schema is None or schema[0] not in known_revisions():
            raise BackupError(
                f"{path.name} was written by a newer version of Sister City Registry; "
                "install that version to restore it."
            )

        last = con.execute("SELECT max(at) FROM audit_entry").fetchone()[0]
        return BackupInfo(
            path=path,
            taken=taken_at(path),
            schema=schema[0],
            partnerships=_count(con, "partnership"),
            exchanges=_count(con, "exchange"),
            decisions=_count(con, "decision"),
            last_change=_utc(last),
            documents=_count(con, "attachment") if "attachment" in tables else 0,
        )
    except sqlite3.Error as exc:
        raise BackupError(f"{path.name} cannot be read as a registry: {exc}.") from exc
    finally:
        con.close()


def _count(con: sqlite3.Connection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table} WHERE archived_at IS NULL").fetchone()[0]


def _utc(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        return None


# --- putting a backup back -------------------------------------------------------------


@dataclass(frozen=True)
class RestoreNote:
    """What the restored registry's audit trail says of the restore: who did it and what
    it replaced (the rest, which backup and where the replaced registry was kept, the
    restore knows)."""

    who: str
    replaced: str


RESTORE_ACTION = "restore backup"  # an audit entry of record type "registry"


def restore(
    database: Path, backup: Path, on_step: OnStep | None = None, note: RestoreNote | None = None
) -> Restored:
    """Put `backup` back as the database at `database`, keeping a copy of what it replaces.

    The backup is first copied beside the database, with the restore's own audit entry
    added (`note`), so that the registry and the record of its restore arrive together. A
    healthy database is then overwritten from that copy in one transaction: a reader
    elsewhere sees either the old registry or the restored one, and a killed restore
    leaves the old one. A damaged one is set aside, untouched, and the copy put in its
    place, in an order that never leaves no file at `database` (the caller lets go of its
    connections first).
    """
    if database.exists() and backup.resolve() == database.resolve():
        raise BackupError(translate("Domain", "That is the database itself, not a backup of it."))
    info = examine(backup)
    damaged = database.exists() and bool(integrity_problems(database, thorough=False))
    kept = None
    if database.exists() and not damaged:
        kept = copy_database(database, stamped(database.parent, database.stem, BEFORE_RESTORE))
    with part_files.in_progress() as journal:
        try:
            staged = journal.new_part(database)
        except OSError as exc:
            raise _write_error(exc, database.parent) from exc
        _copy_checked(backup, staged, on_step)
        if damaged:
            kept = stamped(database.parent, database.stem, DAMAGED)
        if note is not None:
            _add_note(staged, note, info, kept, damaged)
        if not database.exists():
            _put_in_place(staged, database)
        elif damaged:
            _swap_in(database, staged, kept)
        else:
            try:
                live = _connect(database)  # stays in WAL mode, other clerks' connections open
                _backup(
                    _connect(staged, read_only=True),
                    live,
                    on_step,
                    single_file=False,
                    busy_file=database,
                )
            except sqlite3.Error as exc:
                raise _sqlite_error(exc, database, database.parent) from exc
    return Restored(backup=info, kept=kept, damaged=damaged)


def _add_note(staged: Path, note: RestoreNote, info: BackupInfo, kept, damaged: bool) -> None:
    replaced = "a damaged registry" if damaged else note.replaced
    if kept is not None:
        replaced += f"; kept as {kept.name}"
    con = sqlite3.connect(staged)
    try:
        with con:
            con.execute(
                "INSERT INTO audit_entry (at, who, action, record_type, record_id, field, "
                "old_value, new_value) VALUES (?, ?, ?, 'registry', 0, 'backup', ?, ?)",
                (
                    datetime.now(UTC).replace(tzinfo=None).isoformat(" "),
                    note.who,
                    RESTORE_ACTION,
                    replaced,
                    info.describe(),
                ),
            )
    finally:
        con.close()


def _put_in_place(staged: Path, database: Path) -> None:
    try:
        os.replace(staged, database)
        _fsync_folder(database.parent)
    except OSError as exc:
        raise _write_error(exc, database.parent) from exc


def _swap_in(database: Path, staged: Path, target: Path) -> None:
    """Put the staged copy in place of a damaged database, which keeps its every file
    under the name `target` for whoever may want to rescue it: the damaged file gets its
    second name first (a hard link: both names are the same file until the last step),
    its -wal and -shm follow, and the copy is renamed into place. Killed at any step,
    there is a database at `database`: the damaged one or the backup."""
    try:
        try:
            os.link(database, target)
        except OSError:  # a file system without hard links (a USB stick): a copy
            shutil.copy2(database, target)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{database}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{target}{suffix}"))
    except OSError as exc:
        raise _write_error(exc, database.parent) from exc
    _put_in_place(staged, database)


# --- plain words for failures ----------------------------------------------------------


def _sqlite_error(exc: sqlite3.Error, database: Path, folder: Path) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return disk_full(folder)
    if "locked" in text or "busy" in text:
        return BackupError(
            f"{database.name} is busy: another program is writing to it. Try again when it "
            "has finished."
        )
    if "readonly" in text or "unable to open" in text:
        return BackupError(
            translate("Domain", "Cannot write in %1. Choose a folder you may write to.").replace(
                "%1", str(folder)
            )
        )
    return BackupError(
        translate("Domain", "The copy could not be made: %1.").replace("%1", str(exc))
    )


def _write_error(exc: OSError, folder: Path) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return disk_full(folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupError(
            translate("Domain", "Cannot write in %1. Choose a folder you may write to.").replace(
                "%1", str(folder)
            )
        )
    return BackupError(f"Cannot write in {folder}: {exc.strerror or exc}.")


def _fsync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; its rename is already durable
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
