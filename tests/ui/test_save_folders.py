"""Save dialogs start in the clerk's documents folder, then in the folder last used for
each kind of file, remembered between sessions (issue 15, 13)."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow


def make_window(qtbot, db, settings_file):
    window = MainWindow(db=db, settings=Settings(settings_file))
    qtbot.addWidget(window)
    return window


class SaveDialog:
    """Records where each save dialog started, and answers with the next chosen path."""

    def __init__(self, monkeypatch):
        self.started: list[Path] = []
        self.answers: list[Path] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._ask)
        for name in ("information", "warning"):
            monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)

    def _ask(self, parent, title, suggested, *args, **kwargs):
        self.started.append(Path(suggested).parent)
        return (str(self.answers.pop(0)), "") if self.answers else ("", "")


def test_each_kind_of_file_remembers_its_folder(qtbot, sample_db, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    dialog = SaveDialog(monkeypatch)
    settings_file = tmp_path / "settings.ini"
    window = make_window(qtbot, sample_db, settings_file)
    reports, books = tmp_path / "reports", tmp_path / "books"
    reports.mkdir()
    books.mkdir()

    dialog.answers = [reports / "list.pdf"]
    window.print_menu.pdf_action.trigger()
    dialog.answers = [books / "council.xlsx"]
    window.actions.export_briefing.trigger()
    assert dialog.started == [home / "Documents", home / "Documents"]

    window.print_menu.pdf_action.trigger()  # cancelled
    window.actions.export_briefing.trigger()  # cancelled
    assert dialog.started[2:] == [reports, books]

    again = make_window(qtbot, sample_db, settings_file)  # the next day
    again.print_menu.pdf_action.trigger()
    assert dialog.started[-1] == reports
    qtbot.waitUntil(lambda: (books / "council.xlsx").exists(), timeout=20000)
