"""Where the registry is when nothing names one: ./db.sqlite in a source checkout; the
user's data folder for an installed app, started from a menu whose folder means nothing."""

import argparse
import sys

from desktop.cli import database_target, default_database, running_from_source


def no_arguments():
    return argparse.Namespace(database_url=None, db=None)


def test_a_source_checkout_keeps_db_sqlite_in_the_current_folder(monkeypatch):
    monkeypatch.delenv("SISTER_CITIES_DB", raising=False)
    assert running_from_source()
    assert str(database_target(no_arguments())) == "db.sqlite"


def test_the_bundle_keeps_the_registry_in_the_users_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("SISTER_CITIES_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # as PyInstaller's bundle sets it
    target = database_target(no_arguments())
    assert target == tmp_path / "data" / "sister-city-registry" / "registry.sqlite"
    assert target.parent.is_dir()  # so that the first start can create the file there


def test_help_names_the_default_without_creating_its_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert default_database(make_folder=False).parent == tmp_path / "data" / "sister-city-registry"
    assert not (tmp_path / "data").exists()
