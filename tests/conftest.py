"""Shared fixtures: a fresh real SQLite database per test, headless Qt."""

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop.services.opening import open_registry
from desktop.store.database import open_database


@pytest.fixture
def empty_db(tmp_path):
    db = open_database(tmp_path / "registry.sqlite")
    yield db
    db.close()


@pytest.fixture(scope="session")
def _sample_file(tmp_path_factory):
    """The sample database is built once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    db, _ = open_registry(path)
    db.close()
    return path


@pytest.fixture
def sample_db(_sample_file, tmp_path):
    target = tmp_path / "registry.sqlite"
    shutil.copy(_sample_file, target)
    db = open_database(target)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _own_settings_and_data(tmp_path, monkeypatch):
    """No test reads or writes the real user's settings or data folder (backups)."""
    monkeypatch.setenv("SISTER_CITIES_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))


@pytest.fixture
def small_disk(tmp_path):
    """A real file system of 4 MB (tmpfs) to fill up: a full disk is a real ENOSPC / SQLITE_FULL,
    not a simulated one. Mounting needs root (CI runs as root); elsewhere the test is skipped."""
    from tests.full_disk import SmallDisk

    disk = SmallDisk.mount(tmp_path / "disk")
    yield disk
    disk.unmount()


@pytest.fixture
def fresh_sample(_sample_file, tmp_path):
    """For property tests, where one test runs many examples: a callable that puts the
    sample database back as it was and returns it open. The engine's connections are
    closed and the file copied over (a few ms), so every example starts from the same
    registry, and a failing one replays the same way."""
    target = tmp_path / "registry.sqlite"
    shutil.copy(_sample_file, target)
    db = open_database(target)

    def fresh():
        assert db.engine.pool.checkedout() == 0, "a connection was left open"
        db.engine.dispose()
        for leftover in ("-wal", "-shm"):
            Path(f"{target}{leftover}").unlink(missing_ok=True)
        shutil.copy(_sample_file, target)
        return db

    yield fresh
    db.close()
