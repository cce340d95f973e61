"""Keeping the registry safe: where backups go, the daily one, back up now, and restore.

A backup is taken the first time the registry is opened each day, once the database has
passed its integrity check (a damaged database is never copied over the good backups), and
only the newest N are kept. Backups live beside the database or, if the clerk prefers, in
the user's own data folder (one subfolder per database, so two registries never prune each
other's copies). Only SQLite files are backed up here: a database server has its own.
"""

from datetime import date, datetime
from pathlib import Path

from desktop.domain.words import fill, translate
from desktop.services.backup_policy import (  # noqa: F401 (where callers found them)
    APP_FOLDER,
    DEFAULT_KEEP,
    BackupPlace,
    BackupPolicy,
    clear_leftovers,
)
from desktop.services.progress import Progress
from desktop.store import backups, migrate
from desktop.store.backups import BackupError, BackupInfo, Restored
from desktop.store.database import Database, current_user, refuse_unusable
from desktop.store.engine import sqlite_url
from desktop.store.file_look import look


def database_file(db: Database) -> Path:
    """The SQLite file behind `db`; a server database is backed up by its server."""
    if db.path is None:
        raise BackupError(
            translate(
                "Domain",
                "This registry is on a database server, which keeps its own backups "
                "(pg_dump); ask whoever runs the server.",
            )
        )
    return db.path


def back_up(
    database: Path, policy: BackupPolicy, progress: Progress | None = None, to: Path | None = None
) -> BackupInfo:
    """Take a backup now: into `to` (a file, or a folder to put a stamped file in), else
    into the policy's folder, pruned to the newest `keep`. Returns the new backup."""
    progress = progress or Progress()
    database = database.resolve()  # messages name whole paths, whatever the command line said
    # An empty, wiped or foreign file is not backed up: its copies would push out good ones.
    refuse_unusable(look(database), f"'{database}'")
    if to is not None and not to.is_dir():
        target = to if to.suffix else to.with_suffix(".sqlite")
        if target.exists():
            raise BackupError(f"{target} already exists; give a new file name or a folder.")
    else:
        folder = to or policy.folder(database)
        if to is None:
            _make_folder(folder)
        target = backups.stamped(folder, database.stem, backups.ROTATING)

    def step(done: int, total: int) -> None:
        progress.step(done, total, translate("Domain", "Backing up the registry"))

    backups.copy_database(database, target, step)  # checked as it is made
    if to is None:
        backups.prune(target.parent, database.stem, policy.keep, precious=holds_records)
    return backups.describe(target)


def holds_records(backup: Path) -> bool:
    """A backup with partnerships, exchanges or timeline entries in it (never pruned
    when it is the last such one)."""
    try:
        info = backups.describe(backup)
    except BackupError:
        return False
    return bool(info.partnerships or info.exchanges or info.decisions or info.documents)


def daily_backup_due(database: Path, policy: BackupPolicy, today: date | None = None) -> bool:
    today = today or date.today()
    newest = backups.rotating_backups(policy.folder(database), database.stem)
    return not newest or backups.taken_at(newest[0]).date() != today


def available_backups(database: Path, policy: BackupPolicy) -> list[Path]:
    """The backups a clerk may restore, newest first: the rotating ones, and the copies
    kept beside the database before an upgrade or a restore."""
    folder = policy.folder(database)
    found = set(backups.rotating_backups(folder, database.stem))
    beside = database.resolve().parent
    for label in (backups.ROTATING, "before-upgrade", backups.BEFORE_RESTORE):
        found.update(beside.glob(f"{database.stem}.{label}-*.sqlite"))
    return sorted(found, key=lambda p: (backups.taken_at(p), p.name), reverse=True)


def latest_good_backup(database: Path, policy: BackupPolicy) -> BackupInfo | None:
    """The newest backup that passes the check (damaged ones are passed over)."""
    for path in available_backups(database, policy):
        try:
            return backups.examine(path)
        except BackupError:
            continue
    return None


def restore_backup(
    database: Path,
    backup: Path,
    progress: Progress | None = None,
    db: Database | None = None,
) -> Restored:
    """Put `backup` back in place of the registry at `database`; the replaced one is kept.

    `db`, when the registry is open, lets go of its connections first and is brought up to
    this version's schema afterwards (a backup may come from an older version)."""
    progress = progress or Progress()
    database = database.resolve()
    replaced = _what_is_there(database)
    if db is not None:
        db.engine.dispose()

    def step(done: int, total: int) -> None:
        progress.step(done, total, translate("Domain", "Restoring the backup"))

    note = backups.RestoreNote(who=current_user(sqlite_url(database)), replaced=replaced)
    restored = backups.restore(database, backup, step, note)
    if db is not None:
        db.engine.dispose()  # connections opened before a damaged file was moved aside
        if migrate.pending(db.engine):
            migrate.bring_up_to_date(db.engine)
    return restored


def _what_is_there(database: Path) -> str:
    """The registry a restore replaces, in a few words (for its audit entry)."""
    if not database.exists():
        return "no registry"
    try:
        info = backups.describe(database)
    except BackupError:
        return "a registry that could not be read"
    last = f", last changed {info.last_change:%Y-%m-%d %H:%M} UTC" if info.last_change else ""
    return (
        f"{info.partnerships:,} partnerships, {info.exchanges:,} exchanges, "
        f"{info.decisions:,} timeline entries{last}"
    )


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            fill(
                translate(
                    "Domain",
                    "The backup folder %1 cannot be created (%2). Choose another place for "
                    "backups in Settings.",
                ),
                folder,
                exc.strerror,
            )
        ) from exc


def describe_age(taken: datetime, now: datetime | None = None) -> str:
    """'today at 09:14', 'yesterday at 17:02', '3 days ago (28 Nov 2026)'."""
    now = now or datetime.now()
    days = (now.date() - taken.date()).days
    if days <= 0:
        return f"today at {taken:%H:%M}"
    if days == 1:
        return f"yesterday at {taken:%H:%M}"
    return f"{days} days ago ({taken:%d %b %Y})"
