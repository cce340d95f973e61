"""The Overview's charts, drawn with matplotlib from the briefing's figures.

Each chart is drawn on a matplotlib Figure of its own (the object-oriented API, never
pyplot's global state), so the window's canvas (QtAgg, on the GUI thread) and a printed
page (Agg, in a worker) draw the same picture from the same BriefingFigures. matplotlib is
imported only when a chart is first drawn: the window starts without it.

A drawer returns what each of its bars or slices stands for (a Pick), so that a click on it
can filter the list it counts.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.domain.enums import PartnershipKind, Status
from desktop.domain.words import fill
from desktop.reports import palette
from desktop.services.briefing_figures import BriefingFigures, CountryCount, MonthCount

TOP_COUNTRIES = 8
MONTHS_AT_MOST = 48  # a longer span is counted per year
FONT_SIZE = 8.5
CONTEXT = "Charts"

TITLES = {
    "status": QT_TRANSLATE_NOOP("Charts", "Partnerships by status"),
    "kind": QT_TRANSLATE_NOOP("Charts", "Partnerships by kind"),
    "country": QT_TRANSLATE_NOOP("Charts", "Partnerships by partner country"),
    "share": QT_TRANSLATE_NOOP("Charts", "Suspended or ended"),
    "years": QT_TRANSLATE_NOOP("Charts", "Exchanges per year, with participants"),
    "months": QT_TRANSLATE_NOOP("Charts", "Decisions and positions per month"),
}
ORDER = ("status", "kind", "country", "share", "years", "months")
WORDS = {
    "none": QT_TRANSLATE_NOOP("Charts", "No partnerships are selected"),
    "no_exchanges": QT_TRANSLATE_NOOP("Charts", "No exchanges with a date"),
    "no_decisions": QT_TRANSLATE_NOOP("Charts", "No decisions or positions in the period"),
    "no_country": QT_TRANSLATE_NOOP("Charts", "No partner country chosen"),
    "other": QT_TRANSLATE_NOOP("Charts", "Other (%1 countries)"),
    "others": QT_TRANSLATE_NOOP("Charts", "Active or proposed"),
    "suspended": QT_TRANSLATE_NOOP("Charts", "Suspended"),
    "ended": QT_TRANSLATE_NOOP("Charts", "Ended"),
    "outbound": QT_TRANSLATE_NOOP("Charts", "Outbound"),
    "inbound": QT_TRANSLATE_NOOP("Charts", "Inbound"),
    "two_way": QT_TRANSLATE_NOOP("Charts", "Two-way"),
    "participants": QT_TRANSLATE_NOOP("Charts", "Participants"),
    "binding": QT_TRANSLATE_NOOP("Charts", "Decisions (binding)"),
    "positions": QT_TRANSLATE_NOOP("Charts", "Positions"),
    "share_of": QT_TRANSLATE_NOOP("Charts", "%1 of %2 partnerships with %3 (%4%)"),
    "per_year": QT_TRANSLATE_NOOP("Charts", "Decisions and positions per year"),
    "undated": QT_TRANSLATE_NOOP("Charts", "and %1 without a date"),
}


def as_written(text: str) -> str:
    return text


Translate = Callable[[str], str]


@dataclass(frozen=True)
class Pick:
    """What a bar or slice counts, for the list a click on it filters: the partnerships of
    status 'suspended', the exchanges of 2019, the decisions of March 2022."""

    view: str  # 'partnerships', 'exchanges', 'decisions'
    field: str  # 'status', 'kind', 'country', 'year', 'month'
    value: Any  # 'suspended', 'RU', 2019, (2022, 3)
    label: str  # what the clerk is told: 'Suspended', 'Russia', '2019', 'March 2022'


@dataclass(frozen=True)
class ChartInput:
    figures: BriefingFigures
    country: str | None = None  # the partner country whose share is shown ('RU')


Drawer = Callable[[Any, ChartInput, Translate], dict]


def _style(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.spines[["left", "bottom"]].set_color(palette.MUTED)
    ax.tick_params(colors=palette.INK, labelsize=FONT_SIZE, length=3)
    ax.grid(axis="y", color=palette.GRID, linewidth=0.6)
    ax.set_axisbelow(True)


def _title(ax, text: str) -> None:
    """The chart's title at the left of its whole picture (long country names to the left
    of the axes would push an axes title off the edge)."""
    ax.get_figure(root=False).suptitle(
        text, x=0.02, ha="left", fontsize=FONT_SIZE + 1.5, color=palette.INK
    )


def _empty(ax, text: str) -> dict:
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", color=palette.MUTED, fontsize=FONT_SIZE)
    return {}


def _count_labels(ax, bars, values) -> None:
    for bar, value in zip(bars, values, strict=True):
        if value:
            ax.annotate(
                f"{value:,}",
                (bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height()),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=FONT_SIZE,
                color=palette.INK,
            )


def _integer_axis(axis) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, nbins=5))


def draw_status(figure, data: ChartInput, tr: Translate = as_written) -> dict:
    ax = figure.add_subplot()
    _title(ax, tr(TITLES["status"]))
    counts = [data.figures.by_status.get(s, 0) for s in Status]
    if not sum(counts):
        return _empty(ax, tr(WORDS["none"]))
    _style(ax)
    bars = ax.bar(
        [s.label for s in Status],
        counts,
        color=[palette.STATUS_COLOURS[s] for s in Status],
        width=0.65,
    )
    _count_labels(ax, bars, counts)
    _integer_axis(ax.yaxis)
    ax.margins(y=0.15)
    pairs = zip(bars, Status, strict=True)
    return {bar: Pick("partnerships", "status", s.value, s.label) for bar, s in pairs}


def draw_kind(figure, data: ChartInput, tr: Translate = as_written) -> dict:
    ax = figure.add_subplot()
    _title(ax, tr(TITLES["kind"]))
    kinds = [(k, n) for k, n in data.figures.by_kind.items() if n]
    if not kinds:
        return _empty(ax, tr(WORDS["none"]))
    colours = ["#1f3a5f", "#4f7cac", "#9fb3c8", "#c9a227"]
    wedges, _texts = ax.pie(
        [n for _, n in kinds],
        colors=[colours[list(PartnershipKind).index(k) % len(colours)] for k, _ in kinds],
        startangle=90,
        counterclock=False,
        wedgeprops={"width": 0.42, "edgecolor": "white", "linewidth": 1},
    )
    total = sum(n for _, n in kinds)
    ax.text(0, 0, f"{total:,}", ha="center", va="center", fontsize=FONT_SIZE + 3)
    ax.legend(
        wedges,
        [f"{k.label}: {n:,}" for k, n in kinds],
        fontsize=FONT_SIZE,
        frameon=False,
        loc="center left",
        bbox_to_anchor=(1.0, 0.5),
    )
    ax.set_aspect("equal")
    pairs = zip(wedges, kinds, strict=True)
    return {w: Pick("partnerships", "kind", k.value, k.label) for w, (k, _) in pairs}


def top_countries(by_country: list[CountryCount], top: int = TOP_COUNTRIES):
    """The `top` countries with the most partnerships, and the rest summed up (or None)."""
    shown, rest = by_country[:top], by_country[top:]
    if not rest:
        return shown, None
    other = CountryCount(
        "",
        str(len(rest)),
        sum(c.partnerships for c in rest),
        sum(c.suspended for c in rest),
        sum(c.ended for c in rest),
    )
    return shown, other


def draw_country(figure, data: ChartInput, tr: Translate = as_written) -> dict:
    ax = figure.add_subplot()
    _title(ax, tr(TITLES["country"]))
    shown, other = top_countries(data.figures.by_country)
    if not shown:
        return _empty(ax, tr(WORDS["none"]))
    rows = [*shown, other] if other else list(shown)
    names = [c.name for c in shown]
    if other:
        names.append(tr(WORDS["other"]).replace("%1", other.name))
    _style(ax)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=palette.GRID, linewidth=0.6)
    y = list(range(len(rows)))[::-1]  # the biggest at the top
    rest = [c.partnerships - c.suspended - c.ended for c in rows]
    suspended = [c.suspended for c in rows]
    ended = [c.ended for c in rows]
    first = ax.barh(y, rest, color=palette.OTHER, height=0.7, label=tr(WORDS["others"]))
    colour_s = palette.STATUS_COLOURS[Status.SUSPENDED]
    second = ax.barh(
        y, suspended, left=rest, color=colour_s, height=0.7, label=tr(WORDS["suspended"])
    )
    lefts = [a + b for a, b in zip(rest, suspended, strict=True)]
    colour_e = palette.STATUS_COLOURS[Status.ENDED]
    third = ax.barh(y, ended, left=lefts, color=colour_e, height=0.7, label=tr(WORDS["ended"]))
    ax.set_yticks(y, names)
    _integer_axis(ax.xaxis)
    for yy, c in zip(y, rows, strict=True):
        ax.annotate(
            f"{c.partnerships:,}",
            (c.partnerships, yy),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=FONT_SIZE,
            color=palette.INK,
        )
    ax.margins(x=0.12)
    if any(suspended) or any(ended):  # below the bars, never over them
        ax.legend(
            fontsize=FONT_SIZE - 1.5, frameon=False, loc="upper right", bbox_to_anchor=(1, -0.12),
            ncols=3, handlelength=1, columnspacing=1,
        )  # fmt: skip
    picks = {}
    for bars in (first, second, third):
        for bar, c in zip(bars, rows, strict=True):
            if c is not other:
                picks[bar] = Pick("partnerships", "country", c.country, c.name)
    return picks


def chosen_country(data: ChartInput) -> CountryCount | None:
    """The country whose share is shown: the one chosen, else the one with the most
    partnerships suspended or ended, else the first."""
    found = {c.country: c for c in data.figures.by_country}
    if data.country:
        return found.get(data.country.upper())
    stopped = [c for c in data.figures.by_country if c.suspended + c.ended]
    if stopped:
        return max(stopped, key=lambda c: (c.stopped.ratio or 0, c.partnerships))
    return data.figures.by_country[0] if data.figures.by_country else None


def share_sentence(country: CountryCount, tr: Translate = as_written) -> str:
    share = country.stopped
    percent = f"{100 * (share.ratio or 0):.1f}"
    return fill(tr(WORDS["share_of"]), f"{share.part:,}", f"{share.whole:,}", country.name, percent)


def draw_share(figure, data: ChartInput, tr: Translate = as_written) -> dict:
    ax = figure.add_subplot()
    country = chosen_country(data)
    title = tr(TITLES["share"])
    if country is None:
        _title(ax, title)
        return _empty(ax, tr(WORDS["no_country"]))
    _title(ax, f"{title}: {country.name}")
    parts = [
        (country.partnerships - country.suspended - country.ended, palette.OTHER, "others", None),
        (
            country.suspended,
            palette.STATUS_COLOURS[Status.SUSPENDED],
            "suspended",
            Status.SUSPENDED,
        ),
        (country.ended, palette.STATUS_COLOURS[Status.ENDED], "ended", Status.ENDED),
    ]
    left, picks = 0, {}
    for n, colour, word, _status in parts:
        (bar,) = ax.barh([0], [n], left=left, color=colour, height=0.5, label=tr(WORDS[word]))
        picks[bar] = Pick("partnerships", "country", country.country, country.name)
        left += n
    ax.set_xlim(0, max(left, 1))
    ax.set_ylim(-0.9, 1.2)
    ax.set_axis_off()
    ax.text(
        0,
        0.62,
        share_sentence(country, tr),
        fontsize=FONT_SIZE + 1,
        color=palette.INK,
        va="bottom",
    )
    ax.legend(fontsize=FONT_SIZE - 1, frameon=False, loc="lower left", ncols=3)
    return picks


def draw_years(figure, data: ChartInput, tr: Translate = as_written) -> dict:
    ax = figure.add_subplot()
    _title(ax, tr(TITLES["years"]))
    years = [y for y in data.figures.by_year if y.year is not None]
    if not years:
        return _empty(ax, tr(WORDS["no_exchanges"]))
    _style(ax)
    x = list(range(len(years)))  # evenly spaced, however few: one year is one slim bar
    out = [y.outbound for y in years]
    inbound = [y.inbound for y in years]
    two = [y.two_way for y in years]
    a = ax.bar(x, out, color=palette.OUTBOUND, label=tr(WORDS["outbound"]), width=0.7)
    b = ax.bar(x, inbound, bottom=out, color=palette.INBOUND, label=tr(WORDS["inbound"]), width=0.7)
    under = [o + i for o, i in zip(out, inbound, strict=True)]
    c = ax.bar(x, two, bottom=under, color=palette.TWO_WAY, label=tr(WORDS["two_way"]), width=0.7)
    step = max(1, len(years) // 10)
    ax.set_xticks(x[::step], [str(y.year) for y in years][::step])
    room = (max(len(years), 6) - len(years)) / 2  # a few years stand in the middle
    ax.set_xlim(-0.6 - room, len(years) - 0.4 + room)
    undated = sum(y.total for y in data.figures.by_year if y.year is None)
    if undated:
        ax.text(
            1.0, -0.16, tr(WORDS["undated"]).replace("%1", f"{undated:,}"),
            transform=ax.transAxes, ha="right", va="top", fontsize=FONT_SIZE - 1,
            color=palette.MUTED,
        )  # fmt: skip
    _integer_axis(ax.yaxis)
    handles = [a, b, c]
    people = [y.participants for y in years]
    if any(people):
        twin = ax.twinx()
        twin.spines[["top", "left", "bottom"]].set_visible(False)
        twin.tick_params(colors=palette.MUTED, labelsize=FONT_SIZE, length=3)
        (line,) = twin.plot(
            x, people, color=palette.INK, marker="o", markersize=3, linewidth=1.2,
            label=tr(WORDS["participants"]),
        )  # fmt: skip
        twin.set_ylim(bottom=0)
        _integer_axis(twin.yaxis)
        handles.append(line)
    ax.legend(handles=handles, fontsize=FONT_SIZE - 1, frameon=False, loc="upper right")
    ax.set_ylim(0, max(y.total for y in years) * 1.35)  # room for the legend
    picks = {}
    for bars in (a, b, c):
        for bar, y in zip(bars, years, strict=True):
            picks[bar] = Pick("exchanges", "year", y.year, str(y.year))
    return picks


def month_span(data: ChartInput) -> list[tuple[int, int]]:
    """Every month from the period's first to its last (or the first entry's to the last
    entry's), so a month without entries shows as a gap."""
    months = data.figures.by_month
    if data.figures.period:
        start, end = data.figures.period
        first, last = (start.year, start.month), (end.year, end.month)
    elif months:
        first, last = (months[0].year, months[0].month), (months[-1].year, months[-1].month)
    else:
        return []
    span = []
    year, month = first
    while (year, month) <= last:
        span.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return span


MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def draw_months(figure, data: ChartInput, tr: Translate = as_written) -> dict:
    ax = figure.add_subplot()
    span = month_span(data)
    counts: dict[tuple[int, int], MonthCount] = {
        (m.year, m.month): m for m in data.figures.by_month
    }
    if not counts:
        _title(ax, tr(TITLES["months"]))
        return _empty(ax, tr(WORDS["no_decisions"]))
    if len(span) > MONTHS_AT_MOST:
        return _draw_decision_years(ax, data, tr)
    _title(ax, tr(TITLES["months"]))
    _style(ax)
    x = list(range(len(span)))
    binding = [counts[s].binding if s in counts else 0 for s in span]
    positions = [counts[s].positions if s in counts else 0 for s in span]
    a = ax.bar(x, binding, color=palette.BINDING, label=tr(WORDS["binding"]), width=0.75)
    b = ax.bar(
        x, positions, bottom=binding, color=palette.POSITION, label=tr(WORDS["positions"]),
        width=0.75,
    )  # fmt: skip
    step = max(1, len(span) // 12)
    ax.set_xticks(
        x[::step], [f"{MONTH_NAMES[m - 1]}\n{y}" if m == 1 or i == 0 else MONTH_NAMES[m - 1]
                    for i, (y, m) in list(enumerate(span))[::step]],
    )  # fmt: skip
    _integer_axis(ax.yaxis)
    ax.legend(fontsize=FONT_SIZE - 1, frameon=False, loc="upper left")
    ax.margins(y=0.25)
    picks = {}
    for bars in (a, b):
        for bar, (y, m) in zip(bars, span, strict=True):
            picks[bar] = Pick("decisions", "month", (y, m), f"{MONTH_NAMES[m - 1]} {y}")
    return picks


def _draw_decision_years(ax, data: ChartInput, tr: Translate) -> dict:
    _title(ax, tr(WORDS["per_year"]))
    _style(ax)
    years: dict[int, list[int]] = {}
    for m in data.figures.by_month:
        c = years.setdefault(m.year, [0, 0])
        c[0] += m.binding
        c[1] += m.positions
    x = sorted(years)
    binding = [years[y][0] for y in x]
    positions = [years[y][1] for y in x]
    a = ax.bar(x, binding, color=palette.BINDING, label=tr(WORDS["binding"]), width=0.75)
    b = ax.bar(
        x, positions, bottom=binding, color=palette.POSITION, label=tr(WORDS["positions"]),
        width=0.75,
    )  # fmt: skip
    _integer_axis(ax.yaxis)
    _integer_axis(ax.xaxis)
    ax.legend(fontsize=FONT_SIZE - 1, frameon=False, loc="upper left")
    ax.margins(y=0.25)
    picks = {}
    for bars in (a, b):
        for bar, year in zip(bars, x, strict=True):
            picks[bar] = Pick("decisions", "year", year, str(year))
    return picks


DRAWERS: dict[str, Drawer] = {
    "status": draw_status,
    "kind": draw_kind,
    "country": draw_country,
    "share": draw_share,
    "years": draw_years,
    "months": draw_months,
}


def new_figure(width_in: float, height_in: float, dpi: float = 100):
    """A matplotlib Figure that belongs to no window (no pyplot)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_in, height_in), dpi=dpi, layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def chart_png(
    name: str,
    data: ChartInput,
    tr: Translate = as_written,
    *,
    width_in: float = 5.2,
    height_in: float = 2.9,
    dpi: int = 220,
) -> bytes:
    """One chart as a PNG, for a printed page (Agg: safe off the GUI thread)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = new_figure(width_in, height_in, dpi)
    FigureCanvasAgg(figure)
    DRAWERS[name](figure, data, tr)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()


def overview_png(data: ChartInput, tr: Translate = as_written, *, dpi: int = 150) -> bytes:
    """Every chart of the Overview on one picture, two a row (File > Save as PNG)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = new_figure(11.0, 3.0 * ((len(ORDER) + 1) // 2), dpi)
    FigureCanvasAgg(figure)
    cells = figure.subfigures((len(ORDER) + 1) // 2, 2)
    for cell, name in zip(cells.flat, ORDER, strict=False):
        DRAWERS[name](cell, data, tr)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()


@dataclass
class RenderedChart:
    """A chart drawn for the window: its pixels, and what each bar or slice stands for
    (with the figure, to find which one is under the mouse)."""

    name: str
    figure: Any
    picks: dict
    rgba: bytes
    width: int  # pixels
    height: int


def render_chart(
    name: str, data: ChartInput, tr: Translate, width: int, height: int, ratio: float = 1.0
) -> RenderedChart:
    """One chart drawn by Agg to pixels, `width` x `height` device-independent pixels at the
    screen's `ratio`: in a worker, so the window never waits for matplotlib."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    dpi = 100 * ratio
    figure = new_figure(width / 100, height / 100, dpi)
    canvas = FigureCanvasAgg(figure)
    picks = DRAWERS[name](figure, data, tr)
    canvas.draw()
    w, h = canvas.get_width_height(physical=True)
    return RenderedChart(name, figure, picks, bytes(canvas.buffer_rgba()), w, h)
