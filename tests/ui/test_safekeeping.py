"""The registry's safety as the clerk meets it in the window: the check and the day's backup
after start-up, Back up now, Restore..., the Settings page, and a damaged database."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.backups import BackupPlace
from desktop.settings import BACKUP_KEEP, Settings
from desktop.store import backups
from desktop.store.database import open_database
from desktop.store.errors import DatabaseCorrupt
from desktop.ui.safekeeping import damaged_database, restore_dialog, safekeeping
from desktop.ui.safekeeping.restore_dialog import RestoreDialog
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.window.main_window import MainWindow
from desktop.ui.window.window_opening import open_for_window
from tests.store.test_backups import damage, set_notes


@pytest.fixture
def told(monkeypatch):
    """What the message boxes said, instead of showing them."""
    messages = []

    def say(kind):
        def box(parent, title, text, *args, **kwargs):
            messages.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, say(kind))
    return messages


def make_window(qtbot, db, settings):
    window = MainWindow(db=db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_for_label(qtbot, window, start):
    qtbot.waitUntil(lambda: window.safety_label.text().startswith(start), timeout=20000)


def old_backup(db, days_ago):
    when = datetime.now() - timedelta(days=days_ago)
    target = backups.stamped(db.path.parent, db.path.stem, backups.ROTATING, when)
    return backups.copy_database(db.path, target)


def test_the_first_start_of_the_day_checks_and_backs_up(qtbot, sample_db, tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    settings.set(BACKUP_KEEP, 2)
    for days in (3, 2, 1):
        old_backup(sample_db, days)
    window = make_window(qtbot, sample_db, settings)
    window.start_safekeeping()
    wait_for_label(qtbot, window, "Checked; backed up today at ")
    found = backups.rotating_backups(tmp_path, "registry")
    assert len(found) == 2  # today's and yesterday's; the older ones were pruned
    newest = backups.examine(found[0])
    assert newest.taken.date() == datetime.now().date() and newest.partnerships == 116
    assert window.safety_label.toolTip() == str(found[0])

    again = make_window(qtbot, sample_db, settings)
    again.start_safekeeping()
    wait_for_label(qtbot, again, "Checked; today's backup was already taken")
    assert len(backups.rotating_backups(tmp_path, "registry")) == 2


def test_damage_found_at_start_offers_the_latest_backup(
    qtbot, sample_db, tmp_path, told, monkeypatch
):
    good = old_backup(sample_db, 1)
    path = sample_db.path
    sample_db.close()
    damage(path)
    db = open_database(path)  # opens: the damage is deeper than the first pages
    asked = []
    monkeypatch.setattr(
        safekeeping, "confirm_restore", lambda parent, info, why="": asked.append(why) or True
    )
    window = make_window(qtbot, db, Settings(tmp_path / "settings.ini"))
    window.start_safekeeping()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert asked and asked[0].startswith("The database is damaged (")
    kind, title, text = told[-1]
    assert (kind, title) == ("information", "Backup restored")
    assert text.startswith(f"Restored {good.name}, taken ")
    assert "The damaged database was moved aside, untouched, as" in text
    assert window.safety_label.text() == "Backup restored"
    view = window.views["partnerships"]
    qtbot.waitUntil(lambda: view.count_line.text() == "116 of 116 partnerships", timeout=20000)
    assert backups.integrity_problems(path) == []
    assert list(tmp_path.glob("registry.backup-*")) == [good]  # damage was never backed up
    db.close()


def test_back_up_now(qtbot, sample_db, tmp_path, told):
    window = make_window(qtbot, sample_db, Settings(tmp_path / "settings.ini"))
    window.actions.back_up.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    kind, title, text = told[0]
    assert (kind, title) == ("information", "Backed up")
    (made,) = backups.rotating_backups(tmp_path, "registry")
    assert text.startswith(f"The registry was backed up to\n{made}\n(")
    assert "116 partnerships). The newest 7 backups are kept." in text
    assert window.safety_label.text().startswith("Backed up at ")


def test_restore_dialog_lists_what_each_backup_holds(qtbot, sample_db, tmp_path, monkeypatch):
    older = old_backup(sample_db, 2)
    set_notes(sample_db, "typed yesterday")
    newer = old_backup(sample_db, 1)
    broken = old_backup(sample_db, 3)
    damage(broken)
    dialog = RestoreDialog(sample_db.path, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=20000)
    rows = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(3)
    ]
    assert [r[5] for r in rows[:2]] == [newer.name, older.name]
    assert rows[0][1] == "116"
    assert rows[2][0] == "Not usable" and rows[2][5].startswith(f"{broken.name}: ")
    assert "is damaged" in rows[2][5]
    assert dialog.status.text() == "2 of 3 backups are whole and can be restored."
    assert dialog.selected().path == newer  # the newest whole one, ready
    dialog.table.selectRow(2)
    assert dialog.selected() is None and not dialog.restore_button.isEnabled()
    monkeypatch.setattr(restore_dialog, "confirm_restore", lambda parent, info: True)
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert dialog.chosen.path == older


def test_settings_page_puts_backups_in_the_data_folder(qtbot, sample_db, tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings, sample_db.path)
    qtbot.addWidget(dialog)
    assert dialog.backups.folder.text() == str(tmp_path)
    dialog.backups.place_buttons[BackupPlace.DATA_FOLDER].setChecked(True)
    assert dialog.backups.folder.text().startswith(str(tmp_path / "user-data"))
    dialog.backups.keep.setValue(3)
    dialog.printing.office.setText("Office of the City Clerk, Norfolk")
    dialog.accept()
    reread = Settings(tmp_path / "settings.ini").backup_policy()
    assert (reread.place, reread.keep) == (BackupPlace.DATA_FOLDER, 3)
    assert str(reread.folder(sample_db.path)) == dialog.backups.folder.text()


def test_a_database_too_damaged_to_open_offers_the_backup_before_any_window(
    qtbot, sample_db, tmp_path, monkeypatch
):
    good = old_backup(sample_db, 1)
    path = sample_db.path
    sample_db.close()
    with path.open("r+b") as f:  # the first page, where the schema begins, is smashed
        f.seek(100)
        f.write(b"\x00\xff" * 1500)
    with pytest.raises(DatabaseCorrupt) as opening:
        open_database(path)
    offered = []
    monkeypatch.setattr(
        damaged_database, "ask_restore_at_start", lambda error, info: offered.append(info) or True
    )
    db = damaged_database.recover_at_start(path, opening.value, Settings(tmp_path / "s.ini"))
    try:
        assert [info.path for info in offered] == [good]
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM partnership").scalar() == 116
        assert len(list(tmp_path.glob("registry.damaged-*.sqlite"))) == 1
    finally:
        db.close()


def test_an_empty_registry_file_is_not_filled_with_samples_but_offers_the_backup(
    qtbot, sample_db, tmp_path, monkeypatch, told
):
    """A registry file cut to 0 bytes was taken for a new one: the window filled it with
    the 116 sample partnerships, and its next days' backups pushed the good ones out."""
    good = old_backup(sample_db, 1)
    path = sample_db.path
    sample_db.close()
    path.write_bytes(b"")
    offered = []
    monkeypatch.setattr(
        damaged_database, "ask_restore_at_start", lambda error, info: offered.append(error) or True
    )
    db = open_for_window(path, Settings(tmp_path / "s.ini"))
    try:
        assert "is empty (0 bytes)" in str(offered[0])
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM partnership").scalar() == 116
        assert backups.describe(good).partnerships == 116
    finally:
        db.close()


def test_an_empty_registry_file_without_a_backup_is_left_as_it_is(tmp_path, told):
    path = tmp_path / "registry.sqlite"
    path.write_bytes(b"")
    assert open_for_window(path, Settings(tmp_path / "s.ini")) is None
    ((kind, _title, text),) = told
    assert kind == "critical" and "is empty (0 bytes)" in text
    assert path.stat().st_size == 0


@pytest.mark.parametrize("key", ["r", "Return", "space"])
@pytest.mark.parametrize("asked", ["at start", "after the quick check"])
def test_a_key_typed_into_a_search_does_not_restore_a_backup(qtbot, tmp_path, key, asked):
    """These boxes can come up while the clerk types in the search box (the first rows at
    start-up take keys; the quick check asks later): a letter, Enter or Space typed on must
    not restore; Escape is the way out, as a clerk would close it."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    info = backups.BackupInfo(
        path=tmp_path / "registry.backup-2026-12-01.sqlite",
        taken=datetime(2026, 12, 1, 9, 0),
        schema="0012",
        partnerships=116,
        exchanges=20,
        decisions=30,
        last_change=None,
    )
    keys = {"r": "r", "Return": Qt.Key.Key_Return, "space": Qt.Key.Key_Space}
    pressed = []

    def type_on() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, type_on)
            return
        focus = box.focusWidget() or box
        QTest.keyClick(focus, keys[key])
        pressed.append(key)
        # Bound to this box: a box the key closed takes its timer with it (no Escape left
        # for the next test's box).
        QTimer.singleShot(100, box, lambda: QTest.keyClick(box, Qt.Key.Key_Escape))

    QTimer.singleShot(50, type_on)
    if asked == "at start":
        restored = damaged_database.ask_restore_at_start(DatabaseCorrupt("damaged"), info)
    else:
        restored = safekeeping.confirm_restore(None, info)
    assert pressed == [key]
    assert restored is False
