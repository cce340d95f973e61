"""Archiving the selected record, and bringing an archived one back: asked first, never a
hard delete, errors in plain words."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.validation import ValidationError
from desktop.services import archive
from desktop.store.database import Database
from desktop.store.errors import StoreError

# The window's views are named by the plural ("partnerships"); the services by the record.
RECORD_KIND = {
    "partnerships": "partnership",
    "exchanges": "exchange",
    "decisions": "decision",
    "communities": "community",
}


def archive_selected(
    parent: QWidget, db: Database, kind: str, record_id: int | None, description: str
) -> bool:
    """Ask, then archive; True when the record was archived."""
    if record_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Archiving", "Archive"),
            QCoreApplication.translate("Archiving", "Select a record in the table first."),
        )
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Archiving", "Archive record"),
        QCoreApplication.translate(
            "Archiving",
            'Archive %1?\n\nIt disappears from the lists (tick "Show archived" to see '
            "it again, and Edit > Restore from archive to bring it back) and stays in the "
            "history. Nothing is deleted.",
        ).replace("%1", str(description)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        archive.archive(db, RECORD_KIND[kind], record_id)
    except (ValidationError, StoreError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Archiving", "Cannot archive"), str(exc)
        )
        return False
    return True


def restore_selected(parent: QWidget, db: Database, kind: str, record_id: int | None) -> bool:
    """Bring the selected archived record back into the lists; True when it came back."""
    if record_id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Archiving", "Restore from archive"),
            QCoreApplication.translate(
                "Archiving", 'Tick "Show archived", then select the archived record to bring back.'
            ),
        )
        return False
    try:
        archive.unarchive(db, RECORD_KIND[kind], record_id)
    except (ValidationError, StoreError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Archiving", "Cannot restore"), str(exc)
        )
        return False
    return True
