"""One chart of the Overview in the window: a picture matplotlib drew in a worker
(charts.render_chart), and which of its bars or slices is under the mouse. matplotlib is
never asked to draw on the GUI thread, so the window does not wait for it."""

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.reports import charts

CHART_HEIGHT = 290  # device-independent pixels


def chart_tr(text: str) -> str:
    return QCoreApplication.translate(charts.CONTEXT, text)


class ChartView(QWidget):
    picked = Signal(object)  # a charts.Pick

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.chart: charts.RenderedChart | None = None
        self._image: QImage | None = None
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(chart_tr(charts.TITLES[name]))

    def show_chart(self, chart: "charts.RenderedChart") -> None:
        image = QImage(chart.rgba, chart.width, chart.height, QImage.Format.Format_RGBA8888)
        self._image = image.copy()  # its own pixels, not the bytes it was made from
        self._image.setDevicePixelRatio(chart.width / max(1, self.wanted_size()[0]))
        self.chart = chart
        self.update()

    def wanted_size(self) -> tuple[int, int]:
        """The size to draw the chart at (device-independent pixels)."""
        return max(self.width(), 200), max(self.height(), CHART_HEIGHT)

    def paintEvent(self, event):  # Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self._image is not None:
            painter.drawImage(QPointF(0, 0), self._image)
        painter.end()

    def picks(self) -> dict:
        """Each clickable bar or slice and what it stands for (tests click them)."""
        return dict(self.chart.picks) if self.chart else {}

    def pick_at(self, x: float, y: float):
        """The Pick under a point of the widget, or None."""
        if self.chart is None:
            return None
        ratio = self._image.devicePixelRatio() if self._image is not None else 1.0
        point = (x * ratio, self.chart.height - y * ratio)  # matplotlib counts from the bottom
        for artist, pick in self.chart.picks.items():
            if artist.contains_point(point):
                return pick
        return None

    def centre_of(self, artist) -> tuple[float, float]:
        """Where a bar or slice is, in the widget's coordinates."""
        ratio = self._image.devicePixelRatio() if self._image is not None else 1.0
        if hasattr(artist, "theta1"):  # a slice: halfway across the ring, mid-angle
            import math

            angle = math.radians((artist.theta1 + artist.theta2) / 2)
            radius = artist.r - (artist.width or 0) / 2
            cx, cy = artist.center
            x, y = artist.axes.transData.transform(
                (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
            )
        else:
            box = artist.get_window_extent()
            x, y = box.x0 + box.width / 2, box.y0 + box.height / 2
        return x / ratio, (self.chart.height - y) / ratio

    def mouseMoveEvent(self, event):  # Qt's name
        over = self.pick_at(event.position().x(), event.position().y())
        if over is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(over.label)
        else:
            self.unsetCursor()
            self.setToolTip("")

    def mouseReleaseEvent(self, event):  # Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            pick = self.pick_at(event.position().x(), event.position().y())
            if pick is not None:
                self.picked.emit(pick)
