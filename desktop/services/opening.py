"""Opening the registry for a session of work: the first run fills in the sample records."""

from pathlib import Path

from sqlalchemy.engine import URL

from desktop.services.sample_records import load_sample_records
from desktop.store.database import Database, open_database


def open_registry(
    target: URL | str | Path,
    *,
    create: bool = True,
    samples: bool = True,
    busy_timeout_ms: int | None = None,
) -> tuple[Database, int]:
    """Open (creating or upgrading) the database; a new one gets the sample records unless
    `samples` is off. Returns the database and how many sample partnerships were added."""
    db = open_database(target, create=create, busy_timeout_ms=busy_timeout_ms)
    try:
        added = load_sample_records(db) if db.created and samples else 0
    except Exception:
        db.close()
        raise
    return db, added
