"""The partnerships' lines and dots on the map, as a cached picture.

Tens of thousands of long lines take a fraction of a second to draw (26,000 took 0.4-0.8 s
a frame on a 2-core machine, bench/map_pan_zoom.py), too slow to draw afresh while the clerk
drags. So the layer is drawn once into an image a little larger than the view, at the
view's scale, in a worker thread (QPainter on a QImage is safe there); every frame only
copies that image, moved or stretched as the view pans and zooms, and a sharp one replaces
it a moment after the view stops. Printing and Save as PNG draw the lines themselves, at
full quality, on the printer or picture.
"""

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from desktop.domain.enums import Status
from desktop.reports import palette

DRAW_ORDER = (Status.ACTIVE, Status.PROPOSED, Status.SUSPENDED, Status.ENDED)  # rare on top
MARGIN = 0.25  # of the view, drawn beyond each edge, so a short drag shows no gap
SETTLE_MS = 90  # a sharp picture is drawn this long after the view stops moving
SMOOTH_UP_TO = 4000  # lines drawn antialiased up to this many (more: plain, 8 times faster)


def _cosmetic(colour: str, width: float, cap=Qt.PenCapStyle.RoundCap) -> QPen:
    pen = QPen(QColor(colour), width, Qt.PenStyle.SolidLine, cap)
    pen.setCosmetic(True)  # the same width on the screen or the page at every zoom
    return pen


@dataclass(frozen=True)
class Layer:
    """What is drawn: a path of lines a status, and the dots of partners and of locals."""

    lines: dict[Status, QPainterPath]
    partners: QPolygonF  # drawn as points with a wide round pen: 20 times faster than paths
    locals: QPolygonF
    count: int  # lines

    def pens(self) -> dict[Status, QPen]:
        return {
            s: _cosmetic(palette.STATUS_COLOURS[s], 1.3, Qt.PenCapStyle.FlatCap) for s in Status
        }

    def draw(self, painter: QPainter, *, smooth: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pens = self.pens()
        for status in DRAW_ORDER:
            painter.setPen(pens[status])
            painter.drawPath(self.lines[status])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for path, pen in (
            (self.partners, _cosmetic(palette.INK, 6.5)),
            (self.partners, _cosmetic("#ffffff", 3.2)),
            (self.locals, _cosmetic("#ffffff", 9)),
            (self.locals, _cosmetic(palette.INK, 6.5)),
        ):
            painter.setPen(pen)
            painter.drawPoints(path)


def render(layer: Layer, area: QRectF, scale: float) -> QImage:
    """The layer's part within `area` (map units), `scale` pixels a unit; transparent."""
    image = QImage(
        max(1, round(area.width() * scale)),
        max(1, round(area.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-area.left(), -area.top())
    layer.draw(painter, smooth=layer.count <= SMOOTH_UP_TO)
    painter.end()
    return image


class _Done(QObject):
    rendered = Signal(int, object, object)  # generation, the image, the area it covers


class _Render(QRunnable):
    def __init__(self, generation: int, layer: Layer, area: QRectF, scale: float):
        super().__init__()
        self.done = _Done()
        self._job = (generation, layer, area, scale)

    def run(self) -> None:
        generation, layer, area, scale = self._job
        image = render(layer, area, scale)
        with contextlib.suppress(RuntimeError):  # the map was closed meanwhile
            self.done.rendered.emit(generation, image, area)


class LinkLayer(QGraphicsObject):
    """The layer as one item over the whole map; draws its cached picture on screen."""

    def __init__(self, layer: Layer, bounds: QRectF):
        super().__init__()
        self.layer, self._bounds = layer, bounds
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._image: QImage | None = None
        self._image_area = QRectF()
        self._image_scale = 0.0
        self._generation = 0
        self._wanted: tuple[QRectF, float] | None = None
        self._pool = QThreadPool(self)  # its own thread: never queued behind table pages
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self._start_render)
        self._renders: list[_Render] = []

    def boundingRect(self) -> QRectF:  # Qt's name
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None):  # Qt's name
        if widget is None:  # a printer or a picture: the lines themselves, sharp
            self.layer.draw(painter, smooth=True)
            return
        if self._image is not None:
            painter.drawImage(self._image_area, self._image)
        self._want(widget)

    def _want(self, viewport) -> None:
        view = viewport.parent()
        visible = view.mapToScene(viewport.rect()).boundingRect()
        scale = view.transform().m11() * viewport.devicePixelRatioF()
        if (
            self._image is not None
            and abs(self._image_scale - scale) < 1e-6 * scale
            and self._image_area.contains(visible)
        ):
            return
        area = visible.adjusted(
            -visible.width() * MARGIN,
            -visible.height() * MARGIN,
            visible.width() * MARGIN,
            visible.height() * MARGIN,
        ).intersected(self._bounds)
        self._wanted = (area, scale)
        self._timer.start()  # once the view has stopped moving

    def _start_render(self) -> None:
        if self._wanted is None:
            return
        area, scale = self._wanted
        self._wanted = None
        self._generation += 1
        job = _Render(self._generation, self.layer, area, scale)
        job.done.rendered.connect(self._on_rendered)
        self._renders.append(job)
        self._pool.start(job)

    def _on_rendered(self, generation: int, image: QImage, area: QRectF) -> None:
        self._renders = [r for r in self._renders if r._job[0] > generation]
        if generation != self._generation:
            return  # the view moved on; a newer picture is coming
        self._image, self._image_area = image, area
        self._image_scale = image.width() / area.width() if area.width() else 0.0
        self.update()

    def is_sharp(self) -> bool:
        """Whether the picture on screen is the one for the view as it is (tests, bench)."""
        return self._image is not None and self._wanted is None and not self._renders

    def render_now(self, viewport) -> None:
        """Draw the picture for the view as it is, in this thread (the bench's timing)."""
        self._want(viewport)
        if self._wanted is not None:
            area, scale = self._wanted
            self._wanted = None
            self._timer.stop()
            self._image, self._image_area = render(self.layer, area, scale), area
            self._image_scale = scale
            self.update()

    def finish(self) -> None:
        """Wait for a picture being drawn (the map is going away)."""
        self._timer.stop()
        self._pool.waitForDone(5000)
