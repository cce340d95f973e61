"""The window as a clerk meets it: the views, their counts, filters that survive a restart."""

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication

from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow
from desktop.ui.window.platform_check import display_problem


def make_window(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    return window


def loaded(qtbot, view, rows):
    # Generous timeouts: CI machines are slow and busy; the table itself answers in ms.
    qtbot.waitUntil(
        lambda: view.model.rowCount() == rows and not view.model.is_loading(), timeout=20000
    )
    qtbot.waitUntil(lambda: " of " in view.count_line.text(), timeout=20000)


def column_texts(view, column):
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def test_each_record_kind_has_its_view_with_counts(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    window.show()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Overview",
        "Partnerships",
        "Exchanges",
        "Decisions",
        "Communities",
        "Needs attention",
        "Map",
    ]
    assert window.tabs.currentWidget() is window.views["partnerships"]  # a first start
    partnerships = window.views["partnerships"]
    loaded(qtbot, partnerships, 116)
    assert partnerships.count_line.text() == "116 of 116 partnerships"
    assert str(sample_db.path.resolve()) in window.database_label.text()
    loaded(qtbot, window.views["decisions"], 7)
    assert "Lori Lightfoot" in " ".join(column_texts(window.views["decisions"], 3))
    loaded(qtbot, window.views["exchanges"], 2)
    loaded(qtbot, window.views["communities"], 188)


def test_search_and_status_as_of_filter_in_sql(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    loaded(qtbot, view, 116)
    qtbot.keyClicks(view.bar.search, "Kalin")
    loaded(qtbot, view, 1)
    assert column_texts(view, 1) == ["Kaliningrad"]
    assert view.count_line.text() == "1 of 116 partnerships"
    view.bar.search.clear()
    view.bar.as_of.setText("2022-03-02")
    view.bar.status.setCurrentIndex(view.bar.status.findData("suspended"))
    loaded(qtbot, view, 1)
    assert column_texts(view, 1) == ["Moscow"]
    view.bar.as_of.setText("2022-02-28")
    view.bar.changed.emit()
    loaded(qtbot, view, 0)


def test_search_matches_countries_institutions_and_actors(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    # 69 partners in Russia, plus Chicago - Kyiv whose source note names Russia.
    for text, expected in (("russia", 70), ("Old Dominion", 1), ("Lightfoot", 1)):
        view.bar.search.setText(text)
        view.bar.changed.emit()
        loaded(qtbot, view, expected)


def test_sort_by_any_column_runs_in_sql(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    loaded(qtbot, view, 116)
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: view.model.index(0, 1).data() == "Zhengzhou")
    view.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # status
    qtbot.waitUntil(lambda: view.model.index(0, 5).data() == "Suspended")


def test_filters_sort_and_tab_survive_a_restart(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    view.bar.country.setText("Russia")
    view.bar.changed.emit()
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    window.tabs.setCurrentIndex(2)
    window.show()
    window.setGeometry(QRect(10, 20, 780, 500))
    window.close()
    again = make_window(qtbot, sample_db, tmp_path)
    view = again.views["partnerships"]
    assert view.bar.country.text() == "Russia"
    loaded(qtbot, view, 69)
    assert view.model.index(0, 1).data() == "Zheleznovodsk"
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (780, 500)


def test_copy_selected_rows_as_tab_separated_text(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    view.bar.local.setText("Chicago")
    view.bar.changed.emit()
    loaded(qtbot, view, 2)
    view.table.selectAll()
    assert view.copy_selection() == 2
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Local community", "Partner community", "Partner country"]
    assert {line.split("\t")[1] for line in lines[1:]} == {"Kyiv", "Moscow"}


def test_a_wrong_country_is_marked_at_the_field(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    view.bar.country.setText("Atlantis")
    view.bar.changed.emit()
    loaded(qtbot, view, 116)
    assert "not a country I know" in view.bar.country.toolTip()
    assert "not applied" in view.count_line.text()


def test_no_display_gets_a_plain_message():
    message = display_problem({"QT_QPA_PLATFORM": "", "DISPLAY": ""})
    assert message is not None and message.startswith("No display")
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_an_unreachable_display_is_named_instead_of_qts_abort():
    message = display_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":87"})
    assert message is not None
    assert "Cannot reach the display ':87'" in message or "libraries Qt needs" in message


def test_status_bar_counts_every_kind_of_record(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    qtbot.waitUntil(lambda: window.count_label.text().count(",") == 3)
    text = window.count_label.text()
    for part in ("116 partnerships", "2 exchanges", "7 decisions", "188 communities"):
        assert part in text


def test_archive_asks_first_and_hides_the_record(qtbot, sample_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    view.bar.local.setText("Chicago")
    view.bar.changed.emit()
    loaded(qtbot, view, 2)
    view.table.selectRow(0)
    view.table.setCurrentIndex(view.model.index(0, 0))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel,
    )
    window.actions.archive.trigger()
    loaded(qtbot, view, 2)  # "Cancel": nothing changed
    assert "Nothing is deleted" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions.archive.trigger()
    loaded(qtbot, view, 1)
    view.bar.archived.setChecked(True)
    loaded(qtbot, view, 2)


def test_needs_attention_tab_lists_dormant_partnerships(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    attention = window.attention
    assert window.tabs.tabText(5) == "Needs attention"
    qtbot.waitUntil(lambda: "attention as of" in attention.summary.text())
    rows = [
        [attention.model.index(r, c).data() for c in range(5)]
        for r in range(attention.model.rowCount())
    ]
    norfolk = [r for r in rows if r[1] == "Norfolk" and r[2] == "Kaliningrad"]
    assert norfolk and norfolk[0][0] == "Dormant"
    assert "established 1992" in norfolk[0][3]


def test_export_briefing_uses_the_partnership_filters(qtbot, sample_db, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "council.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: told.append(a[2]))
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    view.bar.country.setText("Russia")
    view.bar.changed.emit()
    window.actions.export_briefing.trigger()
    qtbot.waitUntil(lambda: target.exists() and bool(told), timeout=20000)
    workbook = load_workbook(target, read_only=True)
    rows = list(workbook["Partnerships"].iter_rows(min_row=2, values_only=True))
    assert len([r for r in rows if any(r)]) == 69
    workbook.close()


def test_save_as_pdf_prints_the_selected_partnerships_profile(
    qtbot, sample_db, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "profile.pdf"
    suggested = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: suggested.append(a[2]) or (str(target), "")
    )
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    view.bar.local.setText("Chicago")
    view.bar.search.setText("Moscow")
    view.bar.changed.emit()
    loaded(qtbot, view, 1)
    view.table.setCurrentIndex(view.model.index(0, 0))
    window.print_menu.pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    text = " ".join((page.extract_text() or "") for page in PdfReader(target).pages)
    assert "Suspended since 1 March 2022 by Mayor Lori Lightfoot" in " ".join(text.split())
    assert [Path(name).name for name in suggested] == ["chicago-moscow.pdf"]


def test_enter_opens_the_selected_partnership_and_ctrl_n_a_new_one(qtbot, sample_db, tmp_path):
    from PySide6.QtCore import Qt as QtKeys

    window = make_window(qtbot, sample_db, tmp_path)
    window.show()
    view = window.views["partnerships"]
    view.bar.local.setText("Chicago")
    view.bar.search.setText("Moscow")
    view.bar.changed.emit()
    loaded(qtbot, view, 1)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, QtKeys.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.opener._dialogs) == 1)
    dialog = window.opener._dialogs[0]
    qtbot.addWidget(dialog)
    assert (
        "Moscow" in dialog.windowTitle()
        or "Moscow" in dialog.findChild(type(dialog.form)).partner.text()
    )
    dialog.close()
    window.actions.new.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.opener._dialogs))
    for d in window.opener._dialogs:
        qtbot.addWidget(d)


def test_file_import_and_possible_duplicates_open_their_windows(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    window.actions.import_list.trigger()
    qtbot.addWidget(window._import_wizard)
    assert window._import_wizard.isVisible()
    window.actions.duplicates.trigger()
    qtbot.addWidget(window._duplicates_dialog)
    assert window._duplicates_dialog.isVisible()


def test_an_unexpected_error_in_the_window_is_logged_and_told(monkeypatch, tmp_path):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.window.launch import install_exception_hook

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook()
    try:
        raise RuntimeError("the printer caught fire")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "Something went wrong: the printer caught fire" in told[0]
    log = told[0].split("written to ")[1].split(";")[0]
    assert "the printer caught fire" in Path(log).read_text(encoding="utf-8")


def test_from_the_search_box_to_the_record_by_keyboard(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    window.show()
    window.activateWindow()
    view = window.views["partnerships"]
    loaded(qtbot, view, 116)
    window.actions.find.trigger()
    qtbot.keyClicks(view.bar.search, "Kalin")
    loaded(qtbot, view, 1)
    qtbot.keyClick(view.bar.search, Qt.Key.Key_Return)  # to the first result
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # and open it
    qtbot.waitUntil(lambda: len(window.opener._dialogs) == 1)
    dialog = window.opener._dialogs[0]
    qtbot.addWidget(dialog)
    assert "Kaliningrad" in dialog.windowTitle()


def test_the_where_filter_tells_twinnings_within_one_country_from_those_abroad(
    qtbot, sample_db, tmp_path
):
    from desktop.services import communities, partnerships

    hampton = communities.create_community(
        sample_db, {"name": "Hampton Roads", "subdivision": "Virginia", "country": "US"}
    )
    bangor = communities.create_community(
        sample_db, {"name": "Bangor", "subdivision": "Maine", "country": "US"}
    )
    partnerships.create_partnership(sample_db, {"local_id": hampton.id, "partner_id": bangor.id})
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    loaded(qtbot, view, 117)
    view.bar.where.setCurrentIndex(view.bar.where.findText("In one country"))
    loaded(qtbot, view, 1)
    assert column_texts(view, 1) == ["Bangor"]
    assert "Where: In one country" in view.bar.describe()
    view.bar.where.setCurrentIndex(view.bar.where.findText("Abroad"))
    loaded(qtbot, view, 116)
    assert "Bangor" not in column_texts(view, 1)
