"""New on the Exchanges or Decisions tab with no row selected opens the form with a
partnership picker (issue 15, 12); an exchange planned under a suspended or ended
partnership is warned of in the form, with the decision that did it (issue 15, 10)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.enums import ExchangeStatus
from desktop.services import lookup
from desktop.settings import Settings
from desktop.ui.forms import open_exchange
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import sample_partnership_id


def make_window(qtbot, db, tmp_path, monkeypatch=None):
    if monkeypatch is not None:  # "Select a row first" was the answer: fail, not wait
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def pick_partnership(clerk, picker, typed, label):
    picker.setFocus()
    clerk.qtbot.keyClicks(picker, typed)
    shown = [picker.choices.item(r).text() for r in range(picker.choices.rowCount())]
    assert label in shown, shown
    popup = picker.completer().popup()
    for _ in range(shown.index(label) + 1):
        clerk.qtbot.keyClick(popup, Qt.Key.Key_Down)
    clerk.qtbot.keyClick(popup, Qt.Key.Key_Return)
    clerk.tab(picker)  # on to the next field


def test_new_on_the_decisions_tab_asks_which_partnership(clerk, sample_db, tmp_path, monkeypatch):
    window = make_window(clerk.qtbot, sample_db, tmp_path, monkeypatch)
    window.tabs.setCurrentWidget(window.views["decisions"])
    window.actions.new.trigger()
    dialog = clerk.show(window.opener._dialogs[-1])
    form = dialog.form
    assert dialog.focusWidget() is form.partnership_row.picker
    clerk.save(dialog)
    assert form.error_text("partnership") == (
        "Choose the partnership: type part of either community's name."
    )
    pick_partnership(
        clerk, form.partnership_row.picker, "Pskov", "Roanoke, Virginia – Pskov, Russia"
    )
    assert form.partnership_id == sample_partnership_id(sample_db, "Roanoke", "Pskov")
    clerk.fill(
        dialog,
        [
            ("Date", "15/03/2022"),
            ("Who (person)", ""),
            ("Title", ""),
            ("Body", "Roanoke City Council"),
            ("Actor type", "Governing body (council)"),
            ("Action", "Reaffirm/continue"),
        ],
    )
    assert "Binding for this community" in form.binding_label.text()
    clerk.save(dialog)
    pid = sample_partnership_id(sample_db, "Roanoke", "Pskov")
    assert "Roanoke City Council" in [t.who for t in lookup.timeline(sample_db, pid)]


def test_new_on_the_exchanges_tab_asks_which_partnership(clerk, sample_db, tmp_path, monkeypatch):
    window = make_window(clerk.qtbot, sample_db, tmp_path, monkeypatch)
    window.tabs.setCurrentWidget(window.views["exchanges"])
    window.actions.new.trigger()
    dialog = clerk.show(window.opener._dialogs[-1])
    pick_partnership(
        clerk,
        dialog.form.partnership_row.picker,
        "Kalin",
        "Norfolk, Virginia – Kaliningrad, Russia",
    )
    clerk.fill(dialog, [("Title", "Choir visit")])
    clerk.save(dialog)
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    assert "Choir visit" in [e.title for e in lookup.exchanges_of(sample_db, pid)]


def test_an_exchange_under_a_suspended_partnership_is_warned_of(clerk, sample_db):
    pid = sample_partnership_id(sample_db, "Chicago", "Moscow")
    dialog = clerk.show(open_exchange(None, sample_db, partnership_id=pid))
    note = dialog.form.partnership_row.stopped_note
    assert note.isVisible()
    assert note.text().startswith(
        "This partnership is suspended since 1 March 2022 by Mayor Lori Lightfoot, until the "
        "end of hostilities"
    )
    dialog.form.status.set_value(ExchangeStatus.CANCELED)  # what is canceled needs no warning
    assert not note.isVisible()
    active = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    calm = clerk.show(open_exchange(None, sample_db, partnership_id=active))
    assert not calm.form.partnership_row.stopped_note.isVisible()
