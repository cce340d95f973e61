"""Is this the same community? A community is its name, its region and its country.

Names are folded the way people vary them (case, accents, "St." and "Saint", hyphens and
punctuation, spacing); the same folded name, region and country is the same community.
Anything looser is a question for the clerk, never an answer: names one letter apart are
often two towns (Amberg and Bamberg, Hangzhou and Changzhou, Toyama and Oyama), and a name
without a region may be any of its namesakes. Comparison stays within one country:
St. Petersburg, Florida and St. Petersburg, Russia never meet.
"""

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

import pycountry
from rapidfuzz.distance import OSA

from desktop.domain.words import QT_TRANSLATE_NOOP

ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "ft": "fort",
    "mt": "mount",
    "pt": "port",
}
# Names shorter than this are not compared by spelling: 'Ube' and 'Ube' are one edit from
# half the short names of a country.
SHORTEST_COMPARED = 4


_NOT_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=1 << 16)  # a list writes its towns again and again
def fold_name(name: str) -> str:
    """'St. Petersburg' and 'Saint-Petersburg' -> 'saint petersburg'; 'Kraków' -> 'krakow'."""
    name = str(name)
    if name.isascii():  # no accents to strip (most names): the same result, sooner
        words = _NOT_WORD.sub(" ", name.lower().replace("'", "")).split()
        return " ".join(ABBREVIATIONS.get(w, w) for w in words)
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("ł", "l").replace("ø", "o").replace("ß", "ss").replace("'", "")
    words = re.sub(r"[^\w]+", " ", text).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


@functools.lru_cache(maxsize=1 << 12)
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


Identity = tuple[str, str, str]  # country, folded name, folded subdivision


def identity(name: str, subdivision: str, country: str) -> Identity:
    return country, fold_name(name), fold_subdivision(subdivision, country)


@dataclass(frozen=True)
class Place:
    """A community as matching sees it."""

    key: object  # whatever the caller uses to find the community again (an id, a row)
    name: str
    subdivision: str
    country: str

    @property
    def identity(self) -> Identity:
        return identity(self.name, self.subdivision, self.country)


class Likeness(Enum):
    SAME = "same"  # the same folded name and region: one community
    ASK = "ask"  # perhaps one place: only the clerk can say
    DIFFERENT = "different"  # two places


class Reason(Enum):
    """Why two names are asked about."""

    SPELLING = QT_TRANSLATE_NOOP("Domain", "similar spelling")
    REGION = QT_TRANSLATE_NOOP(
        "Domain", "the same name, a region given for one only, or one region within the other"
    )


@functools.cache
def _region_parents() -> dict[tuple[str, str], set[str]]:
    """(country, folded region) -> the folded names of the region and every region it lies
    in: Kent lies in England, Yvelines in Île-de-France, Roma in Lazio (ISO 3166-2)."""
    by_code = {s.code: s for s in pycountry.subdivisions}
    found: dict[tuple[str, str], set[str]] = {}
    for sub in by_code.values():
        chain, code = set(), sub.code
        while code in by_code and fold_name(by_code[code].name) not in chain:
            chain.add(fold_name(by_code[code].name))
            code = getattr(by_code[code], "parent_code", None) or ""
        found.setdefault((sub.country_code, fold_name(sub.name)), set()).update(chain)
    return found


def regions_fit(a: str, b: str, country: str) -> bool:
    """Whether two folded regions may be where one place lies: the same, one not given, or
    one within the other ('England' and 'Kent'); two different named regions never."""
    if a == b or not a or not b:
        return True
    parents = _region_parents()
    return a in parents.get((country, b), ()) or b in parents.get((country, a), ())


def likeness(a: Identity, b: Identity) -> tuple[Likeness, Reason | None]:
    """How two communities of one country compare: the same, a question, or different."""
    if a[0] != b[0]:
        return Likeness.DIFFERENT, None
    regions_fit_ = regions_fit(a[2], b[2], a[0])
    if a[1] == b[1]:
        if a[2] == b[2]:
            return Likeness.SAME, None
        return (Likeness.ASK, Reason.REGION) if regions_fit_ else (Likeness.DIFFERENT, None)
    if regions_fit_ and one_edit_apart(a[1], b[1]):
        return Likeness.ASK, Reason.SPELLING
    return Likeness.DIFFERENT, None


def one_edit_apart(a: str, b: str) -> bool:
    """A letter added, dropped, changed, or two swapped: a typo, or another town. Names
    that differ in a number ('Prague 1', 'Prague 6') are different places, not typos."""
    if min(len(a), len(b)) < SHORTEST_COMPARED or a == b:
        return False
    if re.sub(r"\D", "", a) != re.sub(r"\D", "", b):
        return False
    return OSA.distance(a, b, score_cutoff=1) <= 1


def _deletions(folded: str) -> set[str]:
    return {folded} | {folded[:i] + folded[i + 1 :] for i in range(len(folded))}


class ListNames:
    """The names of a list, to tell which of a registry's communities could matter to it:
    those of the same folded name, or of one a single edit away (Gazetteer.look_alikes:
    two such names share a one-letter deletion), so that only those are read into the
    Gazetteer, however big the registry."""

    def __init__(self, names: Iterable[tuple[str, str]]):  # (country, folded name)
        # By country, then by name: a set of plain strings a country is filled and asked
        # at C speed, where (country, name) tuples cost a tuple and its hash each.
        self._exact: dict[str, set[str]] = {}
        self._deletions: dict[str, set[str]] = {}
        for country, folded in names:
            self._exact.setdefault(country, set()).add(folded)
            if len(folded) >= SHORTEST_COMPARED:
                self._deletions.setdefault(country, set()).update(_deletions(folded))

    def may_name(self, country: str, folded: str) -> bool:
        """Whether the list may name this community: as it is, or one edit away."""
        if folded in self._exact.get(country, ()):
            return True
        if len(folded) < SHORTEST_COMPARED:
            return False
        deletions = self._deletions.get(country, ())
        return folded in deletions or any(
            folded[:i] + folded[i + 1 :] in deletions for i in range(len(folded))
        )


class Gazetteer:
    """The communities known so far, by country and folded name, with an index of their
    one-letter deletions: two names one edit apart share one, so the look-alikes of a name
    are found in time proportional to its length, not to the number of communities."""

    def __init__(self, places: Iterable[Place] = ()):
        self._by_name: dict[tuple[str, str], list[Place]] = {}
        # country -> deletion -> the folded names that have it (mostly one)
        self._by_deletion: dict[str, dict[str, set[str]]] = {}
        for place in places:
            self.add(place)

    def add(self, place: Place) -> None:
        country, folded = place.country, fold_name(place.name)
        known = self._by_name.setdefault((country, folded), [])
        if not known and len(folded) >= SHORTEST_COMPARED:
            index = self._by_deletion.setdefault(country, {})
            for variant in _deletions(folded):
                names = index.get(variant)
                if names is None:
                    index[variant] = {folded}
                else:
                    names.add(folded)
        known.append(place)

    def named(self, name: str, country: str) -> list[Place]:
        """The communities of this folded name in the country, whatever their region."""
        return list(self._by_name.get((country, fold_name(name)), ()))

    def look_alikes(self, name: str, country: str) -> list[Place]:
        """The communities whose names are one edit from this one (not the same name)."""
        folded = fold_name(name)
        if len(folded) < SHORTEST_COMPARED:
            return []
        index = self._by_deletion.get(country, {})
        names: set[str] = set()
        for variant in _deletions(folded):
            if found := index.get(variant):
                names |= found
        return [
            place
            for other in sorted(names)
            if one_edit_apart(folded, other)
            for place in self._by_name[(country, other)]
        ]

    def compare(self, name: str, subdivision: str, country: str) -> tuple[list, list]:
        """(the same communities, [(community, reason) to ask about]) for a name."""
        wanted = identity(name, subdivision, country)
        same, ask = [], []
        for place in self.named(name, country) + self.look_alikes(name, country):
            found, reason = likeness(wanted, place.identity)
            if found is Likeness.SAME:
                same.append(place)
            elif found is Likeness.ASK:
                ask.append((place, reason))
        return same, ask
