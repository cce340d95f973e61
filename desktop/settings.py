"""Every setting the app keeps, over QSettings, for the window.

The settings a headless command reads are declared in `desktop.settings_file`, which reads
the same file without Qt; this module adds the window's own (geometry, layout) and writes.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.settings_file import (  # noqa: F401 (declared there, used from here by the window)
    APPLICATION,
    BACKUP_KEEP,
    BACKUP_PLACE,
    CURRENT_TAB,
    DATABASE,
    DATE_ORDER,
    ENV_SETTINGS,
    IMPORT_DAY_FIRST,
    IMPORT_FOLDER,
    IMPORT_MAPPINGS,
    LANGUAGE,
    MAX_KEEP,
    OFFICE_NAME,
    ORGANIZATION,
    PAPER_SIZE,
    Setting,
    backup_policy,
    typed,
)

WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
# The tab a clerk left open, by name: an index would point elsewhere once a tab is added.
TAB_NAME = Setting("window/tab-name", str, "")


@dataclass(frozen=True)
class ViewKeys:
    """What a record view keeps under its key ("partnerships"): its filters, the header's
    state (widths, order, hidden columns), how many columns that state knew, its sort."""

    filters: Setting
    header: Setting
    columns: Setting
    sort: Setting

    @classmethod
    def of(cls, key: str) -> "ViewKeys":
        return cls(
            Setting(f"{key}/filters", str, "{}"),
            Setting(f"{key}/header", QByteArray, QByteArray()),
            Setting(f"{key}/columns", int, 0),
            Setting(f"{key}/sort", str, ""),
        )


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
        return typed(setting, self._store.value(setting.key, setting.default))

    def set(self, setting: Setting, value) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()

    def backup_policy(self):
        """Where backups go and how many are kept, as the Settings dialog set them."""
        return backup_policy(self.get)
