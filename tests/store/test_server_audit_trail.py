"""The audit trail on a server cannot be forged or rewritten: the README's PostgreSQL
recipe, run as written (its SQL through psql, then `init --empty` and `copy` as the
owner) on the session's throwaway server, leaves a clerk unable to add, change or delete
an audit entry, or to change a record without one; and "who" is the login, whatever role
the connection takes on.

Before: the app recorded `current_user` (a URL with `?options=-c role=registry_clerks`
was recorded as "registry_clerks"), and with the README's grants a clerk could UPDATE
and INSERT audit entries in psql and update partnerships with no entry at all."""

import re
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from desktop.app import main
from desktop.services.partnerships import update_partnership
from desktop.store.database import open_database
from tests import postgres_cluster

README = Path(__file__).resolve().parents[2] / "README.md"
ROLES = ["ann", "council", "registry_clerks", "registry_readers", "registry_owner"]


def readme_sql() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"sudo -u postgres psql <<'SQL'\n(.*?)\nSQL\n", text, re.S)
    assert found, "the README's PostgreSQL recipe has moved"
    return found.group(1)


def psql(server, sql: str) -> subprocess.CompletedProcess:
    url = server.admin_url
    return subprocess.run(
        [str(postgres_cluster._bindir() / "psql"), "-X", "-v", "ON_ERROR_STOP=1",
         "-h", url.query["host"], "-p", str(url.port), "-U", url.username, "-d", "postgres"],
        input=sql, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@pytest.fixture
def recipe(postgres, _sample_file, tmp_path):
    """The README's recipe on the session's server: its SQL, then the owner's `init
    --empty` and `copy` of the sample registry. The roles and the database go after."""
    if postgres_cluster.mode() == "url":
        pytest.skip("makes cluster-wide roles: only on the test session's own server")
    done = psql(postgres, readme_sql())
    assert done.returncode == 0, done.stderr
    owner = postgres.url("registry").set(username="registry_owner")
    owner_url = owner.render_as_string(hide_password=False)
    try:
        assert main(["--database-url", owner_url, "init", "--empty"]) == 0
        assert main(["--db", str(_sample_file), "copy", "--to", owner_url]) == 0
        yield postgres
    finally:
        postgres.drop_database("registry")
        psql(postgres, "".join(f"DROP ROLE IF EXISTS {role};\n" for role in ROLES))


def as_role(server, role: str, **options) -> sa.engine.Engine:
    url = server.url("registry").set(username=role)
    if options:
        url = url.update_query_dict(options)
    return sa.create_engine(url)


def refused(engine, sql: str) -> str:
    with engine.connect() as conn:
        try:
            conn.exec_driver_sql(sql)
        except DBAPIError as exc:
            return str(exc.orig).splitlines()[0]
        conn.rollback()
    return ""


def newest_entry(server) -> tuple:
    owner = as_role(server, "registry_owner")
    with owner.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT who, action, record_type, record_id, field, new_value FROM audit_entry "
            "ORDER BY id DESC LIMIT 1"
        ).one()
    owner.dispose()
    return tuple(row)


@pytest.mark.postgresql
def test_the_readme_recipe_leaves_the_trail_to_the_server(recipe, capsys):
    ann = as_role(recipe, "ann")
    try:
        for sql in (
            "UPDATE audit_entry SET who = 'somebody else'",
            "INSERT INTO audit_entry (at, who, action, record_type, record_id, field) "
            "VALUES (now(), 'mayor', 'update', 'partnership', 1, 'notes')",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
            "ALTER TABLE partnership DISABLE TRIGGER USER",
            "SET session_replication_role = replica",
        ):
            assert refused(ann, sql), f"a clerk could: {sql}"
        # A record changed in psql has its entry, naming the login, even under the group role.
        with ann.begin() as conn:
            conn.exec_driver_sql("SET ROLE registry_clerks")
            conn.exec_driver_sql("UPDATE partnership SET notes = 'changed in psql' WHERE id = 1")
        assert newest_entry(recipe) == (
            "ann", "update", "partnership", 1, "notes", "changed in psql",
        )  # fmt: skip
    finally:
        ann.dispose()

    council = as_role(recipe, "council")
    try:
        assert refused(council, "UPDATE partnership SET notes = 'x' WHERE id = 1")
        assert refused(council, "UPDATE audit_entry SET who = 'x'")
    finally:
        council.dispose()

    # The app, connected as ann with the group role in its URL, records the login too.
    url = recipe.url("registry").set(username="ann")
    url = url.update_query_dict({"options": "-c role=registry_clerks"})
    db = open_database(url)
    try:
        assert (db.who, db.read_only) == ("ann", "")
        update_partnership(db, 2, {"notes": "saved in the window"})
    finally:
        db.close()
    assert newest_entry(recipe) == (
        "ann",
        "update",
        "partnership",
        2,
        "notes",
        "saved in the window",
    )

    owner_url = recipe.url("registry").set(username="registry_owner")
    code = main(["--database-url", owner_url.render_as_string(hide_password=False), "check"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Audit trail:" not in out


@pytest.mark.postgresql
def test_check_names_a_role_given_the_trail_back(recipe, capsys):
    """A later `GRANT ... ON ALL TABLES` to the clerks opens the trail again: said."""
    owner = as_role(recipe, "registry_owner")
    with owner.begin() as conn:
        conn.exec_driver_sql(
            "GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO registry_clerks"
        )
        conn.exec_driver_sql("ALTER TABLE exchange DISABLE TRIGGER exchange_audit")
    owner.dispose()
    owner_url = recipe.url("registry").set(username="registry_owner")
    code = main(["--database-url", owner_url.render_as_string(hide_password=False), "check"])
    out = capsys.readouterr().out
    assert code == 1
    assert (
        "Audit trail: the role registry_clerks may write audit entries itself (the owner takes "
        "that back with: REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_entry FROM "
        "registry_clerks)" in out
    )
    assert "Audit trail: the server does not write the audit trail of exchange" in out


@pytest.mark.postgresql
def test_who_is_the_login_not_the_role_it_sets(postgres, request):
    """`?options=-c role=...` in the URL was recorded as that role."""
    name = postgres.create_database("roles", request.getfixturevalue("_postgres_sample"))
    request.addfinalizer(lambda: postgres.drop_database(name))
    with postgres.admin.connect() as conn:
        if not conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = 'office'").first():
            conn.exec_driver_sql("CREATE ROLE office")
        conn.exec_driver_sql(f"GRANT office TO {postgres.app_url.username}")
    owner = sa.create_engine(postgres.url(name))
    with owner.begin() as conn:
        conn.exec_driver_sql(
            "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO office"
        )
        conn.exec_driver_sql("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO office")
    owner.dispose()
    db = open_database(postgres.url(name).update_query_dict({"options": "-c role=office"}))
    try:
        assert db.who == postgres.app_url.username
        update_partnership(db, 1, {"notes": "who am I?"})
        with db.engine.connect() as conn:
            who = conn.exec_driver_sql(
                "SELECT who FROM audit_entry ORDER BY id DESC LIMIT 1"
            ).scalar()
        assert who == postgres.app_url.username
    finally:
        db.close()


@pytest.mark.postgresql
def test_a_clerk_attaches_documents_in_the_trail_and_cannot_change_their_bytes(
    recipe, tmp_path, capsys
):
    """Source documents (migration 0010) under the README's grants: a clerk attaches and
    detaches, each in the trail under the login; the bytes, once written, no clerk can
    change or remove, nor a document's details without an entry."""
    from desktop.services import attachments

    scan = tmp_path / "resolution.pdf"
    scan.write_bytes(bytes(range(256)) * 40)
    db = open_database(recipe.url("registry").set(username="ann"))
    try:
        (line,) = attachments.attach_files(db, "partnership", 1, [scan])
        attachments.detach(db, line.id)
    finally:
        db.close()
    assert newest_entry(recipe) == (
        "ann", "archive", "attachment", line.id, "archived_at", newest_entry(recipe)[5],
    )  # fmt: skip
    ann = as_role(recipe, "ann")
    try:
        for sql in (
            "UPDATE attachment_content SET data = 'forged'",
            "DELETE FROM attachment_content",
            "TRUNCATE attachment_content",
            "ALTER TABLE attachment_content DISABLE TRIGGER USER",
            "ALTER TABLE attachment DISABLE TRIGGER attachment_audit",
        ):
            assert refused(ann, sql), f"a clerk could: {sql}"
        with ann.begin() as conn:
            conn.exec_driver_sql(f"UPDATE attachment SET name = 'renamed.pdf' WHERE id = {line.id}")
    finally:
        ann.dispose()
    assert newest_entry(recipe) == ("ann", "update", "attachment", line.id, "name", "renamed.pdf")
    owner = as_role(recipe, "registry_owner")
    with owner.connect() as conn:
        kept = conn.exec_driver_sql("SELECT data FROM attachment_content").scalar_one()
    owner.dispose()
    assert bytes(kept) == scan.read_bytes()
