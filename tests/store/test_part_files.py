"""Part files: what a killed backup, restore, export or copy leaves beside its destination
is cleared away at the next start, and only that (tests/cli/test_killed_operations.py
kills the real commands)."""

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

from desktop.reports.briefing_workbook import export_briefing
from desktop.services import registry_copy
from desktop.services.backups import BackupPolicy, clear_leftovers
from desktop.store import part_files
from desktop.store.queries import RecordFilter

WRITER = """
import os, signal, sys, time
from pathlib import Path
from desktop.store.part_files import in_progress
with in_progress() as journal:
    part = journal.new_part(Path(sys.argv[1]))
    part.write_bytes(b"half a backup" * 1000)
    print(part, flush=True)
    if sys.argv[2] == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdin.readline()
"""


def writer(destination: Path, how: str) -> tuple[subprocess.Popen, Path]:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(destination), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    return proc, Path(proc.stdout.readline().strip())


def test_the_part_file_of_a_killed_writer_goes_and_a_working_ones_stays(tmp_path):
    dead, dead_part = writer(tmp_path / "registry.backup-1.sqlite", "die")
    dead.wait()
    live, live_part = writer(tmp_path / "briefing.xlsx", "work")
    try:
        assert dead_part.exists() and live_part.exists()
        assert part_files.sweep() == [dead_part]
        assert not dead_part.exists() and live_part.exists()
    finally:
        live.stdin.close()
        live.wait()
    assert not live_part.exists()  # its own work cleared it
    assert list(part_files.journal_folder().iterdir()) == []


def test_old_part_files_beside_the_registry_go_by_name_and_age(tmp_path):
    registry = tmp_path / "registry.sqlite"
    registry.write_bytes(b"")
    old = tmp_path / ".registry.backup-20261101-090000.sqlite-k2j3h4.part"  # an older naming
    fresh = tmp_path / ".registry.backup-20261204-090000.sqlite-x9y8z7.part"
    stranger = tmp_path / "notes.part"  # not hidden: not ours
    for path in (old, fresh, stranger):
        path.write_bytes(b"x")
    Path(f"{old}-wal").write_bytes(b"x")
    two_days_ago = time.time() - 2 * 86400
    for path in (old, stranger):
        os.utime(path, (two_days_ago, two_days_ago))
    assert clear_leftovers(registry, BackupPolicy()) == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [registry.name, fresh.name, stranger.name]
    )


def test_an_export_spools_beside_its_destination_not_in_the_temporary_folder(
    sample_db, tmp_path, monkeypatch
):
    """openpyxl's spool files (openpyxl.*) went to the system's temporary folder, where a
    killed export left them for good: 490 MB from four."""
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    out = tmp_path / "out" / "briefing.xlsx"
    out.parent.mkdir()
    spooled = []
    original = part_files.Journal.new_part

    def noted(journal, destination, suffix=""):
        part = original(journal, destination, suffix)
        spooled.append(part)
        return part

    monkeypatch.setattr(part_files.Journal, "new_part", noted)
    export_briefing(sample_db, out, RecordFilter(as_of=date(2026, 12, 1)))
    assert list(system_temp.iterdir()) == []
    assert any(p.name.endswith(".sheet.part") for p in spooled)
    assert {p.parent for p in spooled} == {out.parent}
    assert [p.name for p in out.parent.iterdir()] == ["briefing.xlsx"]


@pytest.mark.sqlite_only("a copy into a new registry file")
def test_a_copy_that_fails_half_way_leaves_no_registry_file(sample_db, tmp_path, monkeypatch):
    """A killed or failed `copy --to new.sqlite` left an empty registry that passed
    `check` and blocked a rerun ('already exists')."""
    target = tmp_path / "copy.sqlite"

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(registry_copy, "_copy_all", fail)
    with pytest.raises(OSError):
        registry_copy.copy_registry(sample_db, target)
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".copy.sqlite")] == []
    monkeypatch.undo()
    report = registry_copy.copy_registry(sample_db, target)
    assert report.complete and target.exists()
