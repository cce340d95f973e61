"""Registry files that are not what they should be: cut to nothing, wiped at the header,
someone else's database, damaged, or readable but not writable for this user; and a
restore that meets another program's lock. Every command refuses what it must without
changing a byte, and says what to do."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.app import main
from desktop.services.backups import BackupPolicy, back_up
from desktop.services.partnerships import update_partnership
from desktop.store import backups
from desktop.store.database import open_database
from desktop.store.errors import DatabaseCorrupt
from tests.lock_holder import holding_the_write_lock
from tests.services.importing.office_lists import write_office_workbook
from tests.store.test_backups import damage

pytestmark = pytest.mark.sqlite_only("these are about the registry file itself")


@pytest.fixture(autouse=True)
def _qt(qapp):  # `print` run in-process reuses the test's application, as in test_print.py
    return qapp


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder and a hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def commands(folder: Path) -> list[list[str]]:
    """Every command that opens the registry (the file given with --db)."""
    listing = write_office_workbook(folder.parent / "office.xlsx")
    return [
        ["init"],
        ["init", "--empty"],
        ["partnerships"],
        ["export", str(folder.parent / "out.xlsx")],
        ["print", "list", "--pdf", str(folder.parent / "out.pdf")],
        ["import", str(listing), "--header-row", "2"],
        ["backup"],
        ["copy", "--to", str(folder.parent / "copy.sqlite")],
    ]


@pytest.fixture
def folder(tmp_path):
    place = tmp_path / "registry"
    place.mkdir()
    return place


# --- 3. A registry file cut to nothing ----------------------------------------------------


def test_an_empty_registry_file_is_refused_by_every_command(folder, capsys):
    """It was taken for a new registry: every command wrote a fresh schema into it (exit 0)
    and the window filled it with the sample records."""
    path = folder / "registry.sqlite"
    path.write_bytes(b"")
    for command in commands(folder):
        code, out, err = run(capsys, "--db", str(path), *command)
        assert code == 1, (command, out)
        assert "is empty (0 bytes). A registry file does not shrink to nothing by itself" in err
        assert path.stat().st_size == 0, command
        assert [p.name for p in folder.iterdir()] == ["registry.sqlite"], command


def test_an_empty_registry_file_offers_the_newest_whole_backup(sample_db, tmp_path, capsys):
    path = sample_db.path
    sample_db.close()
    assert run(capsys, "--db", str(path), "backup")[0] == 0
    path.write_bytes(b"")
    with pytest.raises(DatabaseCorrupt, match="is empty"):
        open_database(path)
    code, out, _ = run(capsys, "--db", str(path), "check")
    assert code == 1
    assert "Problem: the file is empty (0 bytes): it was cut short" in out
    assert f"Put it back with: sister-cities --db {path} restore --latest" in out
    assert run(capsys, "--db", str(path), "restore", "--latest")[0] == 0
    assert sqlite3.connect(path).execute("SELECT count(*) FROM partnership").fetchone() == (116,)


def test_rotation_keeps_the_last_backup_that_held_records(sample_db, tmp_path, capsys):
    """Seven days of backups of a registry emptied by mistake pushed out every good one."""
    policy = BackupPolicy(keep=7)
    days = [datetime.now() - timedelta(days=n) for n in range(14, 7, -1)]
    for day in days:  # a week of good backups, a week ago
        shutil.copy(sample_db.path, backups.stamped(tmp_path, "registry", "backup", day))
    sample_db.close()
    path = sample_db.path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path).close()  # an empty registry where the full one was
    for _ in range(8):
        back_up(path, policy)
    kept = backups.rotating_backups(tmp_path, "registry")
    assert len(kept) == 8  # the newest seven, and the last one with records
    assert backups.describe(kept[-1]).partnerships == 116
    assert kept[-1].name == f"registry.backup-{days[-1]:%Y%m%d-%H%M%S}.sqlite"


# --- the header wiped ---------------------------------------------------------------------


def test_a_wiped_header_is_damage_that_points_to_the_backups(sample_db, capsys):
    """It was 'not a database file (some other kind of file)', with no word of backups."""
    path = sample_db.path
    sample_db.close()
    assert run(capsys, "--db", str(path), "backup")[0] == 0
    with path.open("r+b") as f:
        f.write(b"\x00" * 100)
    code, out, err = run(capsys, "--db", str(path), "partnerships")
    assert code == 1 and "its first bytes, where a database file says what it is" in err
    assert "sister-cities restore --latest" in err
    code, out, _ = run(capsys, "--db", str(path), "check")
    assert code == 1
    assert "Problem: its header (the first bytes) was overwritten with zeros" in out
    assert "Integrity: DAMAGED" in out and "Put it back with:" in out


# --- 10. Someone else's database, looked at without a byte changed ------------------------


def foreign_database(folder: Path) -> Path:
    path = folder / "budget.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE budget (line TEXT, amount REAL)")
    con.execute("INSERT INTO budget VALUES ('Sister-city travel', 2500.0)")
    con.commit()
    con.close()
    return path


def test_someone_elses_database_is_refused_unchanged(folder, capsys):
    """It was switched to WAL (header bytes 18-19 from 01 to 02) before being refused."""
    path = foreign_database(folder)
    assert path.read_bytes()[18:20] == b"\x01\x01"
    before = fingerprint(folder)
    for command in commands(folder):
        code, out, err = run(capsys, "--db", str(path), *command)
        assert code == 1, command
        assert "is an SQLite database, but not a Sister City Registry one" in err, command
        assert fingerprint(folder) == before, command
    code, out, _ = run(capsys, "--db", str(path), "check")
    assert code == 1 and "DAMAGED" not in out
    assert (
        "Not a Sister City Registry database: it is an SQLite database, but not a Sister City "
        "Registry one (its tables: budget). It was only read." in out
    )
    assert fingerprint(folder) == before


# --- 12. A damaged registry: nothing written into it, nothing made from it ----------------


def test_every_command_refuses_a_damaged_registry(sample_db, tmp_path, capsys):
    """An import wrote into a corrupted file (exit 0), export and print made output from
    it, and copy ended in a traceback."""
    path = sample_db.path
    sample_db.close()
    damage(path)
    before = path.read_bytes()
    for command in commands(tmp_path / "registry")[2:]:  # not init, nor backup: below
        if command[0] == "backup":
            continue
        code, _out, err = run(capsys, "--db", str(path), *command)
        assert code == 1, command
        assert f"The database '{path}' is damaged (" in err, (command, err)
        assert "Traceback" not in err and "unexpected" not in err
        assert path.read_bytes() == before, command
    for made in ("out.xlsx", "out.pdf", "copy.sqlite"):
        assert not (tmp_path / made).exists()
    code, _, err = run(capsys, "--db", str(path), "backup")
    assert code == 1 and "did not pass SQLite's check" in err


# --- 9. Restore meets another program's lock ----------------------------------------------


def test_restore_waits_the_busy_timeout_and_names_the_program(
    sample_db, tmp_path, capsys, monkeypatch
):
    """It waited for ever while a database tool held the write lock."""
    monkeypatch.setattr(backups, "BUSY_TIMEOUT_MS", 1500)
    path = sample_db.path
    sample_db.close()
    assert run(capsys, "--db", str(path), "backup")[0] == 0
    outcome = {}

    def restore():
        outcome["code"] = main(["--db", str(path), "restore", "--latest"])

    with holding_the_write_lock(path) as holder:
        started = time.monotonic()
        worker = threading.Thread(target=restore, daemon=True)
        worker.start()
        worker.join(timeout=30)
        waited = time.monotonic() - started
        assert not worker.is_alive(), "restore is still waiting for the lock"
    _, err = capsys.readouterr()
    assert outcome["code"] == 1
    assert f"'{path}' is busy: " in err and f"(process {holder.pid}, user " in err
    assert 1.5 <= waited < 15


# --- 11. A user who may read the file but not write it -------------------------------------

SYSTEM_PYTHON = Path("/usr/bin/python3")


def as_nobody(*args, cwd: Path) -> subprocess.CompletedProcess:
    site = next(Path(sys.prefix, "lib").glob("python3*/site-packages"))
    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        ["runuser", "-u", "nobody", "--", "env", f"PYTHONPATH={root}:{site}",
         "HOME=/tmp", str(SYSTEM_PYTHON), "-m", "desktop", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _can_run_as_nobody() -> bool:
    import os

    if os.geteuid() != 0 or not shutil.which("runuser") or not SYSTEM_PYTHON.exists():
        return False
    version = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import sys; print(sys.version_info[:2])"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return version == str(sys.version_info[:2])


needs_another_user = pytest.mark.skipif(
    not _can_run_as_nobody(),
    reason="runs a command as user nobody (needs root, runuser and a system Python like ours)",
)


@pytest.fixture
def shared(_sample_file):
    """A folder another user can reach (pytest's own are private), holding the sample
    registry, owned by this user."""
    place = Path(tempfile.mkdtemp(prefix="sister-cities-shared-"))
    try:
        shutil.copy(_sample_file, place / "registry.sqlite")
        yield place
    finally:
        shutil.rmtree(place)


@needs_another_user
def test_a_reader_who_may_not_write_leaves_nothing_behind(shared):
    """Reading left -wal and -shm files owned by the reader beside the file, and the
    owner's next import failed."""
    tmp_path = shared
    path = shared / "registry.sqlite"
    tmp_path.chmod(0o777)  # the folder may be written by anyone (a shared folder)
    path.chmod(0o644)  # the file by its owner only
    done = as_nobody("--db", str(path), "partnerships", "--format", "csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Norfolk,Virginia,Kaliningrad" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("registry")) == [
        "registry.sqlite"
    ]
    owner = open_database(path)  # and the owner saves as ever
    try:
        update_partnership(owner, 1, {"notes": "saved by the owner after a reader looked"})
    finally:
        owner.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT notes FROM partnership WHERE id = 1").fetchone() == (
        "saved by the owner after a reader looked",
    )
    con.close()


@needs_another_user
def test_check_of_a_healthy_registry_in_a_folder_one_may_not_write(shared):
    """`check` said DAMAGED: SQLite could not make the -shm file it reads a WAL file with."""
    tmp_path = shared
    path = shared / "registry.sqlite"
    path.chmod(0o644)
    tmp_path.chmod(0o755)
    done = as_nobody("--db", str(path), "check", cwd=Path("/tmp"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Integrity: ok" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("registry")) == [
        "registry.sqlite"
    ]


def test_a_file_one_may_not_write_is_opened_read_only_and_said_so(sample_db, tmp_path, monkeypatch):
    path = sample_db.path
    sample_db.close()
    monkeypatch.setattr("desktop.store.file_look.may_write", lambda p: False)
    db = open_database(path)
    try:
        assert db.read_only.startswith(f"the file {path} is read-only for you")
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM partnership").scalar() == 116
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("registry")) == [
        "registry.sqlite"
    ]
