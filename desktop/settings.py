"""Every setting the app keeps, declared once (key, type, default), over QSettings.

Read by the window and by the command line (`sister-cities backup` puts backups where the
window's Settings say), so it lives beside them rather than under ui/.
"""

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.services.backups import BackupPlace, BackupPolicy

ORGANIZATION = "Sister City Registry"
APPLICATION = "Sister City Registry"
MAX_KEEP = 365
ENV_SETTINGS = "SISTER_CITIES_SETTINGS"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
PARTNERSHIP_HEADER = Setting("partnerships/header", QByteArray, QByteArray())
OFFICE_NAME = Setting("office/name", str, "")
PAPER_SIZE = Setting("print/paper", str, "")  # "A4" or "Letter"; empty: from the locale
IMPORT_FOLDER = Setting("import/folder", str, "")
IMPORT_MAPPINGS = Setting("import/mappings", str, "{}")  # JSON: record type -> last mapping
IMPORT_DAY_FIRST = Setting("import/day_first", bool, True)  # 28/02/2022, not 02/28/2022
# How the forms and filters read 03/07/2022: "" as the computer's region, "day_first" or
# "month_first" (Edit > Settings > Dates).
DATE_ORDER = Setting("dates/order", str, "")
LANGUAGE = Setting("ui/language", str, "")  # "en", "de"; "": the computer's (Edit > Settings)
DATABASE = Setting("database/target", str, "")  # a file path or a server URL (no password)
BACKUP_PLACE = Setting("backup/place", str, "beside")  # "beside" the database, or "data"
BACKUP_KEEP = Setting("backup/keep", int, 7)  # how many daily backups are kept


class Settings:
    """Typed access to QSettings. The file is the user's own, unless a path is given (tests)
    or $SISTER_CITIES_SETTINGS names one (an office may hand out a prepared file)."""

    def __init__(self, path: Path | None = None):
        if path is None and os.environ.get(ENV_SETTINGS):
            path = Path(os.environ[ENV_SETTINGS])
        if path is None:
            self._store = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting):
        value = self._store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is bool and isinstance(value, str):
            return value.lower() == "true"
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    def backup_policy(self) -> BackupPolicy:
        """Where backups go and how many are kept, as the Settings dialog set them."""
        try:
            place = BackupPlace(self.get(BACKUP_PLACE))
        except ValueError:
            place = BackupPlace.BESIDE_DATABASE
        return BackupPolicy(place=place, keep=max(1, min(self.get(BACKUP_KEEP), MAX_KEEP)))


CURRENT_TAB = Setting("window/tab", int, 0)
