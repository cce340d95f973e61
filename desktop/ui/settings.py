"""Every setting the window keeps, declared once (key, type, default), over QSettings."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Sister City Registry"
APPLICATION = "Sister City Registry"


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


class Settings:
    """Typed access to QSettings; tests give a file of their own."""

    def __init__(self, path: Path | None = None):
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


CURRENT_TAB = Setting("window/tab", int, 0)
