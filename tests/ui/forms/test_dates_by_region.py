"""Dates follow the region's order, with a setting to override it; the reading shows plainly
beside the field; an ambiguous entry is read the configured way and says so (issue 15, 4)."""

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette

from desktop.services import lookup
from desktop.settings import DATE_ORDER, Settings
from desktop.ui.forms import open_exchange
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import sample_partnership_id


def exchange_form(clerk, db):
    pid = sample_partnership_id(db, "Norfolk", "Kaliningrad")
    return clerk.show(open_exchange(None, db, partnership_id=pid))


def test_a_us_workstation_reads_the_month_first(clerk, sample_db):
    QLocale.setDefault(QLocale("en_US"))
    dialog = exchange_form(clerk, sample_db)
    start = dialog.form.start
    assert "02/28/2022" in start.placeholderText()
    clerk.type(start, "03/07/2022")
    assert start.partial().value == date(2022, 3, 7)
    assert start.hint.text() == "Read as 7 March 2022 (month first, as dates are read here)"
    clerk.type(start, "28/02/2022")  # only one way to read it: read that way
    assert start.partial().value == date(2022, 2, 28)
    assert start.hint.text() == "Read as 28 February 2022"
    clerk.type(start, "2022-03-07")
    assert start.hint.text() == "Read as 7 March 2022"


def test_a_uk_workstation_reads_the_day_first(clerk, sample_db):
    QLocale.setDefault(QLocale("en_GB"))
    dialog = exchange_form(clerk, sample_db)
    start = dialog.form.start
    clerk.type(start, "03/07/2022")
    assert start.partial().value == date(2022, 7, 3)
    assert start.hint.text() == "Read as 3 July 2022 (day first, as dates are read here)"


def test_the_reading_stands_plainly_beside_the_field(clerk, sample_db):
    dialog = exchange_form(clerk, sample_db)
    start, hint = dialog.form.start, dialog.form.start.hint
    clerk.type(start, "1992")
    assert hint.isVisible() and hint.text() == "Read as the year 1992"
    left = hint.mapTo(dialog, hint.rect().topLeft())
    field = start.mapTo(dialog, start.rect().topLeft())
    assert left.x() >= field.x() + start.width()  # beside the field, not under it
    assert abs(left.y() - field.y()) < start.height()
    text = hint.palette().color(QPalette.ColorRole.WindowText)
    assert text == start.palette().color(QPalette.ColorRole.Text)  # not the faint grey
    clerk.type(start, "unknown")
    assert hint.text() == "Read as: date not known"


def test_the_setting_overrides_the_region(clerk, sample_db, tmp_path):
    QLocale.setDefault(QLocale("en_GB"))
    settings = Settings(tmp_path / "settings.ini")
    settings.set(DATE_ORDER, "month_first")
    window = MainWindow(db=sample_db, settings=settings)
    clerk.qtbot.addWidget(window)
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    window.opener.open("partnerships", pid)
    dialog = clerk.show(window.opener._dialogs[-1])
    dialog.form.tabs.setCurrentWidget(dialog.form.exchanges_tab)
    dialog.form.exchanges_tab.new_button.click()
    exchange = dialog.form.child_dialog
    clerk.fill(exchange, [("Title", "Choir visit"), ("Direction", "Outbound")])
    clerk.type(exchange.form.start, "03/07/2030")
    assert "7 March 2030" in exchange.form.start.hint.text()
    clerk.save(exchange)
    saved = [e for e in lookup.exchanges_of(sample_db, pid) if e.title == "Choir visit"]
    assert saved and saved[0].dates == "7 March 2030"
    bar = window.views["exchanges"].bar
    bar.date_from.setText("03/07/2030")
    assert bar.values().date_from == date(2030, 3, 7)
