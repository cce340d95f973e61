"""Settings > Database: which registry opens, kept without any password."""

import argparse

from desktop.cli import database_target
from desktop.services.opening import probe
from desktop.settings import DATABASE, Settings
from desktop.ui.settings.settings_dialog import SettingsDialog


def no_arguments():
    return argparse.Namespace(database_url=None, db=None)


def test_a_server_is_kept_as_a_url_without_password(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("SISTER_CITIES_DB", raising=False)
    settings = Settings()  # the file $SISTER_CITIES_SETTINGS names: the CLI reads it too
    dialog = SettingsDialog(settings, tmp_path / "db.sqlite", in_use=str(tmp_path / "db.sqlite"))
    qtbot.addWidget(dialog)
    page = dialog.database
    assert page.file_choice.isChecked() and not page.host.isEnabled()
    page.server_choice.setChecked(True)
    assert page.host.isEnabled() and not page.path.isEnabled()
    page.host.setText("dbserver.cityhall.local")
    page.database.setText("registry")
    page.user.setText("clerk")
    dialog.accept()
    saved = Settings().get(DATABASE)
    assert saved == "postgresql+psycopg://clerk@dbserver.cityhall.local:5432/registry"
    assert database_target(no_arguments()) == saved
    assert "password" not in (tmp_path / "settings.ini").read_text().lower()


def test_a_file_is_kept_as_its_whole_path(qtbot, tmp_path, monkeypatch, sample_db):
    monkeypatch.delenv("SISTER_CITIES_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    dialog = SettingsDialog(Settings(), None, in_use="postgresql+psycopg://clerk@db/registry")
    qtbot.addWidget(dialog)
    page = dialog.database
    assert page.server_choice.isChecked() and page.host.text() == "db"
    page.file_choice.setChecked(True)
    page.path.setText("registry.sqlite")
    page.test()
    qtbot.waitUntil(lambda: page.result.text().startswith("Connected"), timeout=20000)
    assert page.result.text() == (
        f"Connected to {sample_db.path.resolve()}: 116 partnerships; you may change records."
    )
    dialog.accept()
    assert database_target(no_arguments()) == sample_db.path.resolve()


def test_nothing_chosen_keeps_the_default(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("SISTER_CITIES_DB", raising=False)
    dialog = SettingsDialog(Settings(), None, in_use="")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert str(database_target(no_arguments())) == "db.sqlite"


def test_probe_of_a_new_file_says_it_will_be_created(tmp_path):
    found = probe(tmp_path / "new.sqlite")
    assert found.describe() == (
        f"Connected to {(tmp_path / 'new.sqlite').resolve()}: no registry there yet (it is "
        "created on opening)."
    )
    assert not (tmp_path / "new.sqlite").exists()


def test_testing_the_connection_to_someone_elses_database_changes_nothing(tmp_path):
    """Settings > Database > Test the connection opened the file as the app does, and
    switched someone else's database to WAL before anything was asked of it."""
    import sqlite3

    import pytest

    from desktop.store.errors import NotADatabase

    path = tmp_path / "budget.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE budget (line TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabase, match="not a Sister City Registry one"):
        probe(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["budget.sqlite"]


def test_testing_the_connection_to_a_registry_file_counts_its_partnerships(sample_db):
    path = sample_db.path
    sample_db.close()
    found = probe(path)
    assert (found.partnerships, found.read_only) == (116, "")
