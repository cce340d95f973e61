"""The column chooser offers every column a clerk may want, hidden until chosen (issue 15,
15), and the columns shown at first fit the window's default size with their headers whole
(issue 15, 16: the Exchanges and Decisions tabs cut theirs)."""

from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow
from tests.ui.test_main_window import loaded


def make_window(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    return window


def chooser_entries(view) -> dict[str, bool]:
    """What the header's right-click menu offers, and which are ticked."""
    return {a.text(): a.isChecked() for a in view.column_menu().actions()}


def test_the_chooser_offers_more_than_the_visible_columns(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    offered = chooser_entries(view)
    for wanted in (
        "Local country",
        "Established",
        "Coordinating organization",
        "Last exchange",
        "Next review",
        "Archived",
    ):
        assert wanted in offered, offered
    assert offered["Local community"] and not offered["Last exchange"]
    loaded(qtbot, view, 116)
    headers = [c.header for c in view.model.columns]
    view.bar.search.setText("Kaliningrad")
    view.bar.local.setText("Norfolk")
    view.bar.changed.emit()
    loaded(qtbot, view, 1)
    assert view.model.index(0, headers.index("Last exchange")).data() == "Completed, date unknown"
    assert view.model.index(0, headers.index("Local country")).data() == "United States"
    assert view.model.index(0, headers.index("Coordinating organization")).data() == (
        "Norfolk Sister City Association"
    )
    view.bar.search.setText("Moscow")
    view.bar.local.setText("Chicago")
    view.bar.as_of.setText("2022-04-01")
    view.bar.changed.emit()
    loaded(qtbot, view, 1)
    assert view.model.index(0, headers.index("Next review")).data() == ""  # none was set
    assert view.model.index(0, headers.index("Last exchange")).data() == ""  # none completed
    view._show_column(headers.index("Last exchange"), True)
    assert not view.table.horizontalHeader().isSectionHidden(headers.index("Last exchange"))


def test_a_header_saved_before_the_new_columns_keeps_them_hidden(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["decisions"]
    header = view.table.horizontalHeader()
    header.resizeSection(0, 160)
    view.save_state()
    window._settings.set(view._keys.columns, 6)  # as an older version left it
    again = make_window(qtbot, sample_db, tmp_path)
    header = again.views["decisions"].table.horizontalHeader()
    assert header.sectionSize(0) == 160
    columns = [c.header for c in again.views["decisions"].model.columns]
    assert header.isSectionHidden(columns.index("Rationale"))


def test_the_first_columns_fit_the_default_window_whole(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    window.resize(1180, 720)
    window.show()
    qtbot.waitExposed(window)
    for key in ("partnerships", "exchanges", "decisions", "communities"):
        view = window.views[key]
        window.tabs.setCurrentWidget(view)
        header = view.table.horizontalHeader()
        metrics = header.fontMetrics()
        shown = [n for n in range(header.count()) if not header.isSectionHidden(n)]
        assert sum(header.sectionSize(n) for n in shown) <= view.table.viewport().width(), key
        for n in shown:
            text = view.model.columns[n].header
            assert header.sectionSize(n) >= metrics.horizontalAdvance(text) + 16, (key, text)
