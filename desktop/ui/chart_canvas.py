"""One chart of the Overview in the window: a matplotlib canvas (QtAgg) that says which bar
or slice was clicked. Imported only when the Overview is first shown (matplotlib and NumPy
take most of a second to import), never at start-up."""

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QSizePolicy

from desktop.reports import charts

CANVAS_HEIGHT = 290  # device-independent pixels


def _tr(text: str) -> str:
    return QCoreApplication.translate(charts.CONTEXT, text)


class ChartCanvas(FigureCanvasQTAgg):
    picked = Signal(object)  # a charts.Pick

    def __init__(self, name: str, parent=None):
        self.name = name
        self._picks: dict = {}
        super().__init__(charts.new_figure(5.0, 2.9))
        self.setParent(parent)
        self.setMinimumHeight(CANVAS_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(_tr(charts.TITLES[name]))
        self.mpl_connect("pick_event", self._on_pick)
        self.mpl_connect("motion_notify_event", self._on_motion)

    def draw_chart(self, data: charts.ChartInput) -> None:
        self.figure.clear()
        self._picks = charts.DRAWERS[self.name](self.figure, data, _tr)
        for artist in self._picks:
            artist.set_picker(True)
        self.draw_idle()

    def picks(self) -> dict:
        """Each clickable bar or slice and what it stands for (tests click them)."""
        return dict(self._picks)

    def centre_of(self, artist) -> tuple[float, float]:
        """Where a bar or slice is on the canvas, in widget coordinates (for tests and
        for telling the clerk what a click would do)."""
        self.draw()
        box = artist.get_window_extent(self.get_renderer())
        ratio = self.device_pixel_ratio or 1
        x, y = box.x0 + box.width / 2, box.y0 + box.height / 2
        if hasattr(artist, "theta1"):  # a slice: its middle, halfway across the ring
            x, y = _slice_point(artist, self)
        return x / ratio, self.height() - y / ratio

    def _on_pick(self, event) -> None:
        pick = self._picks.get(event.artist)
        if pick is not None and event.mouseevent.button == 1:
            self.picked.emit(pick)

    def _on_motion(self, event) -> None:
        over = any(artist.contains(event)[0] for artist in self._picks) if event.inaxes else False
        if over:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()


def _slice_point(wedge, canvas) -> tuple[float, float]:
    import math

    angle = math.radians((wedge.theta1 + wedge.theta2) / 2)
    radius = wedge.r - (wedge.width or 0) / 2
    cx, cy = wedge.center
    point = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return tuple(wedge.axes.transData.transform(point))
