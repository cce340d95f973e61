"""`copy`: a registry moved to another database holds every row of every table, ids and
history included; a non-empty target is refused; a failed copy leaves nothing behind."""

import subprocess
import sys

import pytest
import sqlalchemy as sa

from desktop.app import main
from desktop.services.communities import create_community
from desktop.services.partnerships import create_partnership
from desktop.services.progress import Cancelled, Progress
from desktop.services.registry_copy import CopyRefused, copy_registry, registry_tables
from desktop.store.database import open_database
from tests.databases import cli_args


def every_row(db):
    with db.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(sa.select(t).order_by(*t.primary_key))]
            for t in registry_tables()
        }


def test_a_copy_holds_every_row_and_continues_the_numbering(sample_db, tmp_path):
    target = tmp_path / "copy.sqlite"
    report = copy_registry(sample_db, target)
    assert report.complete and report.rows > 2000
    assert {c.table: c.target for c in report.counts}["partnership"] == 116
    copy = open_database(target)
    try:
        assert every_row(copy) == every_row(sample_db)
        with copy.engine.connect() as conn:
            local = conn.execute(sa.text("SELECT min(id) FROM community")).scalar()
            largest = {
                table: conn.execute(sa.text(f"SELECT max(id) FROM {table}")).scalar()
                for table in ("community", "partnership")
            }
        town = create_community(copy, {"name": "Gyumri", "country": "AM", "kind": "city"})
        made = create_partnership(
            copy, {"local_id": local, "partner_id": town.id, "kind": "friendship_city"}
        )
        assert (town.id, made.id) == (largest["community"] + 1, largest["partnership"] + 1)
    finally:
        copy.close()


def test_a_target_that_is_not_empty_is_refused(sample_db, tmp_path):
    target = tmp_path / "existing.sqlite"
    target.write_bytes(b"something precious")
    with pytest.raises(CopyRefused, match="already exists"):
        copy_registry(sample_db, target)
    assert target.read_bytes() == b"something precious"
    if sample_db.path is None:  # a server database that already holds a registry
        with pytest.raises(CopyRefused, match="is not empty"):
            copy_registry(sample_db, sample_db.url.render_as_string(hide_password=False))
        assert every_row(sample_db)["partnership"]


def test_a_cancelled_copy_leaves_no_file(sample_db, tmp_path):
    target = tmp_path / "copy.sqlite"
    steps = []

    def stop(done, total, message):
        steps.append(message)
        if len(steps) == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        copy_registry(sample_db, target, Progress(report=stop))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == []


def test_the_copy_command_prints_the_counts(sample_db, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    assert main([*cli_args(sample_db), "copy", "--to", str(target)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Copying {sample_db.describe()} ..."
    assert out[1].split() == ["table", "registry", "copy"]
    assert ["partnership", "116", "116"] in [line.split() for line in out]
    assert out[-1].endswith("; every table has the same count.")


@pytest.mark.sqlite_only("goes from a file to the server and back: one run covers both")
def test_from_a_file_to_a_server_and_back(sample_db, request, tmp_path):
    server = request.getfixturevalue("postgres")
    name = server.create_database("copy")
    request.addfinalizer(lambda: server.drop_database(name))
    url = server.url(name).render_as_string(hide_password=False)
    assert copy_registry(sample_db, url).complete
    on_server = open_database(url)
    try:
        assert every_row(on_server) == every_row(sample_db)
        back = tmp_path / "back.sqlite"
        assert copy_registry(on_server, back).complete
    finally:
        on_server.close()
    returned = open_database(back)
    try:
        assert every_row(returned) == every_row(sample_db)
    finally:
        returned.close()


@pytest.mark.sqlite_only("goes from a file to the server: one run covers both")
def test_the_readmes_recipe_init_empty_on_the_server_then_copy(sample_db, request):
    """As the README tells an office: the owner makes an empty registry on the server, then
    copies the office's file into it, each a command of its own (a fresh process)."""
    server = request.getfixturevalue("postgres")
    name = server.create_database("recipe")
    request.addfinalizer(lambda: server.drop_database(name))
    url = server.url(name).render_as_string(hide_password=False)

    def command(*args):
        done = subprocess.run(
            [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    command("--database-url", url, "init", "--empty")
    said = command("--db", str(sample_db.path), "copy", "--to", url)
    assert said.splitlines()[-1].endswith("; every table has the same count.")
    on_server = open_database(url)
    try:
        assert every_row(on_server) == every_row(sample_db)
    finally:
        on_server.close()
