"""Archiving the selected record: asked first, never a hard delete, errors in plain words."""

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.validation import ValidationError
from desktop.services.communities import archive_community
from desktop.services.decisions import archive_decision
from desktop.services.exchanges import archive_exchange
from desktop.services.partnerships import archive_partnership
from desktop.store.database import Database
from desktop.store.errors import StoreError

ARCHIVERS = {
    "partnerships": archive_partnership,
    "exchanges": archive_exchange,
    "decisions": archive_decision,
    "communities": archive_community,
}


def archive_selected(
    parent: QWidget, db: Database, kind: str, record_id: int | None, description: str
) -> bool:
    """Ask, then archive; True when the record was archived."""
    if record_id is None:
        QMessageBox.information(
            parent, parent.tr("Archive"), parent.tr("Select a record in the table first.")
        )
        return False
    answer = QMessageBox.question(
        parent,
        parent.tr("Archive record"),
        parent.tr(
            'Archive %s?\n\nIt disappears from the lists (tick "Show archived" to see '
            "it again) and stays in the history. Nothing is deleted."
        )
        % description,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        ARCHIVERS[kind](db, record_id)
    except (ValidationError, StoreError) as exc:
        QMessageBox.warning(parent, parent.tr("Cannot archive"), str(exc))
        return False
    return True
