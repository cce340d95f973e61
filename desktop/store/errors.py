"""Storage failures, each with a message a clerk can act on (never a traceback)."""

import os
from pathlib import Path

from desktop.domain.words import fill, translate


class StoreError(Exception):
    """Base: `str(error)` is the message to show."""


class NotADatabase(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class DatabaseCorrupt(StoreError):
    pass


class DatabaseUnreachable(StoreError):
    pass


class DiskFull(StoreError):
    pass


class PasswordNeeded(DatabaseUnreachable):
    """The server wants a password the URL, PGPASSFILE and PGPASSWORD did not give (or the
    one given is wrong): the window and a terminal ask for it."""


class ReadOnlyRegistry(StoreError):
    MESSAGE = (
        "You may look at the registry but not change it: your database account is read-only. "
        "Ask whoever runs the registry for a clerk's account to make changes."
    )


def disk_full(folder: Path | str) -> DiskFull:
    return DiskFull(
        translate(
            "Domain",
            "The disk holding %1 is full, so nothing was written there. Free some "
            "space (empty the recycle bin, move old files away) and try again.",
        ).replace("%1", str(folder))
    )


class RecordChanged(StoreError):
    """Someone else saved this record after the form opened it."""

    MESSAGE = (
        "Someone else saved this record after you opened it. Reload it to see their "
        "change, or save again to overwrite it."
    )

    def __init__(self, message: str = MESSAGE):
        super().__init__(message)


def explain(exc: BaseException, where: str, path: Path | None = None, engine=None) -> StoreError:
    """Turn a driver error into one of ours, keeping the plain words. `path` is the SQLite
    file, `engine` the server's: a lock is then traced to the program holding it."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return DatabaseLocked(
            fill(translate("Domain", "The database %1 is busy: %2"), where, _holder(path, engine))
        )
    if "permission denied" in text or "read-only transaction" in text:
        return ReadOnlyRegistry(ReadOnlyRegistry.MESSAGE)
    if "database or disk is full" in text or "no space left" in text:
        return disk_full(path.parent if path is not None else where)
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseCorrupt(
            translate(
                "Domain",
                "The database %1 is damaged. Restore the latest good backup: File > "
                "Restore... in the window, or `sister-cities restore --latest`.",
            ).replace("%1", str(where))
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return DatabaseUnreachable(
            translate(
                "Domain",
                "The database %1 cannot be opened for writing. Check that the folder "
                "exists and that you may write to it.",
            ).replace("%1", str(where))
        )
    if "no password supplied" in text or "password authentication failed" in text:
        wrong = "password authentication failed" in text
        return PasswordNeeded(
            translate("Domain", "The database server %1 ").replace("%1", str(where))
            + ("did not accept that password. " if wrong else "asks for a password. ")
            + translate("Domain", "Give it when asked, or put it in your PGPASSFILE (~/.pgpass).")
        )
    if "could not connect" in text or "connection refused" in text or "password" in text:
        return DatabaseUnreachable(
            fill(
                translate(
                    "Domain",
                    "Cannot connect to the database server %1: %2. Check the address, the "
                    "user name and the password.",
                ),
                where,
                exc.__class__.__name__,
            )
        )
    return StoreError(
        fill(
            translate("Domain", "The database %1 could not be used: %2"),
            where,
            getattr(exc, "orig", exc),
        )
    )


def _holder(path: Path | None, engine) -> str:
    from desktop.store.lock_holders import lock_holders, server_lock_holders

    if path is not None:
        holders = lock_holders(path)
    else:
        holders = server_lock_holders(engine) if engine is not None else []
    if any(h.pid == os.getpid() for h in holders):
        return (
            "other work in this window (an import or a restore) is still writing to it. "
            "Wait for it to finish, then try again."
        )
    if holders:
        names = ", ".join(h.describe() for h in holders)
        return f"{names} is writing to it. Wait for it to finish, or close it, then try again."
    return (
        "another program (another copy of the registry, or a database tool) is writing to "
        "it. Wait for it to finish, or close it, then try again."
    )
