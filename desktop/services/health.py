"""`check`: is the database whole, and which schema does it have?"""

from dataclasses import dataclass

import sqlalchemy as sa

from desktop.store import migrate
from desktop.store.database import Database


@dataclass
class HealthReport:
    schema: str | None
    expected_schema: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and self.schema == self.expected_schema


def check_database(db: Database) -> HealthReport:
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.engine.url.get_backend_name() == "sqlite":
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                if line != "ok":
                    problems.append(f"integrity: {line}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"table {row[0]} row {row[1]} refers to a missing {row[2]}")
        else:
            conn.execute(sa.text("SELECT 1"))
    return HealthReport(migrate.current_revision(db.engine), migrate.head_revision(), problems)
