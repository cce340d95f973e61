"""Storage failures, each with a message a clerk can act on (never a traceback)."""


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


class RecordChanged(StoreError):
    """Someone else saved this record after the form opened it."""

    MESSAGE = (
        "Someone else saved this record after you opened it. Reload it to see their "
        "change, or save again to overwrite it."
    )

    def __init__(self, message: str = MESSAGE):
        super().__init__(message)


def explain(exc: BaseException, where: str) -> StoreError:
    """Turn a driver error into one of ours, keeping the plain words."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"The database {where} is locked by another program. Close the other copy of the "
            "registry (or the program holding the file) and try again."
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseCorrupt(
            f"The database {where} is damaged or is not a registry database. Restore it from "
            "the latest backup (the .backup-*.sqlite files beside it)."
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return DatabaseUnreachable(
            f"The database {where} cannot be opened for writing. Check that the folder exists "
            "and that you may write to it."
        )
    if "could not connect" in text or "connection refused" in text or "password" in text:
        return DatabaseUnreachable(
            f"Cannot connect to the database server {where}: {exc.__class__.__name__}. Check "
            "the address, the user name and the password."
        )
    return StoreError(f"The database {where} could not be used: {getattr(exc, 'orig', exc)}")
