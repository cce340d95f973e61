"""postgresql: text in code-point order, trigram indexes for the search boxes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:00:00

On PostgreSQL only; SQLite already compares text by code point and scans for LIKE:
- every text column gets COLLATE "C", so sorting, lower() and ILIKE give what SQLite gives
  (see models.code_point_text);
- pg_trgm's GIN indexes on the columns the search boxes match with ILIKE '%text%', so a
  keystroke in the search box does not read every row (see models.trigram_index).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.store.errors import StoreError

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("community", "partnership", "exchange", "decision", "import_batch", "audit_entry")
SEARCHED = {
    "community": ("name", "subdivision"),
    "partnership": ("coordinating_organization", "notes"),
    "exchange": ("title", "institutions", "notes"),
    "decision": ("actor_name", "actor_title", "actor_body", "rationale", "condition",
                 "source_title", "source_author"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _collate_text('"C"')
    _create_pg_trgm()
    for table, columns in SEARCHED.items():
        for column in columns:
            op.create_index(f"ix_{table}_{column}_trgm", table, [column],
                            postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"})


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in SEARCHED.items():
        for column in columns:
            op.drop_index(f"ix_{table}_{column}_trgm", table_name=table)
    # pg_trgm stays: other databases' objects may use it, and it costs nothing idle.
    _collate_text('"default"')


def _collate_text(collation: str) -> None:
    """Every VARCHAR column of the registry's tables, one ALTER TABLE a table (its indexes
    are rebuilt once; the rows are not rewritten, the type stays the same)."""
    rows = op.get_bind().execute(sa.text(
        "SELECT table_name, column_name, character_maximum_length FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND data_type = 'character varying' "
        "AND table_name::text = ANY(:tables) ORDER BY table_name, ordinal_position"
    ), {"tables": list(TABLES)}).all()
    by_table: dict[str, list[str]] = {}
    for table, column, length in rows:
        kind = f"varchar({length})" if length else "varchar"
        by_table.setdefault(table, []).append(
            f'ALTER COLUMN "{column}" TYPE {kind} COLLATE {collation}')
    for table, changes in by_table.items():
        op.execute(f'ALTER TABLE "{table}" ' + ", ".join(changes))


def _create_pg_trgm() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first():
        return
    database = bind.execute(sa.text("SELECT current_database()")).scalar()
    ask = (f"Ask the database administrator to run `CREATE EXTENSION pg_trgm;` in the "
           f"database {database} once, then open the registry again; nothing was changed.")
    if not bind.execute(sa.text(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first():
        raise StoreError("The registry's search needs PostgreSQL's pg_trgm extension, which "
                         "this server does not have (on Debian it comes with the "
                         "postgresql-contrib package). " + ask)
    may_create = bind.execute(sa.text(
        "SELECT rolsuper OR (has_database_privilege(current_database(), 'CREATE') "
        "AND current_setting('server_version_num')::int >= 130000) "  # pg_trgm is trusted
        "FROM pg_roles WHERE rolname = current_user")).scalar()
    if not may_create:
        raise StoreError("The registry's search needs PostgreSQL's pg_trgm extension, which "
                         "the registry's database user may not create. " + ask)
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
