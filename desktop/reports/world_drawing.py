"""The world drawn with QPainter paths: the countries and the edge of the map on the Equal
Earth projection, in the map's own units (the window's map shows them; printed maps draw
them on an image). Paths only, no widgets: safe in a worker."""

from functools import lru_cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

from desktop.domain.projection import project
from desktop.domain.topojson import split_at_antimeridian
from desktop.services.world_map import country_shapes

SCALE = 100.0  # map units per Earth radius: the world is about 541 x 263


def to_scene(latitude: float, longitude: float) -> QPointF:
    """Where a place is on the map (y grows southward, as on a screen)."""
    x, y = project(latitude, longitude)
    return QPointF(x * SCALE, -y * SCALE)


def world_outline() -> QPainterPath:
    """The edge of the map: the meridians ±180 joined at the poles."""
    path = QPainterPath()
    east = [to_scene(lat, 180) for lat in range(-90, 91, 2)]
    west = [to_scene(lat, -180) for lat in range(90, -91, -2)]
    path.addPolygon(QPolygonF(east + west))
    path.closeSubpath()
    return path


@lru_cache(maxsize=1)
def land_path() -> QPainterPath:
    """Every country, as one path (its rings split where they cross longitude ±180)."""
    path = QPainterPath()
    for shape in country_shapes():
        for polygon in shape.polygons:
            for ring in polygon:
                for piece in split_at_antimeridian(ring):
                    path.addPolygon(QPolygonF([to_scene(lat, lon) for lon, lat in piece]))
                    path.closeSubpath()
    return path
