"""Is this the same community? Names folded the way people vary them (accents, "St." and
"Saint", hyphens and punctuation), then compared exactly or by similarity (rapidfuzz),
only ever within one country: St. Petersburg, Florida and St. Petersburg, Russia never meet.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

# "Kalinigrad" against "Kaliningrad" scores 95; "Pskov" against "Penza" 44.
SAME_NAME = 90.0
POSSIBLY_SAME = 80.0
# A name read as another one differs from it by one typo at most: "Aleksandrov" and
# "Aleksandrovsk" score 92 but are two towns (two letters apart).
TYPO_EDITS = 1

ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "ft": "fort",
    "mt": "mount",
    "pt": "port",
}


def fold_name(name: str) -> str:
    """'St. Petersburg' and 'Saint-Petersburg' -> 'saint petersburg'; 'Kraków' -> 'krakow'."""
    text = unicodedata.normalize("NFKD", str(name).replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("ł", "l").replace("ø", "o").replace("ß", "ss").replace("'", "")
    words = re.sub(r"[^\w]+", " ", text).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def subdivision_name(text: str, country: str) -> str:
    """'VA' in the United States -> 'Virginia': lists often give states by their code."""
    text = str(text).strip()
    if country and 1 <= len(text) <= 3 and text.isalnum():
        found = pycountry.subdivisions.get(code=f"{country}-{text.upper()}")
        if found is not None:
            return found.name
    return text


def fold_subdivision(name: str, country: str = "") -> str:
    return fold_name(subdivision_name(name, country))


@dataclass(frozen=True)
class Place:
    """A community as matching sees it."""

    key: object  # whatever the caller uses to find the community again (an id, a row)
    name: str
    subdivision: str
    country: str


@dataclass(frozen=True)
class Match:
    place: Place
    score: float  # 100 for the same folded name

    @property
    def exact(self) -> bool:
        return self.score >= 100.0


class Ambiguous(Exception):
    """Several communities of that name in that country, and nothing says which."""

    def __init__(self, places: list[Place]):
        self.places = places
        super().__init__(", ".join(describe(p) for p in places))


def describe(place: Place) -> str:
    return ", ".join(p for p in (place.name, place.subdivision, place.country) if p)


class Gazetteer:
    """The communities known so far, indexed by country and folded name, for matching
    new names against. Add to it as an import creates communities."""

    def __init__(self, places: Iterable[Place] = ()):
        self._by_name: dict[tuple[str, str], list[Place]] = {}
        self._names: dict[str, dict[str, None]] = {}  # country -> folded names (ordered)
        for place in places:
            self.add(place)

    def add(self, place: Place) -> None:
        folded = fold_name(place.name)
        self._by_name.setdefault((place.country, folded), []).append(place)
        self._names.setdefault(place.country, {})[folded] = None

    def find(self, name: str, subdivision: str, country: str) -> Match | None:
        """The community this is, if any: the same folded name (and subdivision when both
        give one), else the most similar name in the country (score >= SAME_NAME and one
        typo away).

        Raises Ambiguous when several fit and the subdivision does not tell them apart.
        """
        folded = fold_name(name)
        exact = self._pick(self._by_name.get((country, folded), []), subdivision, country)
        if exact is not None:
            return Match(exact, 100.0)
        for close_name, score in self.similar(folded, country, SAME_NAME):
            if Levenshtein.distance(folded, close_name) > TYPO_EDITS:
                continue  # "Aleksandrov" is not "Aleksandrovsk": two towns, not a typo
            place = self._pick(self._by_name[(country, close_name)], subdivision, country)
            if place is not None:
                return Match(place, score)
        return None

    def similar(self, folded: str, country: str, cutoff: float) -> list[tuple[str, float]]:
        names = self._names.get(country)
        if not names:
            return []
        hits = process.extract(folded, list(names), scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
        return [(n, s) for n, s, _ in hits if n != folded]

    def possibly_same(self, name: str, country: str) -> list[Place]:
        """Communities whose names are close without being the same (for a warning)."""
        folded = fold_name(name)
        return [
            p
            for n, _ in self.similar(folded, country, POSSIBLY_SAME)
            for p in self._by_name[(country, n)]
        ]

    @staticmethod
    def _pick(candidates: list[Place], subdivision: str, country: str) -> Place | None:
        if not candidates:
            return None
        if subdivision:
            wanted = fold_subdivision(subdivision, country)
            same = [c for c in candidates if fold_subdivision(c.subdivision, country) == wanted]
            if same:
                return same[0]
            # A named subdivision that differs is another place (Portland, Maine is not
            # Portland, Oregon) unless the known one never recorded its subdivision.
            blank = [c for c in candidates if not c.subdivision]
            return blank[0] if len(blank) == 1 else None
        if len(candidates) == 1:
            return candidates[0]
        raise Ambiguous(candidates)
