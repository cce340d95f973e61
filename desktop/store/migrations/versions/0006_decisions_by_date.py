"""index: decisions by the day they were taken

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 13:00:00

The decisions list opens sorted by that day; without an index, its first page at a million
decisions meant sorting all of them (about 3 s). With it the list walks the index.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_decision_decided_on", "decision", ["decided_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_decision_decided_on", table_name="decision")
