"""The database file: pragmas, migrations, backups, and the files we refuse."""

import sqlite3

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from sqlmodel import SQLModel

from desktop.services.listing import partnerships
from desktop.store import migrate
from desktop.store.database import open_database
from desktop.store.engine import make_engine
from desktop.store.errors import DatabaseTooNew, NotADatabase, StoreError
from desktop.store.queries import RecordFilter


@pytest.mark.sqlite_only("the pragmas are SQLite's own")
def test_every_connection_has_wal_foreign_keys_and_a_busy_timeout(empty_db):
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_foreign_keys_are_enforced(empty_db):
    with pytest.raises(sa.exc.IntegrityError), empty_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO exchange (created_at, updated_at, partnership_id, title, "
            "programme_area, direction, status, institutions, reason, notes, version) VALUES "
            "('2022-01-01', '2022-01-01', 999, 'x', 'other', 'inbound', 'planned', '', '', '', 1)"
        )


def test_migrations_from_the_first_revision_build_exactly_the_models(blank_database):
    engine = make_engine(blank_database)
    try:
        migrate.upgrade(engine, "base")
        migrate.upgrade(engine, "head")
        with engine.connect() as conn:
            diff = compare_metadata(migrate.comparison_context(conn), SQLModel.metadata)
        assert diff == []
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_migrations_downgrade_and_upgrade_again(blank_database):
    engine = make_engine(blank_database)
    try:
        migrate.upgrade(engine)
        command_downgrade(engine)
        assert sa.inspect(engine).get_table_names() == ["alembic_version"]
        migrate.upgrade(engine)
        assert "partnership" in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()


def command_downgrade(engine):
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")


@pytest.mark.sqlite_only("the copy before an upgrade is a copy of the file")
def test_backup_copies_a_database_consistently(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine)
    with engine.begin() as conn:  # pretend it was written before the latest revision
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
        conn.exec_driver_sql("CREATE TABLE kept (x)")
        conn.exec_driver_sql("INSERT INTO kept VALUES (42)")
    engine.dispose()
    backup = migrate.backup_file(path, "before-upgrade")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT x FROM kept").fetchone() == (42,)
    copy.close()
    assert backup.name.startswith("old.before-upgrade-")


def test_a_newer_database_is_refused(blank_database):
    open_database(blank_database).close()
    engine = make_engine(blank_database)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()
    with pytest.raises(DatabaseTooNew, match="newer version of Sister City Registry"):
        open_database(blank_database)


@pytest.mark.sqlite_only("a file that is no database at all")
def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "letter.sqlite"
    path.write_text("Dear council, ...")
    with pytest.raises(NotADatabase, match="is not a database file"):
        open_database(path)
    assert path.read_text() == "Dear council, ..."  # untouched


def test_someone_elses_database(blank_database, backend):
    engine = make_engine(blank_database)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE recipes (name VARCHAR(40))")
    engine.dispose()
    with pytest.raises(NotADatabase) as refused:
        open_database(blank_database)
    if backend == "sqlite":
        assert "is an SQLite database, but not a Sister City Registry one" in str(refused.value)
    else:
        assert "holds other tables: it is not a Sister City Registry database" in str(refused.value)
    engine = make_engine(blank_database)
    assert sa.inspect(engine).get_table_names() == ["recipes"]  # untouched
    engine.dispose()


@pytest.mark.sqlite_only("folders and files")
def test_missing_folder_and_missing_file(tmp_path):
    with pytest.raises(StoreError, match=r"The folder for .* does not exist"):
        open_database(tmp_path / "nowhere" / "db.sqlite")
    with pytest.raises(StoreError, match=r"sister-cities --db .*absent.sqlite init"):
        open_database(tmp_path / "absent.sqlite", create=False)


def test_a_database_from_the_first_revision_is_upgraded_with_its_records(blank_database, backend):
    engine = make_engine(blank_database)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:  # records as the first version of the app wrote them
        conn.exec_driver_sql(
            "INSERT INTO community (created_at, updated_at, kind, name, subdivision, "
            "country, binding_actor_types, version) VALUES "
            "('2024-01-01', '2024-01-01', 'city', 'Norfolk', 'Virginia', 'US', "
            "'governing_body', 1), "
            "('2024-01-01', '2024-01-01', 'city', 'Coyoacán', '', 'MX', 'governing_body', 1)"
        )
        conn.exec_driver_sql(
            "INSERT INTO partnership (created_at, updated_at, local_id, partner_id, kind, "
            "coordinating_organization, local_signatory_name, local_signatory_title, "
            "partner_signatory_name, partner_signatory_title, notes, version) "
            "SELECT '2024-01-01', '2024-01-01', l.id, p.id, 'sister_city', '', '', '', '', "
            "'', '', 1 FROM community l, community p "
            "WHERE l.name = 'Norfolk' AND p.name = 'Coyoacán'"
        )
    engine.dispose()
    db = open_database(blank_database)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            keys = conn.exec_driver_sql(
                "SELECT local_sort, partner_sort, partner_country, partner_country_name "
                "FROM partnership"
            ).one()
        assert tuple(keys) == ("norfolk, virginia", "coyoacan", "MX", "mexico")
        for typed in ("coyo", "COYOACAN", "coyoacán"):  # the upgrade folded what was there
            assert [r.partner for r in partnerships(db, RecordFilter(search=typed))] == ["Coyoacán"]
    finally:
        db.close()
    if backend == "postgresql":  # a server's registry is backed up by the server (pg_dump)
        assert db.backup is None
        return
    assert db.backup is not None and db.backup.name.startswith("registry.before-upgrade-")
    old = sqlite3.connect(db.backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT count(*) FROM partnership").fetchone() == (1,)
    old.close()


WORKSTATION = """
import sys, time
from pathlib import Path
from desktop.store.database import open_database
while not Path(sys.argv[2]).exists():
    time.sleep(0.001)
open_database(sys.argv[1]).close()
print("opened")
"""


def test_two_workstations_upgrading_one_registry_at_once_take_turns(blank_database, tmp_path):
    """Both find it older; the first upgrades it, the second then finds nothing to do."""
    import subprocess
    import sys

    engine = make_engine(blank_database)
    migrate.upgrade(engine, "0003")
    engine.dispose()
    go = tmp_path / "go"
    both = [
        subprocess.Popen(
            [sys.executable, "-c", WORKSTATION, str(blank_database), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    go.touch()
    for workstation in both:
        out, err = workstation.communicate(timeout=60)
        assert (workstation.returncode, out.strip()) == (0, "opened"), err
    engine = make_engine(blank_database)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()
