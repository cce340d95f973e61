"""Shared fixtures: a fresh real SQLite database per test, headless Qt."""

import os

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
    import shutil

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
