"""The world map drawn with Qt's graphics view: the countries, each community at its
coordinates and a line from the local community to each partner, coloured by status.

Built for tens of thousands of partnerships: the countries are two path items, the lines
and dots one cached picture (map_layer.py) drawn with cosmetic pens, so they keep their
width at any zoom. What lies under the mouse is found with NumPy over the same coordinates,
not by asking thousands of items.
"""

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView

from desktop.domain.enums import Status
from desktop.domain.projection import X_MAX, Y_MAX
from desktop.reports import palette
from desktop.reports.world_drawing import SCALE, land_path, to_scene, world_outline
from desktop.services.world_map import Link, MapSelection, Place
from desktop.ui.glance.map_layer import DRAW_ORDER, Layer, LinkLayer

MAX_ZOOM = 80.0
HIT_PIXELS = 7  # how near the mouse a dot or line must be, on screen


def _cosmetic(colour: str, width: float, cap=Qt.PenCapStyle.RoundCap) -> QPen:
    pen = QPen(QColor(colour), width, Qt.PenStyle.SolidLine, cap)
    pen.setCosmetic(True)  # the same width on screen at every zoom
    return pen


def _item(path: QPainterPath, pen: QPen, z: float, brush=None) -> QGraphicsPathItem:
    item = QGraphicsPathItem(path)
    item.setPen(pen)
    item.setBrush(brush or QBrush(Qt.BrushStyle.NoBrush))
    item.setZValue(z)
    item.setAcceptHoverEvents(False)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


@dataclass(frozen=True)
class Segment:
    link: Link
    start: QPointF
    end: QPointF


class WorldScene(QGraphicsScene):
    def __init__(self, parent=None):
        super().__init__(parent)
        margin = 20
        self.world = QRectF(
            -X_MAX * SCALE - margin,
            -Y_MAX * SCALE - margin,
            2 * (X_MAX * SCALE + margin),
            2 * (Y_MAX * SCALE + margin),
        )
        self.setSceneRect(self.world)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # few, large items
        self.setBackgroundBrush(QColor("#dfe4ea"))
        self.addItem(_item(world_outline(), _cosmetic(palette.MUTED, 0.8), 0, QColor(palette.SEA)))
        land = _item(land_path(), _cosmetic(palette.LAND_EDGE, 0.6), 1, QColor(palette.LAND))
        # Drawn once a zoom, then copied while panning (Qt keeps what the view shows).
        land.setCacheMode(QGraphicsPathItem.CacheMode.DeviceCoordinateCache)
        self.addItem(land)
        self.status_paths: dict[Status, QPainterPath] = {}  # the lines of each status
        self.layer: LinkLayer | None = None
        self.selection = MapSelection()
        self.segments: list[Segment] = []
        self._places: list[Place] = []
        self._place_xy = np.zeros((0, 2))
        self._seg_xy = np.zeros((0, 4))

    def show_selection(self, selection: MapSelection) -> None:
        if self.layer is not None:
            self.layer.finish()
            self.removeItem(self.layer)
        self.selection = selection
        points = {cid: to_scene(p.latitude, p.longitude) for cid, p in selection.places.items()}
        self.status_paths = {status: QPainterPath() for status in Status}
        self.segments = []
        for link in selection.links:
            start, end = points[link.local_id], points[link.partner_id]
            path = self.status_paths.get(link.status)
            if path is None:
                continue
            path.moveTo(start)
            path.lineTo(end)
            self.segments.append(Segment(link, start, end))
        self._places = list(selection.places.values())
        partners = [points[p.community_id] for p in self._places if not p.local]
        locals_ = [points[p.community_id] for p in self._places if p.local]
        drawn = Layer(
            self.status_paths, QPolygonF(partners), QPolygonF(locals_), len(self.segments)
        )
        self.layer = LinkLayer(drawn, self.world)
        self.layer.setZValue(2)
        self.addItem(self.layer)
        self._place_xy = np.array(
            [(points[p.community_id].x(), points[p.community_id].y()) for p in self._places]
        ).reshape(-1, 2)
        self._seg_xy = np.array(
            [(s.start.x(), s.start.y(), s.end.x(), s.end.y()) for s in self.segments]
        ).reshape(-1, 4)

    # --- what is under the mouse --------------------------------------------------------

    def place_at(self, pos: QPointF, tolerance: float) -> Place | None:
        if not len(self._place_xy):
            return None
        d2 = ((self._place_xy - (pos.x(), pos.y())) ** 2).sum(axis=1)
        nearest = int(d2.argmin())
        return self._places[nearest] if d2[nearest] <= tolerance**2 else None

    def link_at(self, pos: QPointF, tolerance: float) -> Link | None:
        """The line nearest the point within `tolerance` (the rarest status wins a tie)."""
        if not len(self._seg_xy):
            return None
        a, b = self._seg_xy[:, :2], self._seg_xy[:, 2:]
        p = np.array((pos.x(), pos.y()))
        ab = b - a
        length2 = (ab**2).sum(axis=1)
        t = np.where(length2 > 0, ((p - a) * ab).sum(axis=1) / np.maximum(length2, 1e-12), 0)
        t = np.clip(t, 0, 1)
        d2 = ((a + ab * t[:, None] - p) ** 2).sum(axis=1)
        near = np.flatnonzero(d2 <= tolerance**2)
        if not len(near):
            return None
        rank = {s: i for i, s in enumerate(DRAW_ORDER)}
        best = max(near, key=lambda i: (rank[self.segments[i].link.status], -d2[i]))
        return self.segments[int(best)].link

    def links_of(self, community_id: int) -> list[Link]:
        return [
            s.link for s in self.segments if community_id in (s.link.local_id, s.link.partner_id)
        ]


class WorldView(QGraphicsView):
    """Drag to pan, wheel (or + and -) to zoom about the mouse; says what is under it."""

    hovered = Signal(object)  # a Place, a Link, or None
    clicked = Signal(object, QPointF)  # a Place or a Link, and where (global position)

    def __init__(self, scene: WorldScene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setMouseTracking(True)
        self._press = None
        self._under = None

    def world_scene(self) -> WorldScene:
        return self.scene()

    def zoom(self) -> float:
        return self.transform().m11() / self._fit_scale()

    def _fit_scale(self) -> float:
        world = self.world_scene().world
        view = self.viewport().rect()
        return min(view.width() / world.width(), view.height() / world.height()) or 1.0

    def show_whole_world(self) -> None:
        self.fitInView(self.world_scene().world, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom_by(self, factor: float) -> None:
        wanted = max(1.0, min(MAX_ZOOM, self.zoom() * factor))
        self.scale(wanted / self.zoom(), wanted / self.zoom())

    def wheelEvent(self, event):  # Qt's name
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def keyPressEvent(self, event):  # Qt's name
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.5)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.5)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event):  # Qt's name: never smaller than the whole world
        super().resizeEvent(event)
        if self.zoom() < 1.0:
            self.show_whole_world()

    def thing_at(self, view_pos) -> Place | Link | None:
        scene = self.world_scene()
        pos = self.mapToScene(view_pos)
        tolerance = HIT_PIXELS / max(self.transform().m11(), 1e-9)
        return scene.place_at(pos, tolerance) or scene.link_at(pos, tolerance * 0.6)

    def mouseMoveEvent(self, event):  # Qt's name
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            under = self.thing_at(event.position().toPoint())
            if under != self._under:
                self._under = under
                self.hovered.emit(under)
                self.viewport().setCursor(
                    Qt.CursorShape.PointingHandCursor if under else Qt.CursorShape.OpenHandCursor
                )

    def mousePressEvent(self, event):  # Qt's name
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):  # Qt's name: a click, not the end of a drag
        super().mouseReleaseEvent(event)
        moved = self._press is not None and (event.position() - self._press).manhattanLength()
        if event.button() == Qt.MouseButton.LeftButton and moved is not None and moved < 4:
            under = self.thing_at(event.position().toPoint())
            if under is not None:
                self.clicked.emit(under, event.globalPosition())
        self._press = None

    def picture(self, scale: float = 2.0) -> QImage:
        """What the view shows, drawn afresh at `scale` times its size (lines and dots keep
        their width in proportion) for printing and PNG."""
        size = self.viewport().size()
        image = QImage(
            int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_RGB32
        )
        image.setDevicePixelRatio(scale)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        source = self.mapToScene(self.viewport().rect()).boundingRect()
        self.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        return image
