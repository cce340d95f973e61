"""What File > Print, Preview, Save as PDF and Save as PNG act on when the Overview or the
Map is the tab on screen: that tab, as shown (its filters, period, chosen country; the
map as framed)."""

from datetime import date
from functools import partial

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice

from desktop.reports import charts
from desktop.services.briefing_figures import briefing_figures
from desktop.ui.printing.print_targets import PrintTarget


def chart_tr(text: str) -> str:
    return QCoreApplication.translate(charts.CONTEXT, text)


def glance_target(window, db) -> PrintTarget | None:
    tab = window.tabs.currentWidget()
    if tab is getattr(window, "overview", None):
        return _overview_target(tab, db)
    if tab is getattr(window, "map", None) and tab.view is not None:
        return PrintTarget(
            QCoreApplication.translate("GlancePrint", "the map"),
            build=_not_taken,
            file_name=f"map-{date.today().isoformat()}.pdf",
            png=_not_taken,
            prepare=partial(_map_target, tab),
        )
    return None


def _overview_target(overview, db) -> PrintTarget:
    f, period, country = (
        overview.current_filter(),
        overview.period(),
        overview.country.currentData(),
    )
    words = overview.describe()
    attention = overview.attention_texts() if overview.attention is not None else []
    today = date.today().isoformat()
    return PrintTarget(
        QCoreApplication.translate("GlancePrint", "the overview"),
        build=partial(_overview_document, db, f, period, country, words, attention),
        file_name=f"overview-{today}.pdf",
        png=partial(_overview_png, db, f, period, country),
    )


def _overview_document(db, f, period, country, words, attention, progress):
    progress.step(0, 0, "Counting")
    from desktop.reports.documents.overview import OverviewPage, overview_document

    figures = briefing_figures(db, f, period)  # as the tab counts them, read afresh
    shown = OverviewPage(figures, country, words, attention)
    return overview_document(shown, chart_tr, progress)


def _overview_png(db, f, period, country, progress) -> bytes:
    progress.step(0, 0, "Drawing the charts")
    data = charts.ChartInput(briefing_figures(db, f, period), country)
    return charts.overview_png(data, chart_tr)


def _map_target(map_view) -> PrintTarget:
    """On the GUI thread, when the clerk asks: the map as framed, drawn afresh."""
    image = map_view.view.picture(scale=3.0)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    png = bytes(data)
    words = map_view.bar.describe()
    if not map_view.bar.narrows():
        words.insert(0, QCoreApplication.translate("GlancePrint", "All partnerships"))
    summary = map_view.summary.text()
    return PrintTarget(
        QCoreApplication.translate("GlancePrint", "the map"),
        build=partial(_map_document, png, words, summary),
        file_name=f"map-{date.today().isoformat()}.pdf",
        png=partial(_ready, png),
    )


def _map_document(png, words, summary, progress):
    from desktop.reports.documents.map_page import map_document

    progress.check()
    return map_document(png, words, summary)


def _ready(png: bytes, progress) -> bytes:
    return png


def _not_taken(progress):  # replaced by `prepare` before anything runs
    raise RuntimeError("the map's picture was not taken")
