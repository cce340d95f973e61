"""What a headless command is given by the composition root (desktop/app.py): the registry
it works on, the settings the window saved, and the means to open that registry, to reach
its file, to show progress and to lay pages out.

A command asks for what it uses and nothing is loaded before it is asked for: a listing of
a registry file opens no SQL toolkit, and only printing loads Qt."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.settings_file import SettingsFile

if TYPE_CHECKING:  # for the annotations only: loading them costs SQLAlchemy
    from desktop.services.progress import Progress
    from desktop.store.database import Database


@dataclass
class CommandParts:
    target: str | Path  # the registry: a file, or a server's URL
    settings: SettingsFile  # as the window last saved them; read, never written here
    # The registry opened (and, unless quick_check=False, found whole by SQLite's quick
    # check); the command closes it.
    open_registry: Callable[..., "Database"]
    # The registry's file itself, for the commands that work on the file (backup, restore,
    # check): must_exist, damaged_too.
    registry_file: Callable[..., Path]
    progress: Callable[[str], "Progress"]  # a progress bar on the terminal, with this label
    page_layout: Callable[[], object]  # Qt's headless application, made when printing

    def backup_policy(self):
        """Where backups go and how many are kept, as the window's Settings say."""
        return self.settings.backup_policy()
