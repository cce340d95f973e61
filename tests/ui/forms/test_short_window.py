"""A partnership's exchanges and timeline stay in sight in a short window (issue 15, 16):
at 144 dpi, or 1366x768 at 125%, the form's fields scroll above them instead."""

from desktop.ui.forms import open_partnership
from tests.pdf_reading import sample_partnership_id


def test_a_short_window_keeps_the_timeline_in_sight(clerk, sample_db):
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    dialog = clerk.show(open_partnership(None, sample_db, pid))
    dialog.resize(1053, 554)  # what 1366x768 at 125% leaves for it
    clerk.qtbot.wait(50)
    form = dialog.form
    form.tabs.setCurrentWidget(form.timeline_tab)
    top = form.tabs.mapTo(dialog, form.tabs.rect().topLeft()).y()
    bottom = dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()).y()
    assert bottom - top >= 180  # the tab bar and several timeline rows above the buttons
    assert form.timeline_tab.table.isVisible() and form.timeline_tab.table.height() >= 100
