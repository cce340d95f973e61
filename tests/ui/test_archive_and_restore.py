"""Archived records show as archived, are counted right, and come back with Restore from
archive, in the window and in their own form (issue 15, 7)."""

from PySide6.QtCore import Qt

from desktop.services import archive, lookup
from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import sample_partnership_id
from tests.ui.test_main_window import loaded


def test_show_archived_marks_counts_and_restores(qtbot, sample_db, tmp_path):
    pid = sample_partnership_id(sample_db, "Chicago", "Moscow")
    archive.archive(sample_db, "partnership", pid)
    window = MainWindow(db=sample_db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    view = window.views["partnerships"]
    loaded(qtbot, view, 115)
    assert view.count_line.text() == "115 of 115 partnerships"
    view.bar.archived.setChecked(True)
    loaded(qtbot, view, 116)
    qtbot.waitUntil(lambda: "archived" in view.count_line.text())
    assert view.count_line.text() == "116 of 116 partnerships, including 1 archived"
    row = next(r for r in range(116) if view.model.index(r, 1).data() == "Moscow")
    moscow = view.model.index(row, 1)
    assert moscow.data(Qt.ItemDataRole.FontRole).italic()
    archived_column = [c.header for c in view.model.columns].index("Archived")
    assert view.model.index(row, archived_column).data() == "Archived"
    assert view.model.index(0, archived_column).data() == ""
    assert window.actions.unarchive.text().replace("&", "") == "Restore from archive"
    view.table.setCurrentIndex(moscow)
    window.actions.unarchive.trigger()
    qtbot.waitUntil(lambda: view.count_line.text() == "116 of 116 partnerships")
    assert lookup.partnership_record(sample_db, pid)["archived_at"] is None
    assert window.actions.undo.text().replace("&", "") == "Undo: restore Chicago – Moscow"


def test_an_archived_records_form_says_so_and_restores_it(qtbot, sample_db, tmp_path):
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    archive.archive(sample_db, "partnership", pid)
    window = MainWindow(db=sample_db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.opener.open("partnerships", pid)
    dialog = window.opener._dialogs[-1]
    qtbot.addWidget(dialog)
    assert not dialog.archived_note.isHidden() and "Archived on" in dialog.archived_note.text()
    assert not dialog.archive_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.archived_note.isHidden() and dialog.restore_button.isHidden()
    assert dialog.archive_button.isEnabled()
    assert lookup.partnership_record(sample_db, pid)["archived_at"] is None
