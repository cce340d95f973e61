"""source documents attached to partnerships, exchanges and decisions

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 10:00:00

`attachment` says what each document is (name, media type, size, SHA-256, when and by
whom it was attached, which one record it belongs to, and when it was detached: archived,
never deleted); `attachment_content` holds its bytes (a BLOB on SQLite, bytea on
PostgreSQL), apart, so that no list, page or count ever reads them.

On PostgreSQL the audit trail is the server's (revision 0008): `attachment` gets the
same trigger as every audited table, writing its fields in the order the app writes them
on SQLite. The bytes are written once: a trigger refuses to change or remove them (a
clerk's account may UPDATE tables under the README's grants; a document's bytes must
stay those whose SHA-256 the trail recorded). Documents are not searched: no full-text
triggers on SQLite.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fields the app audits (the model's field order), as 0008's AUDITED.
AUDITED = [
    "partnership_id", "exchange_id", "decision_id", "name", "kind", "size", "sha256",
    "archived_at",
]  # fmt: skip

ONE_OWNER = (
    "(CASE WHEN partnership_id IS NULL THEN 0 ELSE 1 END) + "
    "(CASE WHEN exchange_id IS NULL THEN 0 ELSE 1 END) + "
    "(CASE WHEN decision_id IS NULL THEN 0 ELSE 1 END) = 1"
)

WRITTEN_ONCE = """
CREATE FUNCTION {schema}.attachment_content_written_once() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'the bytes of an attached document are never changed or removed'
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def _text(length: int | None = None) -> sa.types.TypeEngine:
    # Code-point order on PostgreSQL, as every other text column (revision 0004).
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        'attachment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('partnership_id', sa.Integer(), nullable=True),
        sa.Column('exchange_id', sa.Integer(), nullable=True),
        sa.Column('decision_id', sa.Integer(), nullable=True),
        sa.Column('name', _text(255), nullable=False),
        sa.Column('kind', _text(100), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('sha256', _text(64), nullable=False),
        sa.Column('attached_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('attached_by', _text(120), nullable=False),
        sa.Column('archived_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.CheckConstraint(ONE_OWNER, name=op.f('ck_attachment_one_owner')),
        sa.CheckConstraint('size > 0', name=op.f('ck_attachment_not_empty')),
        sa.ForeignKeyConstraint(['partnership_id'], ['partnership.id'],
                                name=op.f('fk_attachment_partnership_id_partnership')),
        sa.ForeignKeyConstraint(['exchange_id'], ['exchange.id'],
                                name=op.f('fk_attachment_exchange_id_exchange')),
        sa.ForeignKeyConstraint(['decision_id'], ['decision.id'],
                                name=op.f('fk_attachment_decision_id_decision')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    )
    for owner in ('partnership_id', 'exchange_id', 'decision_id'):
        op.create_index(op.f(f'ix_attachment_{owner}'), 'attachment', [owner])
    op.create_table(
        'attachment_content',
        sa.Column('attachment_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'],
                                name=op.f('fk_attachment_content_attachment_id_attachment')),
        sa.PrimaryKeyConstraint('attachment_id', name=op.f('pk_attachment_content')),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    arguments = ", ".join(f"'{f}'" for f in AUDITED)
    op.execute(
        f"CREATE TRIGGER attachment_audit AFTER INSERT OR UPDATE ON {schema}.attachment "
        f"FOR EACH ROW EXECUTE FUNCTION {schema}.registry_audit({arguments})"
    )
    op.execute(WRITTEN_ONCE.format(schema=schema))
    op.execute(
        "CREATE TRIGGER attachment_content_written_once BEFORE UPDATE OR DELETE ON "
        f"{schema}.attachment_content FOR EACH ROW "
        f"EXECUTE FUNCTION {schema}.attachment_content_written_once()"
    )
    op.execute(
        f"CREATE TRIGGER attachment_content_not_truncated BEFORE TRUNCATE ON "
        f"{schema}.attachment_content FOR EACH STATEMENT "
        f"EXECUTE FUNCTION {schema}.attachment_content_written_once()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        schema = _schema()
        op.execute(f"DROP TRIGGER IF EXISTS attachment_audit ON {schema}.attachment")
        for trigger in ("attachment_content_written_once", "attachment_content_not_truncated"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {schema}.attachment_content")
        op.execute(f"DROP FUNCTION IF EXISTS {schema}.attachment_content_written_once()")
    op.drop_table('attachment_content')
    for owner in ('decision_id', 'exchange_id', 'partnership_id'):
        op.drop_index(op.f(f'ix_attachment_{owner}'), table_name='attachment')
    op.drop_table('attachment')


def _schema() -> str:
    name = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    return '"' + name.replace('"', '""') + '"'
