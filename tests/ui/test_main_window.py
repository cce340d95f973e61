"""The window skeleton: the partnerships table, the database in the status bar, geometry."""

from PySide6.QtCore import QRect, Qt

from desktop.ui.main_window import MainWindow
from desktop.ui.partnership_model import Column
from desktop.ui.platform_check import display_problem
from desktop.ui.settings import Settings


def make_window(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    return window


def cell(window, row, column):
    return window.model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_the_window_lists_the_sample_partnerships(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    window.show()
    assert window.model.rowCount() == 116
    assert window.count_label.text() == "116 partnership(s)"
    assert str(sample_db.path.resolve()) in window.database_label.text()
    rows = {
        (cell(window, r, Column.LOCAL), cell(window, r, Column.PARTNER)): r
        for r in range(window.model.rowCount())
    }
    norfolk_kaliningrad = rows[("Norfolk, Virginia", "Kaliningrad")]
    assert cell(window, norfolk_kaliningrad, Column.COUNTRY) == "Russia"
    assert cell(window, norfolk_kaliningrad, Column.ESTABLISHED) == "1992"
    chicago_moscow = rows[("Chicago, Illinois", "Moscow")]
    assert cell(window, chicago_moscow, Column.STATUS) == "Suspended"


def test_geometry_is_remembered(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    window.show()
    window.setGeometry(QRect(40, 50, 640, 480))
    window.close()
    again = make_window(qtbot, sample_db, tmp_path)
    assert (again.width(), again.height()) == (640, 480)


def test_no_display_gets_a_plain_message():
    message = display_problem({"QT_QPA_PLATFORM": "", "DISPLAY": ""})
    assert message is not None and message.startswith("No display")
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_an_unreachable_display_is_named_instead_of_qts_abort():
    message = display_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":87"})
    assert message is not None
    assert "Cannot reach the display ':87'" in message or "libraries Qt needs" in message
