"""The Overview tab: charts of the same figures as the briefing workbook's summary (a test
holds them equal, on the sample and on a filtered selection), a click on a bar or slice
filters the list it counts, and it prints, saves as PDF and PNG."""

import subprocess
import sys
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.enums import Status
from desktop.reports.briefing_workbook import export_briefing
from desktop.reports.documents.builders import build_briefing
from desktop.settings import Settings
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import page_texts
from tests.ui.test_main_window import loaded


def make_window(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    return window


def drawn(qtbot, window):
    overview = window.overview
    window.tabs.setCurrentWidget(overview)
    qtbot.waitUntil(
        lambda: (
            bool(overview.canvases) and not overview.is_busy() and overview.attention is not None
        ),
        timeout=60000,
    )
    return overview


def choose(window, *, as_of="", country="", period=("", "")):
    bar = window.overview.bar
    bar.as_of.setText(as_of)
    bar.country.setText(country)
    window.overview.period_from.setText(period[0])
    window.overview.period_to.setText(period[1])
    bar.changed.emit()


def summary_blocks(path) -> dict[str, list[tuple]]:
    """The workbook's Summary sheet: each block's rows under its heading."""
    book = load_workbook(path, read_only=True)
    rows = [r for r in book["Summary"].iter_rows(values_only=True)]
    book.close()
    blocks, current = {}, None
    for row in rows:
        cells = [c for c in row if c is not None]
        if not cells:
            current = None
        elif current is None and len(cells) == 1 and isinstance(cells[0], str):
            current = blocks.setdefault(cells[0], [])
        elif current is not None:
            current.append(tuple(row[: len(cells)]))
    return blocks


def bar_heights(canvas) -> dict[str, int]:
    """What the chart shows: each clickable bar's height by the value it stands for."""
    heights: dict = {}
    for artist, pick in canvas.picks().items():
        value = pick.value
        if isinstance(value, tuple):  # a month: (year, month) as the workbook writes it
            value = "{:04d}-{:02d}".format(*value)
        heights[value] = heights.get(value, 0) + round(artist.get_height())
    return heights


def check_against_the_workbook(overview, path):
    blocks = summary_blocks(path)
    f = overview.figures
    status_rows = dict(blocks["Partnerships by status"][1:])
    assert {s.label: f.by_status[s] for s in Status} == {
        k: v for k, v in status_rows.items() if k != "Total"
    }
    assert status_rows["Total"] == f.partnerships
    # The status chart draws those counts.
    assert bar_heights(overview.canvases["status"]) == {s.value: f.by_status[s] for s in Status}
    kinds = {
        k: v for k, v in blocks["Partnerships by kind"][1:] if k and k.startswith(("Sis", "Fr"))
    }
    assert kinds == {k.label: n for k, n in f.by_kind.items()}
    countries = [r[:4] for r in blocks["Partnerships by partner country"][1:]]
    assert countries == [(c.name, c.partnerships, c.suspended, c.ended) for c in f.by_country]
    share = dict(r[:2] for r in blocks["Suspended or ended"])
    assert share["Partnerships selected"] == f.suspended_or_ended.whole
    assert share[next(k for k in share if k.startswith("Suspended or ended on"))] == (
        f.suspended_or_ended.part
    )
    years = [r for r in blocks["Exchanges per year (by start date)"][1:] if r[0] != "No exchanges"]
    assert [(r[0], r[1], r[2], r[3], r[5]) for r in years] == [
        (y.year if y.year else "date unknown", y.outbound, y.inbound, y.two_way, y.participants)
        for y in f.by_year
    ]
    months = [r for r in blocks["Decisions and positions per month"][1:] if r[0] != "None recorded"]
    assert months == [(f"{m.year:04d}-{m.month:02d}", m.binding, m.positions, m.total)
                      for m in f.by_month]  # fmt: skip
    if months:  # the chart of the period draws the same months
        drawn_months = {k: v for k, v in bar_heights(overview.canvases["months"]).items() if v}
        assert drawn_months == {m[0]: m[3] for m in months}
    decisions = next(v for k, v in blocks.items() if k.startswith("Decisions and positions,") or
                     k.startswith("Decisions and positions on record"))  # fmt: skip
    totals = dict((r[0], r[3]) for r in decisions[1:] if len(r) == 4)
    assert totals["Total"] == f.decisions_total


def test_the_overview_shows_the_workbooks_figures_on_the_sample(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    overview = drawn(qtbot, window)
    assert overview.figures.partnerships == 116
    path = tmp_path / "all.xlsx"
    export_briefing(sample_db, path, window.views["partnerships"].current_filter())
    check_against_the_workbook(overview, path)
    assert "All partnerships" in overview.selection.text()


def test_and_on_a_filtered_selection_with_a_period(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    overview = drawn(qtbot, window)
    choose(window, as_of="30/06/2022", country="Russia", period=("01/03/2022", "30/06/2022"))
    overview.refresh()
    qtbot.waitUntil(
        lambda: not overview.is_busy() and overview.figures.partnerships == 69, timeout=60000
    )
    # The list follows the Overview's filters, as the Overview follows the list's.
    assert window.views["partnerships"].bar.country.text() == "Russia"
    loaded(qtbot, window.views["partnerships"], 69)
    path = tmp_path / "russia.xlsx"
    export_briefing(
        sample_db,
        path,
        window.views["partnerships"].current_filter(),
        period=(date(2022, 3, 1), date(2022, 6, 30)),
    )
    check_against_the_workbook(overview, path)
    assert overview.figures.by_status[Status.SUSPENDED] == 1
    assert "1 of 69 partnerships with Russia (1.4%)" in " ".join(
        t.get_text() for t in overview.canvases["share"].chart.figure.axes[0].texts
    )


def click(qtbot, canvas, artist):
    x, y = canvas.centre_of(artist)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))


def bar_for(canvas, value):
    return next(a for a, p in canvas.picks().items() if p.value == value and a.get_height())


def test_clicking_a_bar_filters_the_list_it_counts(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    overview = drawn(qtbot, window)
    choose(window, as_of="30/06/2022")
    qtbot.waitUntil(lambda: not overview.is_busy(), timeout=60000)
    status = overview.canvases["status"]
    click(qtbot, status, bar_for(status, "suspended"))
    partnerships = window.views["partnerships"]
    assert window.tabs.currentWidget() is partnerships
    assert partnerships.bar.status.currentData() == "suspended"
    loaded(qtbot, partnerships, 1)
    assert partnerships.model.index(0, 0).data().startswith("Chicago")
    assert "Suspended" in window.statusBar().currentMessage()

    overview = drawn(qtbot, window)  # the Overview now counts the suspended ones only
    qtbot.waitUntil(lambda: overview.figures.partnerships == 1, timeout=60000)
    overview.bar.status.setCurrentIndex(0)  # all statuses again, on both tabs
    qtbot.waitUntil(lambda: overview.figures.partnerships == 116 and not overview.is_busy())
    assert partnerships.bar.status.currentData() is None

    country = overview.canvases["country"]
    click(qtbot, country, bar_for(country, "FR"))
    assert partnerships.bar.country.text() == "France"
    loaded(qtbot, partnerships, 7)

    overview = drawn(qtbot, window)
    overview.bar.country.setText("")
    overview.bar.changed.emit()
    qtbot.waitUntil(lambda: overview.figures.partnerships == 116 and not overview.is_busy())
    years = overview.canvases["years"]
    click(qtbot, years, bar_for(years, 2020))
    exchanges = window.views["exchanges"]
    assert window.tabs.currentWidget() is exchanges
    loaded(qtbot, exchanges, 1)
    row = [exchanges.model.index(0, c).data() for c in range(exchanges.model.columnCount())]
    assert "Kaliningrad delegation to Norfolk" in row

    overview = drawn(qtbot, window)
    months = overview.canvases["months"]
    click(qtbot, months, bar_for(months, (2022, 3)))
    decisions = window.views["decisions"]
    assert window.tabs.currentWidget() is decisions
    assert decisions.bar.date_from.text() == "2022-03"
    loaded(qtbot, decisions, 2)


def test_a_slice_of_kinds_filters_the_partnerships(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    overview = drawn(qtbot, window)
    kind = overview.canvases["kind"]
    wedge = next(a for a, p in kind.picks().items() if p.value == "sister_city")
    click(qtbot, kind, wedge)
    partnerships = window.views["partnerships"]
    assert partnerships.bar.kind.currentData() == "sister_city"
    loaded(qtbot, partnerships, overview.figures.by_kind[next(iter(overview.figures.by_kind))])


def test_the_overview_prints_and_saves_as_pdf_and_png(qtbot, sample_db, tmp_path, monkeypatch):
    window = make_window(qtbot, sample_db, tmp_path)
    drawn(qtbot, window)
    menu = window.print_menu
    menu.update_texts()
    assert menu.print_action.text().replace("&", "") == "Print the overview..."
    assert menu.png_action.isVisible()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    pdf, png = tmp_path / "overview.pdf", tmp_path / "overview.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    menu.pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    text = " ".join(page_texts(pdf))
    assert "Overview" in text and "All partnerships" in text
    assert "1 of 69 partnerships with Russia" in text or "partnerships with" in text
    images = sum(len(page.images) for page in PdfReader(pdf).pages)
    assert images == 6  # every chart
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(png), ""))
    menu.png_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=60000)
    picture = QImage(str(png))
    assert picture.width() > 1000 and picture.height() > 1000
    window.tabs.setCurrentWidget(window.views["partnerships"])
    menu.update_texts()
    assert not menu.png_action.isVisible()


def test_the_briefing_memo_carries_the_overviews_charts(sample_db, tmp_path, qapp):
    from desktop.reports.pdf import PageSetup, write_pdf
    from desktop.store.queries import RecordFilter

    memo = build_briefing(sample_db, RecordFilter(as_of=date(2022, 6, 30), country="RU"))
    assert memo.html.count("<img") == 4
    write_pdf(memo, tmp_path / "memo.pdf", PageSetup())
    assert sum(len(p.images) for p in PdfReader(tmp_path / "memo.pdf").pages) == 4


def test_the_window_starts_without_matplotlib_or_numpy(sample_db, tmp_path):
    """The charts' library is imported when the Overview is first shown, never at start-up
    (nor NumPy, which openpyxl would import on its own if let)."""
    code = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.settings import Settings\n"
        "from desktop.store.database import open_database\n"
        "from desktop.ui.window.main_window import MainWindow\n"
        "import openpyxl\n"
        "app = QApplication([])\n"
        f"w = MainWindow(db=open_database(Path({str(sample_db.path)!r})),"
        f" settings=Settings(Path({str(tmp_path / 's.ini')!r})))\n"
        "w.show(); app.processEvents()\n"
        "print(sorted(m for m in ('matplotlib', 'numpy') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]"
