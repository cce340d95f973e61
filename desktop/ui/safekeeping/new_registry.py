"""File > New registry...: a new registry file, empty or with the sample records, and the
window reopened on it if the clerk wishes (this session only: Edit > Settings > Database
chooses the registry opened at start)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.services.opening import open_registry
from desktop.settings import Settings
from desktop.store.errors import StoreError
from desktop.ui.file_dialogs import REGISTRY, ask_save_path
from desktop.ui.importing import sample_records


def create_registry(parent: QWidget, settings: Settings) -> Path | None:
    """Ask where and how to start, create it; the path if the clerk wants it opened now."""
    path = ask_save_path(
        parent,
        settings,
        REGISTRY,
        title=QCoreApplication.translate("NewRegistry", "New registry"),
        name="registry.sqlite",
        filter=QCoreApplication.translate("NewRegistry", "Registry (*.sqlite)"),
        suffix=".sqlite",
    )
    if path is None:
        return None
    if path.exists():  # never over a registry (or anything else) already there
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("NewRegistry", "New registry"),
            QCoreApplication.translate(
                "NewRegistry", "%1 already exists. Choose a new file name for the new registry."
            ).replace("%1", str(path)),
        )
        return None
    with_samples = sample_records.ask_for_sample_records(parent)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        db, _ = open_registry(path, samples=with_samples)
        db.close()
    except StoreError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("NewRegistry", "New registry"), str(exc)
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("NewRegistry", "New registry"),
        QCoreApplication.translate(
            "NewRegistry", "The new registry is ready: %1.\n\nOpen it now, in place of this one?"
        ).replace("%1", str(path)),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Open,
    )
    return path if answer == QMessageBox.StandardButton.Open else None
