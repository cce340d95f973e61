"""Backups of the registry file: taken whole from a live database, checked, pruned, and
put back with a copy of what they replace, on real SQLite files (and a real full disk)."""

import sqlite3
from datetime import datetime

import pytest
import sqlalchemy as sa

from desktop.services.partnerships import update_partnership
from desktop.store import backups
from desktop.store.backups import BackupError
from desktop.store.database import open_database
from desktop.store.errors import DiskFull

# Every test here is about the registry file itself.
pytestmark = pytest.mark.sqlite_only(
    "backups are SQLite online-backup copies of the file; a server has pg_dump"
)


def read(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def set_notes(db, text, partnership_id=1):
    with db.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE partnership SET notes = :n WHERE id = :i"),
            {"n": text, "i": partnership_id},
        )


def damage(path):
    """Overwrite pages of the records, as a failing disk would: the file still opens (its
    schema, in the first pages, is whole) but SQLite's check finds the damage."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
        schema_pages = max(
            root for (root,) in con.execute("SELECT rootpage FROM sqlite_master") if root
        )
    finally:
        con.close()
    pages = path.stat().st_size // 4096
    with path.open("r+b") as f:
        for page in range(max(schema_pages + 1, pages // 2), pages, 7):
            f.seek(page * 4096 + 100)
            f.write(b"\xde\xad\xbe\xef" * 200)


def test_a_backup_of_a_live_database_holds_its_latest_commit(sample_db, tmp_path):
    set_notes(sample_db, "written just now")  # still in the -wal file, not yet checkpointed
    assert (tmp_path / "registry.sqlite-wal").stat().st_size > 0
    target = backups.copy_database(sample_db.path, tmp_path / "copy.sqlite")
    assert read(target, "SELECT notes FROM partnership WHERE id = 1") == [("written just now",)]
    assert read(target, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    assert backups.integrity_problems(target) == []
    assert [p.name for p in tmp_path.glob(".copy.sqlite-*")] == []  # no temporary left


def test_examine_describes_a_backup(sample_db, tmp_path):
    target = backups.copy_database(sample_db.path, tmp_path / "r.backup-20261130-091500.sqlite")
    info = backups.examine(target)
    assert (info.partnerships, info.taken) == (116, datetime(2026, 11, 30, 9, 15))
    assert info.describe().startswith("r.backup-20261130-091500.sqlite, taken 30 Nov 2026 09:15")


def test_examine_refuses_what_is_not_a_whole_registry(sample_db, tmp_path):
    letter = tmp_path / "letter.sqlite"
    letter.write_text("Dear council")
    with pytest.raises(BackupError, match="is not a database file"):
        backups.examine(letter)
    other = tmp_path / "recipes.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipe (name)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="not a Sister City Registry one"):
        backups.examine(other)
    broken = backups.copy_database(sample_db.path, tmp_path / "broken.sqlite")
    damage(broken)
    with pytest.raises(BackupError, match="is damaged"):
        backups.examine(broken)
    newer = backups.copy_database(sample_db.path, tmp_path / "newer.sqlite")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="newer version"):
        backups.examine(newer)


def test_prune_keeps_the_newest(tmp_path):
    for stamp in ("20261101-080000", "20261102-080000", "20261103-080000", "20261104-080000"):
        (tmp_path / f"r.backup-{stamp}.sqlite").write_bytes(b"x")
    (tmp_path / "r.before-upgrade-20261001-080000.sqlite").write_bytes(b"x")
    (tmp_path / "other.backup-20261101-080000.sqlite").write_bytes(b"x")
    removed = backups.prune(tmp_path, "r", keep=2)
    assert sorted(p.name for p in removed) == [
        "r.backup-20261101-080000.sqlite",
        "r.backup-20261102-080000.sqlite",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "other.backup-20261101-080000.sqlite",
        "r.backup-20261103-080000.sqlite",
        "r.backup-20261104-080000.sqlite",
        "r.before-upgrade-20261001-080000.sqlite",
    ]


def test_restore_into_an_open_registry_keeps_what_it_replaces(sample_db, tmp_path):
    set_notes(sample_db, "before the backup")
    backup = backups.copy_database(sample_db.path, tmp_path / "r.backup-20261130-080000.sqlite")
    set_notes(sample_db, "typed after the backup")
    restored = backups.restore(sample_db.path, backup)
    assert not restored.damaged and restored.kept.name.startswith("registry.before-restore-")
    # The app's own open engine sees the restored registry at once.
    with sample_db.engine.connect() as conn:
        notes = conn.execute(sa.text("SELECT notes FROM partnership WHERE id = 1")).scalar()
    assert notes == "before the backup"
    kept = read(restored.kept, "SELECT notes FROM partnership WHERE id = 1")
    assert kept == [("typed after the backup",)]
    assert backups.integrity_problems(sample_db.path) == []


def test_restore_over_a_damaged_database_moves_it_aside_untouched(sample_db, tmp_path):
    backup = backups.copy_database(sample_db.path, tmp_path / "r.backup-20261130-080000.sqlite")
    path = sample_db.path
    sample_db.close()
    damage(path)
    damaged_bytes = path.read_bytes()
    restored = backups.restore(path, backup)
    assert restored.damaged and restored.kept.name.startswith("registry.damaged-")
    assert restored.kept.read_bytes() == damaged_bytes
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            count = conn.execute(sa.text("SELECT count(*) FROM partnership")).scalar()
        assert count == 116
    finally:
        db.close()


def test_restoring_a_damaged_backup_changes_nothing(sample_db, tmp_path):
    backup = backups.copy_database(sample_db.path, tmp_path / "r.backup-20261130-080000.sqlite")
    damage(backup)
    before = read(sample_db.path, "SELECT count(*) FROM partnership")
    with pytest.raises(BackupError, match="is damaged"):
        backups.restore(sample_db.path, backup)
    assert read(sample_db.path, "SELECT count(*) FROM partnership") == before
    assert list(tmp_path.glob("registry.before-restore-*")) == []


def test_a_backup_onto_a_full_disk_says_so_and_leaves_no_half_file(sample_db, small_disk):
    small_disk.fill(leave=64 * 1024)  # less than the database's half megabyte
    with pytest.raises(DiskFull, match="is full"):
        backups.copy_database(sample_db.path, small_disk.root / "r.backup.sqlite")
    assert sorted(p.name for p in small_disk.root.iterdir()) == ["filler.bin"]
    small_disk.free()
    copy = backups.copy_database(sample_db.path, small_disk.root / "r.backup.sqlite")
    assert backups.examine(copy).partnerships == 116


def test_a_backup_into_a_read_only_folder_says_so(sample_db, small_disk):
    small_disk.read_only()
    try:
        with pytest.raises(BackupError, match="Cannot write in"):
            backups.copy_database(sample_db.path, small_disk.root / "r.backup.sqlite")
    finally:
        small_disk.read_only(False)


def test_update_while_a_backup_reads_is_not_blocked(sample_db):
    """WAL: a clerk's save goes through while the backup holds its read snapshot."""
    holder = sqlite3.connect(sample_db.path)
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM partnership").fetchone()  # a reader, as a backup is
    try:
        update_partnership(sample_db, 1, {"notes": "saved during a backup"}, None)
    finally:
        holder.rollback()
        holder.close()
    assert read(sample_db.path, "SELECT notes FROM partnership WHERE id = 1") == [
        ("saved during a backup",)
    ]
