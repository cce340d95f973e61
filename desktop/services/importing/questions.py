"""The questions an import asks instead of guessing: is 'Hangzhou' the Changzhou already
known, is 'Vernouillet' (no region) the one in Yvelines? Until the clerk answers "same",
the name is a community of its own.

A question is about one name of the list (every row that writes it) and one or more known
communities it may be (in the registry, or earlier in the list). Answers are kept by the
name's key and the candidate's key, so the same answers apply when the plan is made again
(after the clerk answered, or inside the import's own transaction)."""

from dataclasses import dataclass, field

from desktop.domain.countries import country_name
from desktop.domain.geography import great_circle_km
from desktop.domain.matching import Reason

SAME, DIFFERENT = "same", "different"
# Two places further apart than this are not one town, whatever their names.
SAME_PLACE_KM = 25.0


@dataclass(frozen=True)
class Spot:
    """Where a community lies and how many live there, as far as known."""

    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None

    @property
    def placed(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def km_to(self, other: "Spot") -> float | None:
        if not (self.placed and other.placed):
            return None
        return great_circle_km(self.latitude, self.longitude, other.latitude, other.longitude)


@dataclass(frozen=True)
class Known:
    """A community the asked name may be."""

    key: str  # 'c12' (the registry's community 12) or a name of this list ('n:...')
    name: str
    subdivision: str
    country: str
    where: str  # 'in the registry (3 partnerships)' / 'in this list (rows 4, 9)'
    spot: Spot = field(default_factory=Spot)
    places_named: int = 0  # how many places of this name the place table holds there

    def label(self) -> str:
        return ", ".join(p for p in (self.name, self.subdivision, country_name(self.country)) if p)


@dataclass
class Question:
    key: str  # the asked name's key (see communities.name_key)
    name: str
    subdivision: str
    country: str
    rows: list[int]
    reason: str  # matching.Reason's text
    candidates: list[Known] = field(default_factory=list)
    spot: Spot = field(default_factory=Spot)
    places_named: int = 0
    # What the evidence suggests before the clerk answers: DIFFERENT where the place table
    # holds both names as places of their own, or the two lie far apart; else nothing.
    suggestion: str = ""
    suggestion_why: str = ""
    answer: str = ""  # the candidate's key, DIFFERENT, or "" (not answered: a new community)

    def label(self) -> str:
        return ", ".join(p for p in (self.name, self.subdivision, country_name(self.country)) if p)

    def km_to(self, candidate: Known) -> float | None:
        return self.spot.km_to(candidate.spot)

    @property
    def answered(self) -> bool:
        return bool(self.answer)

    def chosen(self) -> Known | None:
        return self.chosen_by(self.answer)

    def chosen_by(self, answer: str) -> Known | None:
        return next((c for c in self.candidates if c.key == answer), None)


def suggest(question: Question) -> None:
    """Fill in the question's suggestion from what is known of the places."""
    distances = [question.km_to(c) for c in question.candidates]
    if all(km is not None and km > SAME_PLACE_KM for km in distances):
        question.suggestion = DIFFERENT
        nearest = min(distances)
        question.suggestion_why = (
            f"{question.candidates[distances.index(nearest)].name} lies {nearest:,.0f} km away"
        )
        return
    # A name without its region may well be one of its namesakes: only how far apart the
    # list puts them says otherwise. Two spellings the place table holds as places of
    # their own are two places.
    if (
        question.reason == Reason.SPELLING.value
        and question.places_named
        and all(c.places_named for c in question.candidates)
    ):
        question.suggestion = DIFFERENT
        question.suggestion_why = "the place table holds both as places of their own"


Answers = dict[str, str]  # asked name's key -> candidate key, or DIFFERENT
