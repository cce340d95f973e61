"""How far apart two partners are: great-circle distance from their coordinates, in
kilometres and miles ("Kaliningrad ... lies more than 4,400 miles away")."""

from math import asin, cos, radians, sin, sqrt

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)
KM_PER_MILE = 1.609344


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance; within 0.5% of the ellipsoid, plenty for a profile."""
    p1, p2 = radians(lat1), radians(lat2)
    dp, dl = p2 - p1, radians(lon2 - lon1)
    a = sin(dp / 2) ** 2 + cos(p1) * cos(p2) * sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(a)))


def format_distance(km: float | None) -> str:
    """'7,160 km (4,449 miles)', or '' when a side has no coordinates."""
    if km is None:
        return ""
    return f"{km:,.0f} km ({km / KM_PER_MILE:,.0f} miles)"


def between(a, b) -> float | None:
    """Distance between two communities (anything with latitude and longitude)."""
    coordinates = (a.latitude, a.longitude, b.latitude, b.longitude)
    if any(c is None for c in coordinates):
        return None
    return distance_km(*coordinates)
