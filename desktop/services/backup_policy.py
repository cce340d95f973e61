"""Where backups go and how many are kept, and the start-up sweep of what a killed run
left: read by every command as it starts, so this module loads nothing heavy (the
backups themselves are desktop.services.backups)."""

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.domain.words import QT_TRANSLATE_NOOP, translate

APP_FOLDER = "sister-city-registry"
DEFAULT_KEEP = 7


class BackupPlace(StrEnum):
    BESIDE_DATABASE = "beside"
    DATA_FOLDER = "data"

    @property
    def label(self) -> str:
        return translate(
            "Domain",
            {
                "beside": QT_TRANSLATE_NOOP("Domain", "Beside the database"),
                "data": QT_TRANSLATE_NOOP("Domain", "In my user data folder"),
            }[self.value],
        )


@dataclass(frozen=True)
class BackupPolicy:
    place: BackupPlace = BackupPlace.BESIDE_DATABASE
    keep: int = DEFAULT_KEEP

    def folder(self, database: Path) -> Path:
        database = database.resolve()
        if self.place == BackupPlace.BESIDE_DATABASE:
            return database.parent
        from platformdirs import user_data_path

        tag = hashlib.sha256(str(database).encode()).hexdigest()[:8]
        return user_data_path(APP_FOLDER) / "backups" / f"{database.stem}-{tag}"


def clear_leftovers(target: str | Path, policy: BackupPolicy) -> list[Path]:
    """What a killed run of the app left (part files: store/part_files.py), removed at the
    start of the next: anywhere its journal names, and by name and age beside the registry
    and its backups. Never a reason for a start to fail."""
    from desktop.store import part_files

    folders = []
    try:
        if "://" not in str(target):
            path = Path(target).resolve()
            folders = [path.parent, policy.folder(path)]
        return part_files.sweep(folders)
    except OSError:  # a folder gone: the next start tries again
        return []
