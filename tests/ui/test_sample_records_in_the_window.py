"""A new registry asks: empty, or with the sample records; sample records are marked in the
window and in their forms, and removed on the clerk's word; File > New registry... does the
same for another file (issue 15, 9)."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services import listing
from desktop.services.listing import RecordFilter
from desktop.settings import Settings
from desktop.ui.importing import sample_records
from desktop.ui.window import window_opening
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import sample_partnership_id
from tests.ui.test_main_window import loaded


def test_a_first_run_asks_empty_or_samples(qtbot, tmp_path, monkeypatch):
    settings = Settings(tmp_path / "settings.ini")
    asked = []
    monkeypatch.setattr(
        sample_records, "ask_for_sample_records", lambda p: asked.append(1) or False
    )
    db = window_opening.open_for_window(tmp_path / "empty.sqlite", settings)
    try:
        assert asked == [1] and listing.count(db, RecordFilter()) == 0
    finally:
        db.close()
    monkeypatch.setattr(sample_records, "ask_for_sample_records", lambda p: True)
    db = window_opening.open_for_window(tmp_path / "samples.sqlite", settings)
    try:
        assert listing.count(db, RecordFilter()) == 116
    finally:
        db.close()
    again = window_opening.open_for_window(tmp_path / "empty.sqlite", settings)
    again.close()
    assert asked == [1]  # only a new registry asks


def test_samples_are_marked_and_removed(qtbot, sample_db, tmp_path, monkeypatch):
    window = MainWindow(db=sample_db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    assert not window.sample_banner.isHidden()
    assert "sample records from the news articles (116 partnerships)" in (
        window.sample_banner.text.text()
    )
    window.opener.open("partnerships", sample_partnership_id(sample_db, "Norfolk", "Kaliningrad"))
    dialog = window.opener._dialogs[-1]
    qtbot.addWidget(dialog)
    assert not dialog.sample_note.isHidden()
    dialog.close()
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    window.actions.remove_samples.trigger()
    assert "116 partnerships and 188 communities" in asked[0]
    assert window.sample_banner.isHidden()
    loaded(qtbot, window.views["partnerships"], 0)
    assert "The sample records were removed" in window.statusBar().currentMessage()


def test_new_registry_creates_and_offers_to_open_it(qtbot, empty_db, tmp_path, monkeypatch):
    window = MainWindow(db=empty_db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    assert window.sample_banner.isHidden()
    target = tmp_path / "office" / "second"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(sample_records, "ask_for_sample_records", lambda p: True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    with qtbot.waitSignal(window.open_registry_requested) as opened:
        window.actions.new_registry.trigger()
    assert opened.args == [target.with_suffix(".sqlite")]
    from desktop.store.database import open_database

    db = open_database(target.with_suffix(".sqlite"))
    try:
        assert listing.count(db, RecordFilter()) == 116
    finally:
        db.close()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.actions.new_registry.trigger()  # the same name again: refused, nothing touched
    assert "already exists" in warned[0]
