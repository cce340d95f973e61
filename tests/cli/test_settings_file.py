"""The settings a headless command reads, read without Qt from the file the window's
Settings (QSettings) writes: the same values, from the same place."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.backup_policy import BackupPlace, BackupPolicy
from desktop.settings import BACKUP_KEEP, BACKUP_PLACE, DATABASE, OFFICE_NAME, Settings
from desktop.settings_file import CURRENT_TAB, IMPORT_DAY_FIRST, SettingsFile

AWKWARD = [
    "/home/ann/registry.sqlite",
    "C:\\Users\\Ann\\Registers\\twinning, 2026.sqlite",  # a backslash, a comma
    "postgresql+psycopg://clerk@db.cityhall.local:5432/registry?sslmode=require",  # = ?
    " leading and trailing spaces ",
    "Bürgermeisteramt Göttingen; Städtepartnerschaften",  # not ASCII, a semicolon
    '@at the start, "quoted", a\ttab and a\nnew line',
    "Łódź ☃ 東京 \x01",
    "",
]


@pytest.mark.parametrize("value", AWKWARD)
def test_a_value_the_window_saved_is_read_without_qt(tmp_path, value):
    path = tmp_path / "settings.ini"
    window = Settings(path)
    window.set(DATABASE, value)
    window.set(OFFICE_NAME, value)
    window.sync()
    assert SettingsFile(path).get(DATABASE) == window.get(DATABASE) == value
    assert SettingsFile(path).get(OFFICE_NAME) == value


def test_numbers_flags_and_the_backup_policy_read_alike(tmp_path):
    path = tmp_path / "settings.ini"
    window = Settings(path)
    window.set(BACKUP_PLACE, BackupPlace.DATA_FOLDER.value)
    window.set(BACKUP_KEEP, 12)
    window.set(IMPORT_DAY_FIRST, False)
    window.set(CURRENT_TAB, 3)
    window.sync()
    headless = SettingsFile(path)
    for setting in (BACKUP_PLACE, BACKUP_KEEP, IMPORT_DAY_FIRST, CURRENT_TAB):
        assert headless.get(setting) == window.get(setting)
    assert headless.get(BACKUP_KEEP) == 12 and headless.get(IMPORT_DAY_FIRST) is False
    assert (
        headless.backup_policy()
        == window.backup_policy()
        == BackupPolicy(BackupPlace.DATA_FOLDER, 12)
    )


def test_nothing_saved_yet_gives_the_defaults(tmp_path):
    headless = SettingsFile(tmp_path / "none.ini")
    assert headless.get(DATABASE) == "" and headless.get(BACKUP_KEEP) == 7
    assert headless.backup_policy() == BackupPolicy()


def test_the_users_own_file_is_found_where_qsettings_keeps_it(tmp_path):
    """Without $SISTER_CITIES_SETTINGS both read the user's file (~/.config/Sister City
    Registry/Sister City Registry.ini on Linux); Qt fixes its folder when first asked, so
    the window's side runs in a process of its own."""
    env = os.environ | {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    env.pop("SISTER_CITIES_SETTINGS", None)
    window = (
        "from desktop.settings import DATABASE, Settings\n"
        "s = Settings(); s.set(DATABASE, '/srv/registry, shared.sqlite'); s.sync()\n"
        "print(s.file_name())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", window], env=env, capture_output=True, text=True, check=True
    )
    written = Path(done.stdout.strip())
    assert written == tmp_path / "config" / "Sister City Registry" / "Sister City Registry.ini"
    reader = (
        "from desktop.settings_file import DATABASE, SettingsFile\n"
        "print(SettingsFile().get(DATABASE))"
    )
    done = subprocess.run(
        [sys.executable, "-c", reader], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "/srv/registry, shared.sqlite"
