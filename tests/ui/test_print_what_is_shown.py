"""Print, Preview and Save as PDF act on what the clerk is looking at, and the menu says
what (issue 15, 2): the current tab's list as shown, or the selected record's profile."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services import archive
from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import page_texts, sample_partnership_id
from tests.ui.test_main_window import loaded


def make_window(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    return window


def plain(action) -> str:
    return action.text().replace("&", "")


def save_pdf(qtbot, window, monkeypatch, path, action=None) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    (action or window.print_menu.pdf_action).trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    return " ".join(page_texts(path))


def test_the_decisions_tab_prints_its_own_list(qtbot, sample_db, tmp_path, monkeypatch):
    window = make_window(qtbot, sample_db, tmp_path)
    partnerships = window.views["partnerships"]
    partnerships.bar.search.setText("Pskov")
    partnerships.bar.changed.emit()
    decisions = window.views["decisions"]
    window.tabs.setCurrentWidget(decisions)
    loaded(qtbot, decisions, 7)
    window.print_menu.update_texts()
    assert plain(window.print_menu.print_action) == "Print this list: 7 decisions..."
    assert plain(window.print_menu.preview_action) == "Preview this list: 7 decisions..."
    assert plain(window.print_menu.pdf_action) == "Save this list: 7 decisions as PDF..."
    assert not window.print_menu.list_print_action.isVisible()
    text = save_pdf(qtbot, window, monkeypatch, tmp_path / "decisions.pdf")
    assert "Decisions" in text and "7 decisions" in text and "Lori Lightfoot" in text
    assert "Containing" not in text and "Partnerships by local community" not in text


def test_a_selected_row_offers_its_profile_and_the_list(qtbot, sample_db, tmp_path, monkeypatch):
    window = make_window(qtbot, sample_db, tmp_path)
    decisions = window.views["decisions"]
    window.tabs.setCurrentWidget(decisions)
    decisions.bar.search.setText("Lightfoot")
    decisions.bar.changed.emit()
    loaded(qtbot, decisions, 1)
    decisions.table.selectRow(0)
    window.print_menu.update_texts()
    assert plain(window.print_menu.print_action) == "Print the profile of Chicago – Moscow..."
    assert plain(window.print_menu.list_print_action) == "Print this list: 1 decision..."
    text = save_pdf(qtbot, window, monkeypatch, tmp_path / "profile.pdf")
    assert "Suspended since 1 March 2022 by Mayor Lori Lightfoot" in text
    listed = save_pdf(
        qtbot, window, monkeypatch, tmp_path / "list.pdf", window.print_menu.list_pdf_action
    )
    assert "1 decision" in listed and "Containing “Lightfoot”" in listed


def test_an_archived_partnerships_profile_says_so(qtbot, sample_db, tmp_path, monkeypatch):
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    archive.archive(sample_db, "partnership", pid)
    window = make_window(qtbot, sample_db, tmp_path)
    view = window.views["partnerships"]
    view.bar.archived.setChecked(True)
    view.bar.search.setText("Kaliningrad")
    view.bar.local.setText("Norfolk")
    view.bar.changed.emit()
    loaded(qtbot, view, 1)
    view.table.selectRow(0)
    text = save_pdf(qtbot, window, monkeypatch, tmp_path / "archived.pdf")
    assert "Archived on" in text and "no longer in the registry's lists" in text


def test_every_tab_prints_its_list_as_shown(qtbot, sample_db, tmp_path, monkeypatch):
    window = make_window(qtbot, sample_db, tmp_path)
    communities = window.views["communities"]
    loaded(qtbot, communities, 188)
    communities.bar.search.setText("Russia")
    communities.bar.changed.emit()
    communities.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    loaded(qtbot, communities, 61)
    expected = {
        "partnerships": ("Partnerships", "116 partnerships", "Status as on"),
        "exchanges": ("Exchanges", "2 exchanges", "Old Dominion"),
        "decisions": ("Decisions", "7 decisions", "Glenn Youngkin"),
        "communities": ("Communities", "61 communities", "Sorted by Country, descending"),
    }
    for key, words in expected.items():
        view = window.views[key]
        window.tabs.setCurrentWidget(view)
        qtbot.waitUntil(lambda v=view: not v.model.is_loading(), timeout=20000)
        text = save_pdf(qtbot, window, monkeypatch, tmp_path / f"{key}.pdf")
        for word in words:
            assert word in text, (key, word)
    window.tabs.setCurrentWidget(window.attention)
    qtbot.waitUntil(lambda: "attention as of" in window.attention.summary.text(), timeout=20000)
    window.print_menu.update_texts()
    assert plain(window.print_menu.print_action).startswith("Print this list: ")
    text = save_pdf(qtbot, window, monkeypatch, tmp_path / "attention.pdf")
    assert "Needs attention" in text and "Kaliningrad" in text
