"""The possible-duplicates window and its merge."""

from PySide6.QtWidgets import QMessageBox

from desktop.services.communities import create_community
from desktop.ui.forms.duplicates_dialog import DuplicatesDialog


def test_possible_duplicates_dialog_merges(qtbot, sample_db, monkeypatch):
    create_community(sample_db, {"name": "Kalinigrad", "country": "RU"})
    dialog = DuplicatesDialog(db=sample_db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Kalinigrad, Russia"
    assert not dialog.keep_first_button.isEnabled()
    dialog.table.selectRow(0)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    dialog.keep_first_button.click()
    assert asked[0].startswith("Merge Kalinigrad, Russia into Kaliningrad")
    assert dialog.table.rowCount() == 0
    assert dialog.status_label.text() == (
        "Kalinigrad, Russia was merged into Kaliningrad, Kaliningrad Oblast, Russia."
    )
