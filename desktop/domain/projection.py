"""The Equal Earth map projection (Šavrič, Patterson and Jenny, 2018): the whole world on
one page, areas true, shapes close to a globe's. Plain Python, no Qt.

project(latitude, longitude) gives (x, y) with x east and y north, both in units of the
Earth's radius: x within ±2.7066, y within ±1.3174.
"""

import math

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_MAX = 2 * math.sqrt(3) * math.pi / (3 * A1)  # x at longitude ±180 on the equator
Y_MAX = 1.3173627591574  # y at the poles


def project(latitude: float, longitude: float) -> tuple[float, float]:
    theta = math.asin(M * math.sin(math.radians(latitude)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (2 * math.sqrt(3) * math.radians(longitude) * math.cos(theta)) / (
        3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1)
    )
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def unproject(x: float, y: float) -> tuple[float, float]:
    """(latitude, longitude) of a projected point (Newton's method on y)."""
    theta = y / A1
    for _ in range(20):
        t2 = theta * theta
        t6 = t2 * t2 * t2
        f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y
        slope = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)
        step = f / slope
        theta -= step
        if abs(step) < 1e-12:
            break
    t2 = theta * theta
    t6 = t2 * t2 * t2
    slope = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)
    longitude = math.degrees(3 * x * slope / (2 * math.sqrt(3) * math.cos(theta)))
    latitude = math.degrees(math.asin(math.sin(theta) / M))
    return latitude, longitude
