"""What finding the sample communities' coordinates adds to a first run: the sample load
with the look-up against the same load without it, in the same run (a ratio).

    python bench/places.py
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services import opening, places


def first_run() -> float:
    start = time.perf_counter()
    db, _ = opening.open_registry(Path(tempfile.mkdtemp()) / "registry.sqlite")
    db.close()
    return time.perf_counter() - start


def main() -> None:
    real = places.unambiguous, places.warm_up
    places.unambiguous, places.warm_up = (lambda *_: None), (lambda: None)
    first_run()  # imports and caches warm for both
    without = first_run()
    places.unambiguous, places.warm_up = real
    start = time.perf_counter()
    places.warm_up()
    table = time.perf_counter() - start
    with_places = first_run()
    print(f"city table read:           {table:.2f} s")
    print(f"first run without places:  {without:.2f} s")
    print(f"first run with places:     {with_places:.2f} s (table already read)")
    print(f"ratio:                     {(table + with_places) / without:.2f}")


if __name__ == "__main__":
    main()
