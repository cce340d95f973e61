"""Reading TopoJSON (https://github.com/topojson/topojson-specification), the format the
world map's country shapes come in: shared, delta-encoded, quantized arcs, which polygons
name by index (a negative index ~i is arc i walked backwards).

Plain Python, no Qt: a ring is a list of (longitude, latitude) pairs.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

Point = tuple[float, float]
Ring = list[Point]


class TopologyError(ValueError):
    """The file is not TopoJSON this reader understands."""


@dataclass(frozen=True)
class Shape:
    id: str  # ISO 3166-1 numeric code in Natural Earth's countries ('643'), may be ''
    name: str
    polygons: list[list[Ring]]  # each polygon: its outer ring, then its holes


def decode_arcs(topology: dict) -> list[Ring]:
    """Every arc as absolute (longitude, latitude) points."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology.get("arcs", []):
        if transform:
            (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for position in arc:
                x += position[0]
                y += position[1]
                points.append((x * kx + dx, y * ky + dy))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def ring(arcs: list[Ring], indexes: Iterable[int]) -> Ring:
    """Join arcs into one ring; each arc after the first starts where the last ended, so
    its first point is dropped."""
    points: Ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        if not arc:
            continue
        points.extend(arc if not points else arc[1:])
    return points


def shapes(topology: dict, object_name: str) -> list[Shape]:
    """The named object's polygons and multipolygons (other geometries are skipped)."""
    if topology.get("type") != "Topology":
        raise TopologyError("not a TopoJSON topology")
    try:
        collection = topology["objects"][object_name]
    except KeyError as exc:
        raise TopologyError(f"no object called {object_name!r}") from exc
    arcs = decode_arcs(topology)
    geometries = collection.get("geometries", [collection])
    found = []
    for geometry in geometries:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        found.append(
            Shape(
                id=str(geometry.get("id", "")),
                name=(geometry.get("properties") or {}).get("name", ""),
                polygons=[[ring(arcs, r) for r in polygon] for polygon in polygons],
            )
        )
    return found


def split_at_antimeridian(points: Ring) -> list[Ring]:
    """A ring drawn on a flat map: one that crosses longitude ±180 (Fiji, the east tip of
    Russia) becomes its western and eastern parts, each closed along the meridian; drawn
    whole it would streak across the map. A ring around a pole (Antarctica) comes back to
    its start only after a full turn: it is kept as it is."""
    if len(points) < 3 or all(abs(b[0] - a[0]) <= 180 for a, b in pairwise(points)):
        return [points]
    unwrapped = [points[0]]
    shift = 0.0
    for a, b in pairwise(points):
        step = b[0] - a[0]
        if step > 180:
            shift -= 360
        elif step < -180:
            shift += 360
        unwrapped.append((b[0] + shift, b[1]))
    if abs(unwrapped[-1][0] - unwrapped[0][0]) > 180:  # around a pole
        return [points]
    edge = 180.0 if max(x for x, _ in unwrapped) > 180 else -180.0
    parts = [_clip(unwrapped, edge, keep_below=True), _clip(unwrapped, edge, keep_below=False)]
    offset = -360.0 if edge > 0 else 360.0
    pieces = []
    for part, moved in zip(parts, (edge < 0, edge > 0), strict=True):
        if len(part) >= 3:
            pieces.append([(x + offset, y) if moved else (x, y) for x, y in part])
    return pieces


def _clip(points: Ring, edge: float, *, keep_below: bool) -> Ring:
    """Sutherland-Hodgman against one meridian: the part west (or east) of `edge`."""

    def inside(p: Point) -> bool:
        return p[0] <= edge if keep_below else p[0] >= edge

    out: Ring = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(_crossing(previous, current, edge))
            out.append(current)
        elif inside(previous):
            out.append(_crossing(previous, current, edge))
    return out


def _crossing(a: Point, b: Point, edge: float) -> Point:
    t = (edge - a[0]) / (b[0] - a[0])
    return (edge, a[1] + t * (b[1] - a[1]))
