"""Distances between partners."""

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.geography import between, distance_km, format_distance

NORFOLK = SimpleNamespace(latitude=36.8468, longitude=-76.2852)
KALININGRAD = SimpleNamespace(latitude=54.7104, longitude=20.4522)


def test_norfolk_to_kaliningrad_is_more_than_4400_miles():
    text = format_distance(between(NORFOLK, KALININGRAD))
    assert text == "7,139 km (4,436 miles)"  # the article: "more than 4,400 miles"


def test_no_coordinates_no_distance():
    assert between(NORFOLK, SimpleNamespace(latitude=None, longitude=20.0)) is None
    assert format_distance(None) == ""


lat = st.floats(-90, 90)
lon = st.floats(-180, 180)


@given(lat, lon, lat, lon)
def test_distance_is_symmetric_and_at_most_half_the_earth(a, b, c, d):
    there = distance_km(a, b, c, d)
    assert abs(there - distance_km(c, d, a, b)) < 1e-6
    assert 0 <= there <= 20_016
