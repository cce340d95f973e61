"""The window's shortcuts work from the fields that do not use them (issue 15, 8): Ctrl+E
exports while the cursor is in the search box; Ctrl+C there still copies the field's text."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication

from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow


class LineEditAsOnX11(QObject):
    """What a line edit does with Ctrl+E under X11 (its 'end of line'), which the offscreen
    platform's key bindings (Windows-like) do not have: it claims the key."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.key() == Qt.Key.Key_E and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
        return False


def active_window(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_e_exports_from_the_search_box(qtbot, empty_db, tmp_path):
    window = active_window(qtbot, empty_db, tmp_path)
    exports = []
    window.actions.export_briefing.triggered.disconnect()
    window.actions.export_briefing.triggered.connect(lambda: exports.append("export"))
    search = window.views["partnerships"].bar.search
    as_on_x11 = LineEditAsOnX11(search)
    search.installEventFilter(as_on_x11)
    search.setFocus()
    qtbot.keyClicks(search, "Kal")
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exports == ["export"]
    assert search.text() == "Kal"


def test_the_fields_keep_their_own_editing_keys(qtbot, empty_db, tmp_path):
    window = active_window(qtbot, empty_db, tmp_path)
    copied_rows = []
    window.actions.copy_rows.triggered.disconnect()
    window.actions.copy_rows.triggered.connect(lambda: copied_rows.append(1))
    search = window.views["partnerships"].bar.search
    search.setFocus()
    qtbot.keyClicks(search, "Kaliningrad")
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Kaliningrad" and copied_rows == []


X11_SCRIPT = """
import pathlib, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.services.opening import open_registry
from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow
folder = pathlib.Path(sys.argv[1])
db, _ = open_registry(folder / "r.sqlite", samples=False)
window = MainWindow(db=db, settings=Settings(folder / "s.ini"))
window.show(); QTest.qWaitForWindowExposed(window); window.activateWindow(); QTest.qWait(100)
hits = []
window.actions.export_briefing.triggered.disconnect()
window.actions.export_briefing.triggered.connect(lambda: hits.append(1))
search = window.views["partnerships"].bar.search
search.setFocus(); QTest.qWait(50)
QTest.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
print("exported" if hits else "swallowed")
window.close(); db.close()
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb for X11's key bindings")
def test_ctrl_e_exports_from_the_search_box_under_x11(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", X11_SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert "exported" in done.stdout, done.stdout + done.stderr
