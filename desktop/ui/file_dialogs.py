"""Where the save dialogs start: in the clerk's documents folder at first, then in the
folder last used for that kind of file (PDFs, workbooks, registries each their own), which
the settings remember between sessions."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.settings import Setting, Settings

PDF, WORKBOOK, REGISTRY, PICTURE = "pdf", "workbook", "registry", "picture"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _folder_key(kind: str) -> Setting:
    return Setting(f"folders/{kind}", str, "")


def start_folder(settings: Settings | None, kind: str) -> Path:
    """The folder last used for `kind` if it still exists, else the documents folder."""
    remembered = settings.get(_folder_key(kind)) if settings is not None else ""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def ask_save_path(
    parent: QWidget,
    settings: Settings | None,
    kind: str,
    *,
    title: str,
    name: str,
    filter: str,
    suffix: str,
    options=None,
) -> Path | None:
    """Ask where to save a `kind` of file, suggesting `name`; the chosen path (with its
    suffix added if the clerk left it off), or None when they cancelled."""
    suggested = str(start_folder(settings, kind) / name)
    if options is None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter)
    else:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter, options=options)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    if settings is not None:
        settings.set(_folder_key(kind), str(path.parent))
    return path
