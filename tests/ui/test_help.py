"""Help has a short user guide, opened from the menu and by F1, and About credits the data
the app ships (issue 15, 17)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.settings import Settings
from desktop.ui.window.help_dialog import UserGuide
from desktop.ui.window.main_window import MainWindow


def test_f1_opens_the_user_guide(qtbot, empty_db, tmp_path):
    window = MainWindow(db=empty_db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert [a.text().replace("&", "") for a in window.help_menu.actions() if a.text()] == [
        "User guide",
        "About Sister City Registry",
    ]
    qtbot.keyClick(window.views["partnerships"].table, Qt.Key.Key_F1)
    guide = window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    for heading in (
        'Recording a decision, and what "binding" means',
        "Importing a list",
        "Exporting a briefing",
        "Printing",
        "Backups",
    ):
        assert heading in text, heading
    assert "Only binding entries change the status" in text


def test_about_credits_geonames(qtbot, empty_db, tmp_path, monkeypatch):
    window = MainWindow(db=empty_db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: shown.append(a[2]))
    window.actions.about.trigger()
    assert "GeoNames" in shown[0] and "CC BY 4.0" in shown[0]
    assert "creativecommons.org/licenses/by/4.0" in shown[0]
    assert "Natural Earth" in shown[0] and "world-atlas" in shown[0]  # the map's shapes
