"""The Map tab at 26,000 partnerships: building the picture, then panning and zooming it
(one repaint of the view a frame) and finding what is under the mouse, each against the
same view with only the countries drawn (the bare baseline), in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/map_pan_zoom.py [--links 26000]

A frame under 16 ms keeps up with a 60 Hz screen; "without a visible pause" is well under
100 ms. The partnerships are synthetic: 26,000 links from 2,000 local communities to
9,000 partners spread over the inhabited latitudes, a tenth suspended or ended.
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.enums import Status  # noqa: E402
from desktop.services.world_map import Link, MapSelection, Place  # noqa: E402

FRAMES = 40


def synthetic(links: int, seed: int = 16) -> MapSelection:
    rng = random.Random(seed)
    found = MapSelection()

    def place(cid: int, local: bool) -> Place:
        lat, lon = rng.uniform(-45, 65), rng.uniform(-170, 175)
        return Place(cid, f"Town {cid}", f"Town {cid}", lat, lon, local)

    locals_ = [place(i, True) for i in range(2000)]
    partners = [place(10_000 + i, False) for i in range(9000)]
    for p in locals_ + partners:
        found.places[p.community_id] = p
    weights = [Status.ACTIVE] * 85 + [Status.PROPOSED] * 5 + [Status.SUSPENDED] * 6
    weights += [Status.ENDED] * 4
    for i in range(links):
        a, b = rng.choice(locals_), rng.choice(partners)
        found.links.append(
            Link(i, a.community_id, b.community_id, f"{a.name} – {b.name}", rng.choice(weights))
        )
    found.total = links
    return found


def frames(view, zoom: float, rng: random.Random) -> list[float]:
    """Repaint times while panning about at one zoom (as a drag or the wheel would): the
    picture drawn last is moved and stretched, the view never waits for a new one."""
    view.show_whole_world()
    view.zoom_by(zoom)
    layer = view.world_scene().layer
    if layer is not None:  # the picture of where the view was: then the clerk drags
        layer.render_now(view.viewport())
    times = []
    for _ in range(FRAMES):
        view.centerOn(QPointF(rng.uniform(-200, 200), rng.uniform(-90, 60)))
        start = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return times


def sharp(view, zoom: float, rng: random.Random) -> list[float]:
    """How long the sharp picture for a view takes to draw (in a worker, in the app: the
    view stays free meanwhile, showing the last picture stretched)."""
    layer = view.world_scene().layer
    view.show_whole_world()
    view.zoom_by(zoom)
    times = []
    for _ in range(FRAMES // 4):
        view.centerOn(QPointF(rng.uniform(-200, 200), rng.uniform(-90, 60)))
        start = time.perf_counter()
        if layer is not None:
            layer.render_now(view.viewport())
        times.append(time.perf_counter() - start)
    return times


def hover(view, rng: random.Random) -> list[float]:
    view.show_whole_world()
    view.zoom_by(4)
    times = []
    for _ in range(FRAMES):
        point = view.viewport().rect().center()
        point.setX(point.x() + rng.randint(-300, 300))
        start = time.perf_counter()
        view.thing_at(point)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--links", type=int, default=26_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from desktop.ui.glance.map_scene import WorldScene, WorldView

    selection = synthetic(args.links)
    results = {}
    for label, chosen in (("bare (countries only)", MapSelection()), ("map", selection)):
        scene = WorldScene()
        view = WorldView(scene)
        view.resize(1200, 760)
        view.show()
        app.processEvents()
        start = time.perf_counter()
        scene.show_selection(chosen)
        app.processEvents()
        built = time.perf_counter() - start
        rng = random.Random(1)
        results[label] = {
            "build": [built],
            "frame, whole world": frames(view, 1.0, rng),
            "frame, zoom x4": frames(view, 4.0, rng),
            "frame, zoom x20": frames(view, 20.0, rng),
            "sharp picture, x1": sharp(view, 1.0, rng),
            "sharp picture, x4": sharp(view, 4.0, rng),
            "sharp picture, x20": sharp(view, 20.0, rng),
            "under the mouse": hover(view, rng),
        }
        view.close()
    bare, drawn = results["bare (countries only)"], results["map"]
    print(
        f"Map of {args.links:,} partnerships ({len(selection.places):,} places), "
        f"view 1200 x 760, medians of {FRAMES} (max in brackets)"
    )
    print(f"{'':22}{'bare':>18}{'map':>18}{'ratio':>8}")  # bare: no layer to draw
    for key in drawn:
        b, m = bare[key], drawn[key]
        print(
            f"{key:22}{_ms(b):>18}{_ms(m):>18}"
            f"{statistics.median(m) / max(statistics.median(b), 1e-6):>8.1f}"
        )


def _ms(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):.1f} ms ({1000 * max(values):.0f})"


if __name__ == "__main__":
    main()
