"""Distances between communities, for the printed profile ("lies more than 4,400 miles away")."""

import math

from desktop.domain.words import fill, number, translate

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)
KM_PER_MILE = 1.609344


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance along the Earth's surface; good to about 0.5% (the Earth is not a
    sphere), which is plenty for 'how far away is our sister city'."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def km_to_miles(km: float) -> float:
    return km / KM_PER_MILE


def describe_distance(km: float) -> str:
    """'7,126 km (4,428 miles)'."""
    return fill(
        translate("Domain", "%1 km (%2 miles)"), number(round(km)), number(round(km_to_miles(km)))
    )
