"""`sister-cities backup`, `restore` and `check` as a clerk (or a scheduled task) uses them."""

import getpass
import sqlite3

import pytest

from desktop.app import main
from desktop.settings import BACKUP_KEEP, BACKUP_PLACE, Settings
from tests.store.test_backups import damage

# Every test here is about the registry file itself.
pytestmark = pytest.mark.sqlite_only(
    "backup, check and restore work on the SQLite file; a server has pg_dump"
)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM partnership").fetchone()[0]
    finally:
        con.close()


def test_backup_then_check_then_restore_a_damaged_registry(sample_db, tmp_path, capsys):
    path = sample_db.path
    sample_db.close()
    code, out, _ = run(capsys, "--db", str(path), "backup")
    assert code == 0
    assert out.startswith(f"Backed up {path} to {tmp_path}/registry.backup-")
    assert "It holds 116 partnerships" in out and "passed SQLite's integrity check" in out

    damage(path)
    code, out, _ = run(capsys, "--db", str(path), "check")
    assert code == 1
    assert "Problem: " in out and "Integrity: DAMAGED" in out
    assert "The newest whole backup is registry.backup-" in out
    assert f"Put it back with: sister-cities --db {path} restore --latest" in out

    code, out, _ = run(capsys, "--db", str(path), "restore", "--latest")
    assert code == 0
    assert out.startswith("Restored registry.backup-") and "116 partnerships" in out
    assert "The damaged database was moved aside, untouched, as " in out
    code, out, _ = run(capsys, "--db", str(path), "check")
    assert code == 0 and "Integrity: ok" in out
    assert count(path) == 116


def test_backups_are_pruned_to_the_number_the_settings_keep(sample_db, capsys):
    settings = Settings()  # the file $SISTER_CITIES_SETTINGS names, as the window writes it
    settings.set(BACKUP_KEEP, 2)
    settings.set(BACKUP_PLACE, "data")
    settings.sync()
    for _ in range(3):
        assert run(capsys, "--db", str(sample_db.path), "backup")[0] == 0
    code, out, _ = run(capsys, "--db", str(sample_db.path), "backup", "--list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert all("user-data" in line and "116 partnerships" in line for line in lines)
    assert not list(sample_db.path.parent.glob("registry.backup-*"))


def test_backup_to_a_file_of_ones_own_and_restore_it(sample_db, tmp_path, capsys):
    target = tmp_path / "usb-stick" / "registry-copy.sqlite"
    target.parent.mkdir()
    assert run(capsys, "--db", str(sample_db.path), "backup", "--to", str(target))[0] == 0
    code, _, err = run(capsys, "--db", str(sample_db.path), "backup", "--to", str(target))
    assert code == 1 and "already exists; give a new file name or a folder" in err
    with sample_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE partnership SET archived_at = '2026-12-01' WHERE id < 50")
    code, out, _ = run(capsys, "--db", str(sample_db.path), "restore", str(target))
    assert code == 0 and "The database it replaced was kept as " in out
    with sample_db.engine.connect() as conn:
        archived = conn.exec_driver_sql(
            "SELECT count(*) FROM partnership WHERE archived_at IS NOT NULL"
        ).scalar()
    assert archived == 0


def test_restore_refuses_a_file_that_is_not_a_backup(sample_db, tmp_path, capsys):
    letter = tmp_path / "minutes.sqlite"
    letter.write_text("Minutes of the council meeting")
    code, _, err = run(capsys, "--db", str(sample_db.path), "restore", str(letter))
    assert code == 1
    assert (
        err.strip()
        == "sister-cities: minutes.sqlite is not a database file; choose a .sqlite backup."
    )
    assert count(sample_db.path) == 116


def test_restore_latest_without_backups(sample_db, capsys):
    code, _, err = run(capsys, "--db", str(sample_db.path), "restore", "--latest")
    assert code == 1 and "there is no whole backup of" in err


def test_backup_of_a_server_database_is_refused_plainly(capsys):
    code, _, err = run(capsys, "--database-url", "postgresql+psycopg://clerk@db/registry", "backup")
    assert code == 1 and "backed up and checked by the server" in err


def test_a_restore_is_recorded_in_the_restored_registry(sample_db, tmp_path, capsys):
    """A restore that removed seven records left no trace in the registry's history."""
    path = sample_db.path
    sample_db.close()
    assert run(capsys, "--db", str(path), "backup")[0] == 0
    con = sqlite3.connect(path)
    con.execute("UPDATE partnership SET archived_at = '2026-12-01 09:00:00' WHERE id <= 7")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "--db", str(path), "restore", "--latest")
    assert code == 0
    kept = next(tmp_path.glob("registry.before-restore-*.sqlite"))
    con = sqlite3.connect(path)
    (entry,) = con.execute(
        "SELECT who, action, record_type, field, old_value, new_value FROM audit_entry "
        "WHERE record_type = 'registry'"
    ).fetchall()
    con.close()
    who, action, record_type, field, old, new = entry
    assert (action, record_type, field) == ("restore backup", "registry", "backup")
    assert who == getpass.getuser()
    assert old.startswith("109 partnerships, 2 exchanges, 7 timeline entries, last changed ")
    assert old.endswith(f"; kept as {kept.name}")
    assert new.startswith("registry.backup-") and new.endswith(
        ": 116 partnerships, 2 exchanges, 7 timeline entries"
    )
    code, out, _ = run(capsys, "--db", str(path), "check")
    assert "Last restored from a backup: " in out and f" UTC by {who}: registry.backup-" in out


def test_a_restore_over_a_damaged_registry_is_recorded_too(sample_db, tmp_path, capsys):
    path = sample_db.path
    sample_db.close()
    assert run(capsys, "--db", str(path), "backup")[0] == 0
    damage(path)
    assert run(capsys, "--db", str(path), "restore", "--latest")[0] == 0
    damaged = next(tmp_path.glob("registry.damaged-*.sqlite"))
    con = sqlite3.connect(path)
    (old,) = con.execute("SELECT old_value FROM audit_entry WHERE record_type = 'registry'")
    con.close()
    assert old == (f"a damaged registry; kept as {damaged.name}",)
