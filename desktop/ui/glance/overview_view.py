"""The Overview tab: the selection's figures as charts, from the same service as the
briefing workbook's summary (services/briefing_figures), so the two never disagree.

It selects what the Partnerships tab selects: its filter bar is a twin of that tab's, each
change on one shown on the other. A click on a bar or slice asks the window to filter the
list it counts (`picked`). Nothing of matplotlib is imported until the tab is first shown:
then the figures are counted and matplotlib imported in a worker, and the charts drawn.
"""

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError, format_day, parse_typed
from desktop.domain.words import fill
from desktop.reports import charts
from desktop.services.briefing_figures import BriefingFigures, briefing_figures
from desktop.services.needs_attention import AttentionKind, count_needing_attention
from desktop.store.database import Database
from desktop.ui.glance.chart_view import ChartView, chart_tr
from desktop.ui.tables.record_view import RecordView
from desktop.ui.tables.twin_filters import twin_bar
from desktop.ui.worker import Worker

CHARTS = ("status", "kind", "country", "share", "years", "months")
EARLIEST = date(1800, 1, 1)  # a period given only its end starts here


@dataclass(frozen=True)
class Shown:
    """What the Overview shows, for printing it as it is."""

    figures: BriefingFigures
    country: str | None
    attention: dict[AttentionKind, int] | None
    selection: list[str]


def _draw_charts(figures: BriefingFigures, country, sizes: dict, ratio: float) -> list:
    """In a worker: each chart drawn by matplotlib (imported the first time, most of a
    second) at its view's size."""
    data = charts.ChartInput(figures, country)
    return [
        charts.render_chart(name, data, chart_tr, width, height, ratio)
        for name, (width, height) in sizes.items()
    ]


def _count_and_draw(db: Database, f, period, country, sizes: dict, ratio: float):
    figures = briefing_figures(db, f, period)
    return figures, _draw_charts(figures, country, sizes, ratio)


class OverviewView(QWidget):
    picked = Signal(object)  # a charts.Pick: the window filters the list it counts
    attention_requested = Signal()  # the clerk clicked a count of Needs attention

    def __init__(self, *, db: Database, follows: RecordView, parent=None):
        super().__init__(parent)
        self._db = db
        self._generation = 0
        self._stale = True
        self._workers: list[Worker] = []
        self.canvases: dict[str, ChartView] = {}
        self.figures: BriefingFigures | None = None
        self.attention: dict[AttentionKind, int] | None = None
        self.bar = twin_bar(self, follows, self.refresh)

        self.period_from = self._date_field(self.tr("from"))
        self.period_to = self._date_field(self.tr("to"))
        self.country = QComboBox(self)
        self.country.setMinimumContentsLength(24)
        self.country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country.setAccessibleName(self.tr("Share suspended or ended for"))
        self.country.activated.connect(self._on_country_chosen)
        options = QHBoxLayout()
        for text, widget in (
            (self.tr("Decisions counted"), self.period_from),
            ("–", self.period_to),
            (self.tr("Share suspended or ended for"), self.country),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            options.addWidget(caption)
            options.addWidget(widget)
        options.addStretch(1)

        self.selection = QLabel(self)
        self.selection.setWordWrap(True)
        self.selection.setObjectName("overview-selection")
        # The counts of Needs attention, each a link to that tab (wrapped on a narrow screen).
        self.attention_line = QLabel(self)
        self.attention_line.setWordWrap(True)
        self.attention_line.setTextFormat(Qt.TextFormat.RichText)
        self.attention_line.setToolTip(self.tr("Show the Needs attention tab"))
        self.attention_line.linkActivated.connect(lambda _link: self.attention_requested.emit())
        self._show_attention(None)

        self.status_line = QLabel(self.tr("The charts are drawn when this tab is first shown."))
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        for i, name in enumerate(CHARTS):
            chart = ChartView(name, self)
            chart.picked.connect(self.picked)
            self.grid.addWidget(chart, i // 2, i % 2)
            self.canvases[name] = chart
        self._resized = QTimer(self, singleShot=True, interval=200)
        self._resized.timeout.connect(self._redraw)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.grid)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(options)
        layout.addWidget(self.selection)
        layout.addWidget(self.attention_line)
        layout.addWidget(self.status_line)
        layout.addWidget(self.scroll, 1)

    def _date_field(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(60)
        edit.setAccessibleName(self.tr("Decisions counted %1").replace("%1", placeholder))
        edit.editingFinished.connect(self.refresh)
        return edit

    # --- what is selected ---------------------------------------------------------------

    def current_filter(self):
        return self.bar.values()

    def period(self) -> tuple[date, date] | None:
        """The decisions' period: both fields empty count everything up to the as-of date."""
        start = self._period_day(self.period_from, end=False)
        end = self._period_day(self.period_to, end=True)
        if start is None and end is None:
            return None
        return (start or EARLIEST, end or self.current_filter().as_of)

    def _period_day(self, edit: QLineEdit, *, end: bool) -> date | None:
        try:
            typed = parse_typed(edit.text(), day_first=self.bar.day_first)
        except DateError as exc:
            edit.setStyleSheet("QLineEdit { border: 2px solid #c0392b; }")
            edit.setToolTip(str(exc))
            return None
        edit.setStyleSheet("")
        edit.setToolTip("")
        if typed is None or typed.value is None:
            return None
        return typed.end if end else typed.start

    def describe(self) -> list[str]:
        words = self.bar.describe()
        if not self.bar.narrows():
            words.insert(0, self.tr("All partnerships"))
        period = self.period()
        if period is None:
            as_of = format_day(self.current_filter().as_of)
            words.append(self.tr("Decisions: all on record up to %1").replace("%1", as_of))
        else:
            words.append(
                fill(self.tr("Decisions: %1 to %2"), format_day(period[0]), format_day(period[1]))
            )
        return words

    def shown(self) -> Shown | None:
        if self.figures is None:
            return None
        return Shown(self.figures, self.country.currentData(), self.attention, self.describe())

    # --- keeping up -----------------------------------------------------------------------

    def showEvent(self, event):  # Qt's name: the first showing draws the charts
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Count again (after a save, an import, a change of filters); while the tab is
        hidden, only note that it must (no matplotlib at start-up, no counting unseen)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, f, period = self._generation, self.current_filter(), self.period()
        self.status_line.setText(self.tr("Counting..."))
        self.status_line.setVisible(True)
        country, sizes, ratio = self.country.currentData(), self._sizes(), self.devicePixelRatioF()
        db = self._db
        worker = Worker(
            lambda _progress: (generation, *_count_and_draw(db, f, period, country, sizes, ratio))
        )
        # Bound methods, not lambdas: a window closed meanwhile is never called back.
        worker.signals.finished.connect(self._on_counted)
        worker.signals.failed.connect(self.status_line.setText)
        self._start(worker)
        counting = Worker(lambda _progress: (generation, count_needing_attention(db, f)))
        counting.signals.finished.connect(self._on_attention)
        self._start(counting)

    def _start(self, worker: Worker) -> None:
        self._workers.append(worker)
        worker.signals.finished.connect(lambda _r, w=worker: self._forget(w))
        worker.signals.failed.connect(lambda _m, w=worker: self._forget(w))
        worker.start()

    def _forget(self, worker: Worker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)

    def is_busy(self) -> bool:
        return bool(self._workers)

    def _sizes(self, names=CHARTS) -> dict[str, tuple[int, int]]:
        return {name: self.canvases[name].wanted_size() for name in names}

    def _on_counted(self, found: tuple) -> None:
        generation, figures, drawn = found
        if generation != self._generation:
            return  # a newer selection is being counted
        self.figures = figures
        self._fill_countries(figures)
        self.selection.setText(" · ".join(self.describe()))
        self._show(drawn)
        self.status_line.setVisible(False)

    def _show(self, drawn: list) -> None:
        for chart in drawn:
            self.canvases[chart.name].show_chart(chart)

    def _redraw(self, names=CHARTS) -> None:
        """The charts again at their views' sizes (after a resize, a new country)."""
        if self.figures is None or not self.isVisible():
            return
        figures, country = self.figures, self.country.currentData()
        sizes, ratio, generation = self._sizes(names), self.devicePixelRatioF(), self._generation
        worker = Worker(
            lambda _progress: (generation, _draw_charts(figures, country, sizes, ratio))
        )
        worker.signals.finished.connect(self._on_redrawn)
        self._start(worker)

    def _on_redrawn(self, found: tuple) -> None:
        generation, drawn = found
        if generation == self._generation:
            self._show(drawn)

    def resizeEvent(self, event):  # Qt's name: the charts fit the new width
        super().resizeEvent(event)
        drawn_at = [c.chart.width for c in self.canvases.values() if c.chart is not None]
        if drawn_at:
            self._resized.start()

    def _on_attention(self, found: tuple) -> None:
        generation, counts = found
        if generation == self._generation:
            self.attention = counts
            self._show_attention(counts)

    def attention_texts(self) -> list[str]:
        """'Dormant: 1', one a kind ('…' while still counting)."""
        counts = self.attention
        return [
            f"{kind.label}: {'…' if counts is None else format(counts[kind], ',')}"
            for kind in AttentionKind
        ]

    def _show_attention(self, counts) -> None:
        links = " &nbsp;·&nbsp; ".join(
            f'<a href="attention">{html.escape(text)}</a>' for text in self.attention_texts()
        )
        self.attention_line.setText(self.tr("Needs attention:") + " " + links)

    def _fill_countries(self, figures: BriefingFigures) -> None:
        chosen = self.country.currentData()
        self.country.clear()
        self.country.addItem(self.tr("the most suspended or ended"), None)
        for c in figures.by_country:
            self.country.addItem(c.name, c.country)
        found = self.country.findData(chosen)
        self.country.setCurrentIndex(max(found, 0))

    def _on_country_chosen(self, _index: int) -> None:
        self._redraw(("share",))
