"""Has anybody changed the registry since we last looked? Every change writes audit entries
in its own transaction, so the newest entry's id moves with every commit, by anyone, on
SQLite and PostgreSQL alike: one indexed look-up, cheap enough to ask every few seconds."""

from dataclasses import dataclass
from datetime import datetime

from desktop.services.unit_of_work import reading
from desktop.store import history_queries
from desktop.store.database import Database


@dataclass(frozen=True)
class LatestChange:
    entry_id: int  # 0 in a registry nobody has changed yet
    who: str
    at: datetime | None


def latest_change(db: Database) -> LatestChange:
    with reading(db) as session:
        entry = history_queries.newest_entry(session)
        if entry is None:
            return LatestChange(0, "", None)
        return LatestChange(entry.id, entry.who, entry.at)
