"""partnership sort keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 23:59:44.667828
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        for name, length in (("local_sort", 250), ("partner_sort", 250), ("partner_country", 2)):
            batch_op.add_column(sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length),
                                          nullable=False, server_default=""))
    _fill_sort_keys()
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index("ix_partnership_by_country",
                              ["partner_country", "partner_sort", "id"], unique=False)
        batch_op.create_index("ix_partnership_by_local", ["local_sort", "partner_sort", "id"],
                              unique=False)
        batch_op.create_index("ix_partnership_by_partner", ["partner_sort", "id"], unique=False)


def _fill_sort_keys() -> None:
    """The keys of existing partnerships, folded the way the app folds them."""
    import unicodedata

    def fold(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.replace("’", "'"))
        return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())

    bind = op.get_bind()
    places = {row.id: (fold(f"{row.name}, {row.subdivision}" if row.subdivision else row.name)
                       [:250], row.country)
              for row in bind.execute(sa.text("SELECT id, name, subdivision, country "
                                              "FROM community"))}
    rows = bind.execute(sa.text("SELECT id, local_id, partner_id FROM partnership")).all()
    if not rows:
        return
    bind.execute(
        sa.text("UPDATE partnership SET local_sort = :local, partner_sort = :partner, "
                "partner_country = :country WHERE id = :id"),
        [{"id": r.id, "local": places[r.local_id][0], "partner": places[r.partner_id][0],
          "country": places[r.partner_id][1]} for r in rows],
    )


def downgrade() -> None:
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index("ix_partnership_by_partner")
        batch_op.drop_index("ix_partnership_by_local")
        batch_op.drop_index("ix_partnership_by_country")
        batch_op.drop_column("partner_country")
        batch_op.drop_column("partner_sort")
        batch_op.drop_column("local_sort")
