"""The Overview on paper (File > Print on the Overview tab): the selection in words, the
counts of Needs attention, and every chart, two a row. The charts are drawn here, in the
worker that builds the document, from the figures the tab shows."""

from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.words import QT_TRANSLATE_NOOP, translate
from desktop.reports import charts
from desktop.reports.documents.html_parts import bullets, heading, page, paragraph
from desktop.reports.documents.pictures import picture, side_by_side
from desktop.reports.pdf import PrintableDocument
from desktop.services.briefing_figures import BriefingFigures
from desktop.services.progress import Progress

CHART_WIDTH_IN, CHART_HEIGHT_IN = 3.35, 2.45  # two across a page's body, A4 or Letter
SHOWN_WIDTH = 322  # points at 96 per inch: the chart's own size, its text at its own size
DPI = 220


@dataclass(frozen=True)
class OverviewPage:
    figures: BriefingFigures
    country: str | None  # the country whose share is shown, None: the one most stopped
    selection: list[str]  # the filters in words
    attention: list[str]  # 'Dormant: 1', ... (empty while still counting)


def chart_cells(
    data: charts.ChartInput,
    names,
    tr: Callable[[str], str] = charts.as_written,
    progress: Progress | None = None,
) -> list[str]:
    cells = []
    for i, name in enumerate(names):
        if progress is not None:
            progress.step(i, len(names), translate("Domain", "Drawing the charts"))
        png = charts.chart_png(
            name, data, tr, width_in=CHART_WIDTH_IN, height_in=CHART_HEIGHT_IN, dpi=DPI
        )
        cells.append(picture(png, SHOWN_WIDTH, tr(charts.TITLES[name])))
    return cells


def overview_document(
    shown: OverviewPage,
    tr: Callable[[str], str] = charts.as_written,
    progress: Progress | None = None,
) -> PrintableDocument:
    data = charts.ChartInput(shown.figures, shown.country)
    parts = [heading(tr(QT_TRANSLATE_NOOP("Charts", "Overview"))), bullets(shown.selection)]
    if shown.attention:
        parts.append(
            paragraph(
                tr(QT_TRANSLATE_NOOP("Charts", "Needs attention: "))
                + "; ".join(shown.attention)
                + "."
            )
        )
    country = charts.chosen_country(data)
    if country is not None:
        parts.append(paragraph(charts.share_sentence(country, tr) + "."))
    parts.append(side_by_side(chart_cells(data, charts.ORDER, tr, progress)))
    return PrintableDocument(tr(QT_TRANSLATE_NOOP("Charts", "Overview")), page(parts))
