"""The map's geometry: the Equal Earth projection, TopoJSON decoding and country rings that
cross longitude ±180."""

import json
from itertools import pairwise

import pytest

from desktop.domain.projection import X_MAX, Y_MAX, project, unproject
from desktop.domain.topojson import TopologyError, shapes, split_at_antimeridian
from desktop.services.world_map import COUNTRIES, country_shapes


def test_equal_earth_at_its_known_points():
    assert project(0, 0) == (0, 0)
    # The published constants: the equator's ends and the poles.
    assert project(0, 180)[0] == pytest.approx(2.70663, abs=1e-5) == X_MAX
    assert project(90, 0)[1] == pytest.approx(1.31736, abs=1e-5) == Y_MAX
    assert project(-90, 0)[1] == pytest.approx(-Y_MAX)
    x, y = project(36.8468, -76.2852)  # Norfolk: west and north
    assert x < 0 < y


@pytest.mark.parametrize(
    "lat, lon", [(36.8468, -76.2852), (54.7065, 20.511), (-33.87, 151.21), (89.9, -179.9)]
)
def test_projected_places_come_back_where_they_were(lat, lon):
    assert unproject(*project(lat, lon)) == pytest.approx((lat, lon), abs=1e-9)


def test_arcs_are_delta_decoded_and_walked_backwards_when_negative():
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [10, 20]},
        # arc 0: (10,20) -> (12,20) -> (12,23); arc 1: (12,23) -> (10,20)
        "arcs": [[[0, 0], [2, 0], [0, 3]], [[2, 3], [-2, -3]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": {"name": "A"}},
                    {"type": "MultiPolygon", "arcs": [[[~1, ~0]]], "properties": {"name": "B"}},
                    {"type": "Point", "coordinates": [0, 0]},
                ],
            }
        },
    }
    a, b = shapes(topology, "countries")
    assert (a.id, a.name) == ("1", "A")
    assert a.polygons == [[[(10, 20), (12, 20), (12, 23), (10, 20)]]]
    assert b.polygons == [[[(10, 20), (12, 23), (12, 20), (10, 20)]]]
    with pytest.raises(TopologyError):
        shapes(topology, "land")
    with pytest.raises(TopologyError):
        shapes({"type": "FeatureCollection"}, "countries")


def test_the_vendored_countries_are_natural_earths_177():
    found = country_shapes()
    assert len(found) == 177
    names = {s.name for s in found}
    assert {"Russia", "United States of America", "Fiji", "Antarctica"} <= names
    russia = next(s for s in found if s.name == "Russia")
    assert russia.id == "643"
    points = [p for polygon in russia.polygons for ring in polygon for p in ring]
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in points)
    assert json.loads(COUNTRIES.read_text())["type"] == "Topology"


def test_a_ring_across_the_antimeridian_is_cut_in_two():
    fiji = [(178.0, -17.0), (180.0, -16.0), (-180.0, -16.0), (-179.0, -16.5), (-180.0, -17.0),
            (180.0, -17.0), (178.0, -17.0)]  # fmt: skip
    west, east = sorted(split_at_antimeridian(fiji), key=lambda r: min(x for x, _ in r))
    assert all(-180 <= x <= -179 for x, _ in west)
    assert all(178 <= x <= 180 for x, _ in east)
    # No edge of either piece jumps across the map.
    for piece in (west, east):
        assert all(abs(b[0] - a[0]) < 180 for a, b in pairwise(piece))


def test_a_ring_that_does_not_cross_or_circles_a_pole_is_kept():
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0)]
    assert split_at_antimeridian(square) == [square]
    antarctica = [(-180.0, -85.0), (-60.0, -80.0), (60.0, -80.0), (180.0, -85.0),
                  (-180.0, -85.0)]  # fmt: skip
    assert split_at_antimeridian(antarctica) == [antarctica]


def test_no_country_streaks_across_the_map_once_cut():
    for shape in country_shapes():
        for polygon in shape.polygons:
            for ring in polygon:
                for piece in split_at_antimeridian(ring):
                    if shape.name == "Antarctica":
                        continue
                    jumps = [b for a, b in pairwise(piece) if abs(b[0] - a[0]) > 180]
                    assert not jumps, shape.name
