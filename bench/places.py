"""The offline place index: building it once, and a look-up, each against the same work
done bare in the same run.

    .venv/bin/python bench/places.py

  build    places.warm_up() into an empty cache folder (reading GeoNames' 235,000 places of
           500 people or more, folding their names, writing the SQLite index), against a
           bare json.load of the same file;
  look-up  places.unambiguous() for 2,000 town names of the real lists' countries, against
           the same indexed SELECT through sqlite3 on the built index.
"""

import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = [
    ("Norfolk", "US", "Virginia"), ("Kaliningrad", "RU", ""), ("Amberg", "DE", ""),
    ("Lyon", "FR", ""), ("Portland", "US", ""), ("Graz", "AT", ""), ("Pula", "HR", ""),
    ("Passy", "FR", "Yonne"), ("Sapporo", "JP", ""), ("Nowhere Special", "GB", ""),
]  # fmt: skip
LOOKUPS = 2000


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        os.environ["SISTER_CITIES_CACHE"] = cache
        from desktop.services import places

        source = Path(places._data_file(places.SOURCE))
        start = time.perf_counter()
        with source.open(encoding="utf-8") as f:
            json.load(f)
        bare_load = time.perf_counter() - start
        start = time.perf_counter()
        places.warm_up()
        build = time.perf_counter() - start
        print(f"build      {build:6.2f} s   bare json.load {bare_load:5.2f} s   "
              f"x{build / bare_load:.1f}")  # fmt: skip

        names = (NAMES * (LOOKUPS // len(NAMES) + 1))[:LOOKUPS]
        start = time.perf_counter()
        for name, country, region in names:
            places.unambiguous(name, country, region)
        ours = time.perf_counter() - start
        index = next(Path(cache).glob("places-*.sqlite"))
        con = sqlite3.connect(f"{index.as_uri()}?mode=ro", uri=True)
        start = time.perf_counter()
        for name, country, _ in names:
            con.execute(
                "SELECT name, admin1, country, latitude, longitude, population FROM place "
                "WHERE country = ? AND key = ?",
                (country, name.lower()),
            ).fetchall()
        bare = time.perf_counter() - start
        per, bare_per = 1e6 * ours / LOOKUPS, 1e6 * bare / LOOKUPS
        print(f"look-up    {per:6.0f} us  bare SELECT {bare_per:5.0f} us   x{ours / bare:.1f}")


if __name__ == "__main__":
    main()
