import pytest

from desktop.domain.geography import describe_distance, great_circle_km, km_to_miles

NORFOLK = (36.8508, -76.2859)
KALININGRAD = (54.7104, 20.4522)


def test_norfolk_to_kaliningrad_is_more_than_4400_miles_as_the_article_says():
    km = great_circle_km(*NORFOLK, *KALININGRAD)
    assert 4400 < km_to_miles(km) < 4500


def test_same_place_is_zero_and_antipodes_are_half_the_circumference():
    assert great_circle_km(10, 20, 10, 20) == 0
    assert great_circle_km(0, 0, 0, 180) == pytest.approx(20015.1, abs=1)


def test_distance_is_symmetric_and_crosses_the_date_line():
    assert great_circle_km(0, 179, 0, -179) == pytest.approx(222.4, abs=0.5)
    assert great_circle_km(*NORFOLK, *KALININGRAD) == pytest.approx(
        great_circle_km(*KALININGRAD, *NORFOLK)
    )


def test_describe_distance_gives_both_units():
    assert describe_distance(1000) == "1,000 km (621 miles)"
