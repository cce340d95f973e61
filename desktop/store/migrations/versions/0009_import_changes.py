"""imports: what they filled in on records they did not create, and where they ended

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 18:00:00

A matched row fills in what the registry lacked (a year, an organisation, coordinates);
`import_change` keeps each such field's old and new value so undoing the import puts it
back; `rows_restored` counts the archived partnerships a list brought back. `import_batch.last_audit_id` is the newest audit entry the import wrote itself: a
later entry on one of its records is a change made since, which stops an undo.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(length: int) -> sa.types.TypeEngine:
    # Code-point order on PostgreSQL, as every other text column (revision 0004).
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        'import_change',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('record_type', _text(40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('field', _text(60), nullable=False),
        sa.Column('old_value', sa.String().with_variant(sa.String(collation="C"), "postgresql"),
                  nullable=True),
        sa.Column('new_value', sa.String().with_variant(sa.String(collation="C"), "postgresql"),
                  nullable=True),
        sa.ForeignKeyConstraint(['batch_id'], ['import_batch.id'],
                                name=op.f('fk_import_change_batch_id_import_batch')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_change')),
    )
    op.create_index(op.f('ix_import_change_batch_id'), 'import_change', ['batch_id'])
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rows_filled', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('rows_restored', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('last_audit_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('import_batch', schema=None) as batch_op:
        batch_op.drop_column('last_audit_id')
        batch_op.drop_column('rows_restored')
        batch_op.drop_column('rows_filled')
    op.drop_index(op.f('ix_import_change_batch_id'), table_name='import_change')
    op.drop_table('import_change')
