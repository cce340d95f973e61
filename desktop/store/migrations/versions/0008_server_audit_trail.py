"""audit trail written by the server (PostgreSQL)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 18:00:00

On a server the app used to write the audit trail itself, as whatever `current_user` was:
a clerk's URL with `?options=-c role=registry_clerks` was recorded as "registry_clerks",
and with the README's grants a clerk could UPDATE and INSERT audit entries in psql, and
change a partnership with no entry at all. Now triggers on every audited table write the
trail, as the registry's owner (SECURITY DEFINER), naming `session_user` (the login,
which neither SET ROLE nor the URL's options change), and no role but the owner may
write `audit_entry`: every grant of INSERT, UPDATE, DELETE or TRUNCATE on it to another
role (the README's default privileges gave clerks INSERT and UPDATE) is revoked. The app
no longer writes entries itself there (services/audit.py).

The trigger writes what the app writes on SQLite, field for field and in the same order
(so a record's history reads the same on both), and besides, on any change, the values
the app derives (sort keys, whether a decision binds): a clerk who flips `binding` in
psql changes a status, and that is in the trail too. Merging a community is said by the
app in the transaction (`registry.merged_into`), and the trigger adds the merge entry to
the community's archiving.

SQLite has no users to tell apart: nothing changes there (the README says what a
registry file on a workstation can promise).
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fields the app audits, in the order it writes them (its models' field order), then
# the values it derives (written to the trail on any change, hidden in a history).
AUDITED = {
    "community": [
        "archived_at", "batch_id", "name", "kind", "subdivision", "country", "latitude",
        "longitude", "population", "binding_actor_types",
    ],
    "partnership": [
        "archived_at", "batch_id", "local_id", "partner_id", "kind", "established_on",
        "established_precision", "origin", "coordinating_organization",
        "local_signatory_name", "local_signatory_title", "local_signed_on",
        "partner_signatory_name", "partner_signatory_title", "partner_signed_on", "notes",
        "local_sort", "partner_sort", "partner_country",
    ],
    "exchange": [
        "archived_at", "batch_id", "partnership_id", "title", "programme_area", "direction",
        "start_on", "start_precision", "end_on", "end_precision", "participants",
        "institutions", "status", "reason", "notes",
    ],
    "decision": [
        "archived_at", "batch_id", "partnership_id", "decided_on", "decided_precision",
        "actor_name", "actor_title", "actor_body", "actor_type", "action", "effective_on",
        "condition", "review_on", "rationale", "source_kind", "source_title",
        "source_author", "source_date", "source_reference", "takes_effect_on", "binding",
    ],
    "import_batch": [
        "file_name", "sheet", "record_type", "rows_new", "rows_matched", "rows_rejected",
        "communities_new", "undone_at", "undone_by",
    ],
}  # fmt: skip

FUNCTION = """
CREATE FUNCTION {schema}.registry_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET "TimeZone" = 'UTC'
AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ELSE '{{}}'::jsonb END;
    new_row jsonb := to_jsonb(NEW);
    field text;
    before text;
    after text;
    happened text;
    merged text := nullif(current_setting('registry.merged_into', true), '');
BEGIN
    IF TG_OP = 'INSERT' THEN
        happened := 'create';
    ELSIF old_row->>'archived_at' IS NULL AND new_row->>'archived_at' IS NOT NULL THEN
        happened := 'archive';
    ELSIF old_row->>'archived_at' IS NOT NULL AND new_row->>'archived_at' IS NULL THEN
        happened := 'restore';
    ELSE
        happened := 'update';
    END IF;
    FOREACH field IN ARRAY TG_ARGV LOOP
        before := old_row->>field;
        after := new_row->>field;
        CONTINUE WHEN before IS NOT DISTINCT FROM after;
        CONTINUE WHEN TG_OP = 'INSERT' AND coalesce(after, '') = '';
        INSERT INTO {schema}.audit_entry
            (at, who, action, record_type, record_id, field, old_value, new_value)
        VALUES (
            clock_timestamp(), session_user,
            CASE WHEN happened IN ('archive', 'restore') AND field <> 'archived_at'
                 THEN 'update' ELSE happened END,
            TG_TABLE_NAME, NEW.id, field, before, after
        );
    END LOOP;
    IF TG_TABLE_NAME = 'community' AND happened = 'archive' AND merged IS NOT NULL THEN
        INSERT INTO {schema}.audit_entry
            (at, who, action, record_type, record_id, field, old_value, new_value)
        VALUES (clock_timestamp(), session_user, 'merge', 'community', NEW.id,
                'merged_into', NULL, merged);
    END IF;
    RETURN NULL;
END
$$
"""

# Every role but the owner loses the right to write the trail (PUBLIC included).
REVOKE = """
DO $$
DECLARE
    grant_ record;
BEGIN
    FOR grant_ IN
        SELECT DISTINCT a.grantee
        FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = '{schema}.audit_entry'::regclass
          AND a.grantee <> c.relowner
          AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
    LOOP
        IF grant_.grantee = 0 THEN
            EXECUTE 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {schema}.audit_entry FROM PUBLIC';
        ELSE
            EXECUTE format(
                'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {schema}.audit_entry FROM %s',
                grant_.grantee::regrole
            );
        END IF;
    END LOOP;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    op.execute(FUNCTION.format(schema=schema))
    op.execute(f"REVOKE ALL ON FUNCTION {schema}.registry_audit() FROM PUBLIC")
    for table, fields in AUDITED.items():
        arguments = ", ".join(f"'{f}'" for f in fields)
        op.execute(
            f"CREATE TRIGGER {table}_audit AFTER INSERT OR UPDATE ON {schema}.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION {schema}.registry_audit({arguments})"
        )
    op.execute(REVOKE.format(schema=schema))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    for table in AUDITED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_audit ON {schema}.{table}")
    op.execute(f"DROP FUNCTION IF EXISTS {schema}.registry_audit()")


def _schema() -> str:
    name = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    return '"' + name.replace('"', '""') + '"'
