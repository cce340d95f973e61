"""Export briefing... from the window: file dialog, background work, progress, messages."""

import threading
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from desktop.store.queries import RecordFilter
from desktop.ui.printing.export_dialog import export_briefing

RUSSIA = RecordFilter(as_of=date(2022, 3, 2), country="RU")


@pytest.fixture
def window(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def messages(monkeypatch):
    shown = []

    def information(parent, title, text, *args):
        shown.append(("information", title, text))
        return QMessageBox.StandardButton.Ok

    def warning(parent, title, text, *args):
        shown.append(("warning", title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def choose(monkeypatch, path, asked=None):
    def get_save_file_name(parent, caption, default, filters):
        if asked is not None:
            asked.append((caption, default, filters))
        return str(path) if path else "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)


class _Blocker(QRunnable):
    """Holds the pool's only thread until released, so a test can act before the export."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def run(self):
        self.release.wait(10)


def test_export_what_the_view_selects(qtbot, window, sample_db, tmp_path, monkeypatch, messages):
    asked = []
    choose(monkeypatch, tmp_path / "council", asked)
    run = export_briefing(window, sample_db, RUSSIA, search_text="kalin")
    assert asked[0][0] == "Export briefing"
    assert asked[0][1].endswith(f"briefing-{date.today().isoformat()}.xlsx")
    with qtbot.waitSignal(run.done, timeout=20000) as blocker:
        pass
    result = blocker.args[0]
    assert result.path == tmp_path / "council.xlsx"  # .xlsx added to a bare name
    assert messages[0][:2] == ("information", "Briefing exported")
    assert str(tmp_path / "council.xlsx") in messages[0][2]
    assert "1 partnership, 2 exchanges, 3 timeline entries, 1 item needing" in messages[0][2]
    wb = load_workbook(tmp_path / "council.xlsx")
    partners = [r[4] for r in wb["Partnerships"].iter_rows(min_row=2, values_only=True)]
    assert partners == ["Kaliningrad"]
    selection = {r[0]: r[1] for r in wb["Cover"].iter_rows(values_only=True) if r[0]}
    assert selection["Selection"] == (
        'Partnerships with communities in Russia matching "kalin", all statuses'
    )


def test_no_file_chosen_does_nothing(window, sample_db, monkeypatch, messages):
    choose(monkeypatch, None)
    assert export_briefing(window, sample_db, RUSSIA) is None
    assert messages == []


def test_a_folder_that_is_gone_is_refused_before_any_work(
    window, sample_db, tmp_path, monkeypatch, messages
):
    choose(monkeypatch, tmp_path / "gone" / "b.xlsx")
    assert export_briefing(window, sample_db, RUSSIA) is None
    assert messages[0][:2] == ("warning", "Cannot save there")
    assert "does not exist" in messages[0][2]


def test_cancel_leaves_no_file_and_the_window_stays_free(
    qtbot, window, sample_db, tmp_path, monkeypatch, messages
):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    blocker = _Blocker()
    blocker.setAutoDelete(False)
    pool.start(blocker)
    target = tmp_path / "b.xlsx"
    choose(monkeypatch, target)
    run = export_briefing(window, sample_db, RUSSIA, pool=pool)
    assert run is not None  # returned at once: the export waits in the background
    run.dialog.findChild(QPushButton).click()  # the clerk presses Cancel
    with qtbot.waitSignal(run.done, timeout=20000) as done:
        blocker.release.set()
    assert done.args == [None]
    assert not target.exists()
    assert [
        p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite" and "sqlite" not in p.name
    ] == []
    assert messages == []  # the clerk cancelled: no message to click away
    pool.waitForDone(5000)


def test_a_failure_is_shown_as_a_plain_message(
    qtbot, window, sample_db, tmp_path, monkeypatch, messages
):
    target = tmp_path / "b.xlsx"
    choose(monkeypatch, target)
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    blocker = _Blocker()
    blocker.setAutoDelete(False)
    pool.start(blocker)
    run = export_briefing(window, sample_db, RUSSIA, pool=pool)
    target.mkdir()  # the name became a folder in the meantime
    with qtbot.waitSignal(run.done, timeout=20000) as done:
        blocker.release.set()
    assert done.args == [None]
    assert messages[0][:2] == ("warning", "Export failed")
    assert messages[0][2].startswith("The briefing was not saved.")
    assert "is a folder" in messages[0][2]
    pool.waitForDone(5000)
