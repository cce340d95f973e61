"""sqlite: trigram full-text indexes for the search boxes

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 12:00:00

On SQLite only (PostgreSQL has its pg_trgm indexes from 0004). A search for '%kal%' cannot
use an ordinary index, so at a million partnerships every keystroke read every row. SQLite's
FTS5 with the trigram tokenizer indexes every three-letter piece of the searched columns; a
search of three letters or more reads the matching rows off it, and the app's LIKE then
confirms each one (so what is found is exactly what it was: see store/search.py).

Each index is an external-content FTS5 table `search_<table>` over the table's own rows,
kept in step by triggers. A later migration that rebuilds one of these tables (Alembic's
batch mode on SQLite copies, drops and renames it) drops its triggers with it, and must
create them again (`create_triggers` below shows how).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The columns the search boxes match (the same as 0004's trigram indexes on PostgreSQL).
SEARCHED = {
    "community": ("name", "subdivision"),
    "partnership": ("coordinating_organization", "notes"),
    "exchange": ("title", "institutions", "notes"),
    "decision": ("actor_name", "actor_title", "actor_body", "rationale", "condition",
                 "source_title", "source_author"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns in SEARCHED.items():
        index = f"search_{table}"
        op.execute(
            f"CREATE VIRTUAL TABLE {index} USING fts5({', '.join(columns)}, "
            f"content='{table}', content_rowid='id', tokenize='trigram')"
        )
        create_triggers(table, columns)
        op.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")


def create_triggers(table: str, columns: Sequence[str]) -> None:
    index, names = f"search_{table}", ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    forget = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.id, {old});"
    learn = f"INSERT INTO {index}(rowid, {names}) VALUES (new.id, {new});"
    op.execute(f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {learn} END")
    op.execute(f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {forget} END")
    op.execute(
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {names} ON {table} "
        f"BEGIN {forget} {learn} END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SEARCHED:
        index = f"search_{table}"
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_{event}")
        op.execute(f"DROP TABLE IF EXISTS {index}")
