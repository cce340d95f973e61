"""The schema revisions read without Alembic (store/revisions.py, migrate.current_revision)
are Alembic's own answers."""

import pytest
import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.store import migrate, revisions
from desktop.store.engine import make_engine


def test_known_and_head_revisions_are_alembics():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert revisions.known_revisions() == {r.revision for r in scripts.walk_revisions()}
    assert revisions.head_revision() == scripts.get_current_head()


def alembics_answer(engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_the_revision_a_database_records_is_read_as_alembic_reads_it(empty_db, tmp_path):
    assert migrate.current_revision(empty_db.engine) == alembics_answer(empty_db.engine)
    assert migrate.current_revision(empty_db.engine) == revisions.head_revision()
    nothing = make_engine(tmp_path / "nothing.sqlite")
    assert migrate.current_revision(nothing) is None is alembics_answer(nothing)
    with nothing.begin() as conn:  # a version table without a row: Alembic says None
        conn.execute(sa.text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
    assert migrate.current_revision(nothing) is None is alembics_answer(nothing)
    nothing.dispose()


@pytest.mark.sqlite_only("an older registry file, as an older version left it")
def test_an_older_file_is_upgraded_on_opening(tmp_path):
    from desktop.store.database import open_database

    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine, "0009")
    assert migrate.current_revision(engine) == "0009"
    engine.dispose()
    db = open_database(path)
    assert migrate.current_revision(db.engine) == revisions.head_revision()
    assert db.backup is not None and db.backup.is_file()  # the 0009 file, kept
    db.close()
