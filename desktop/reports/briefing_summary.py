"""The briefing's Summary sheet: the figures in small blocks, with native Excel charts."""

from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from desktop.domain.dates import format_day
from desktop.domain.enums import Status
from desktop.reports.xlsx_cells import Cells, prepare_for_print
from desktop.services.briefing_figures import BriefingFigures

WIDTHS = [34, 14, 14, 14, 24, 14, 14, 14]
CHART_COLUMN = "J"


class _Blocks:
    """Appends labelled blocks one under the other and remembers where each one is."""

    def __init__(self, ws):
        self.ws, self.cells, self.row = ws, Cells(ws), 0

    def append(self, values: list) -> int:
        self.ws.append(values)
        self.row += 1
        return self.row

    def heading(self, text: str) -> None:
        if self.row:
            self.append([])
        self.append([self.cells.styled(text, "bold")])

    def header(self, *labels: str) -> int:
        return self.append([self.cells.styled(label, "header") for label in labels])


def write_summary(ws, figures: BriefingFigures) -> None:
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    prepare_for_print(ws, title_row=False)
    b = _Blocks(ws)
    b.append([b.cells.styled("Summary", "title")])
    b.append([f"{figures.filter_text}; status on {format_day(figures.as_of)}"])

    status_rows = _status_block(b, figures)
    _share_block(b, figures)
    _kind_block(b, figures)
    _country_block(b, figures)
    year_rows = _year_block(b, figures)
    _area_block(b, figures)
    _decision_block(b, figures)
    _month_block(b, figures)

    _status_chart(ws, status_rows, anchor=f"{CHART_COLUMN}3")
    if year_rows:
        _year_chart(ws, year_rows, anchor=f"{CHART_COLUMN}22")


def _status_block(b: _Blocks, figures: BriefingFigures) -> tuple[int, int]:
    b.heading("Partnerships by status")
    header = b.header("Status", "Partnerships")
    for status in Status:
        b.append([status.label, figures.by_status[status]])
    b.append([b.cells.styled("Total", "bold"), figures.partnerships])
    return header, header + len(Status)


def _share_block(b: _Blocks, figures: BriefingFigures) -> None:
    share = figures.suspended_or_ended
    b.heading("Suspended or ended")
    b.append(["Partnerships selected", share.whole])
    b.append([f"Suspended or ended on {format_day(figures.as_of)}", share.part])
    b.append(["Share suspended or ended", b.cells.percent(share.ratio)])


def _kind_block(b: _Blocks, figures: BriefingFigures) -> None:
    b.heading("Partnerships by kind")
    b.header("Kind", "Partnerships")
    for kind, n in figures.by_kind.items():
        b.append([kind.label, n])
    b.append(["Within one country (both communities in it)", figures.domestic])
    b.append(["With a community abroad", figures.partnerships - figures.domestic])


def _country_block(b: _Blocks, figures: BriefingFigures) -> None:
    b.heading("Partnerships by partner country")
    b.header("Partner country", "Partnerships", "Suspended", "Ended", "Share suspended or ended")
    for c in figures.by_country:
        b.append(
            [
                b.cells.text(c.name),
                c.partnerships,
                c.suspended,
                c.ended,
                b.cells.percent(c.stopped.ratio),
            ]
        )


def _year_block(b: _Blocks, figures: BriefingFigures) -> tuple[int, int] | None:
    """Rows of the known years (for the chart), or None when no exchange has a year."""
    b.heading("Exchanges per year (by start date)")
    header = b.header(
        "Year", "Outbound", "Inbound", "Two-way", "Total", "Participants", "Completed", "Canceled"
    )
    known = 0
    for y in figures.by_year:
        year = y.year if y.year is not None else "date unknown"
        counts = [y.outbound, y.inbound, y.two_way, y.total, y.participants]
        b.append([year, *counts, y.completed, y.canceled])
        known += y.year is not None
    if not figures.by_year:
        b.append(["No exchanges"])
    return (header, header + known) if known else None


def _area_block(b: _Blocks, figures: BriefingFigures) -> None:
    b.heading("Exchanges by programme area")
    b.header("Programme area", "Exchanges", "Participants")
    for a in figures.by_area:
        b.append([a.area.label, a.exchanges, a.participants])
    if not figures.by_area:
        b.append(["No exchanges"])


def _decision_block(b: _Blocks, figures: BriefingFigures) -> None:
    if figures.period:
        start, end = figures.period
        b.heading(f"Decisions and positions, {format_day(start)} to {format_day(end)}")
    else:
        b.heading(f"Decisions and positions on record up to {format_day(figures.as_of)}")
    b.header("Action", "Binding", "Positions", "Total")
    for d in figures.decisions:
        b.append([d.action.label, d.binding, d.positions, d.total])
    b.append(
        [
            b.cells.styled("Total", "bold"),
            figures.binding_total,
            figures.decisions_total - figures.binding_total,
            figures.decisions_total,
        ]
    )
    b.append(["Binding: taken by the body that holds the authority; only these change a status."])


def _month_block(b: _Blocks, figures: BriefingFigures) -> None:
    b.heading("Decisions and positions per month")
    b.header("Month", "Binding", "Positions", "Total")
    for m in figures.by_month:
        b.append([f"{m.year:04d}-{m.month:02d}", m.binding, m.positions, m.total])
    if not figures.by_month:
        b.append(["None recorded"])


def _status_chart(ws, rows: tuple[int, int], anchor: str) -> None:
    header, last = rows
    chart = BarChart()
    chart.type = "col"
    chart.title = "Partnerships by status"
    chart.y_axis.title = "Partnerships"
    chart.legend = None
    data = Reference(ws, min_col=2, min_row=header, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    chart.width, chart.height = 16, 8
    ws.add_chart(chart, anchor)


def _year_chart(ws, rows: tuple[int, int], anchor: str) -> None:
    header, last = rows
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Exchanges per year"
    chart.y_axis.title = "Exchanges"
    data = Reference(ws, min_col=2, max_col=4, min_row=header, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    chart.width, chart.height = 16, 8
    ws.add_chart(chart, anchor)
