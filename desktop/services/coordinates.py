"""Filling in where communities lie (and how many live there) from the offline city table,
only where the name leaves no doubt; the doubtful ones come back for the clerk to choose."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session

from desktop.domain.geography import great_circle_km
from desktop.domain.words import translate
from desktop.services import places, records
from desktop.services.unit_of_work import reading, transaction
from desktop.store.community_queries import without_coordinates
from desktop.store.database import Database
from desktop.store.models import Community, CommunityBase


@dataclass(frozen=True)
class Doubtful:
    """A community the table knows several places for: 'Portland' with no state."""

    community_id: int
    label: str
    candidates: list[places.Candidate]


@dataclass
class FillResult:
    filled: list[int] = field(default_factory=list)
    ambiguous: list[Doubtful] = field(default_factory=list)
    not_found: list[int] = field(default_factory=list)

    def summary(self) -> str:
        text = translate("Domain", "Coordinates filled for %1 communities").replace(
            "%1", f"{len(self.filled):,}"
        )
        if self.ambiguous:
            text += f"; {len(self.ambiguous):,} have several possible places"
        if self.not_found:
            text += f"; {len(self.not_found):,} are not in the city table"
        return text + "."


def fill_coordinates(
    db: Database, community_ids: Iterable[int] | None = None, *, batch_id: int | None = None
) -> FillResult:
    """Fill latitude, longitude and (when missing) population of the communities that have
    no coordinates yet (all, the ones given, or those an import batch created), in one
    transaction with an audit entry per change."""
    places.warm_up()  # read the table before the write lock is taken, not while holding it
    with transaction(db) as session:
        return fill_in_session(session, db.who, community_ids, batch_id=batch_id)


def fill_in_session(
    session: Session,
    who: str,
    community_ids: Iterable[int] | None = None,
    *,
    batch_id: int | None = None,
) -> FillResult:
    """The same, inside a transaction the caller already holds (the sample records)."""
    result = FillResult()
    for community in without_coordinates(session, community_ids, batch_id=batch_id):
        name, country, region = community.name, community.country, community.subdivision
        if place := places.unambiguous(name, country, region):
            records.update(
                session, who, Community, community.id, values_for(community, place), None
            )
            result.filled.append(community.id)
        elif found := places.candidates(name, country, region):
            # Several places, one found by another of its names, or a region the table
            # cannot check: the clerk chooses.
            label = ", ".join(
                p for p in (community.name, community.subdivision, community.country) if p
            )
            result.ambiguous.append(Doubtful(community.id, label, found))
        else:
            result.not_found.append(community.id)
    return result


def place_community(db: Database, community_id: int, place: places.Candidate) -> None:
    """The place the clerk chose for a doubtful community, with its audit entry."""
    with transaction(db) as session:
        community = records.get(session, Community, community_id)
        records.update(session, db.who, Community, community_id, values_for(community, place), None)


def values_for(community: CommunityBase | None, place: places.Candidate) -> dict:
    """What a chosen place fills in: the population only where none was recorded."""
    values = {"latitude": place.latitude, "longitude": place.longitude}
    if place.population and (community is None or community.population is None):
        values["population"] = place.population
    return values


def distance_km(db: Database, first_id: int | None, second_id: int | None) -> float | None:
    """How far apart two communities lie; None until both have coordinates."""
    if first_id is None or second_id is None:
        return None
    with reading(db) as session:
        a = records.get(session, Community, first_id)
        b = records.get(session, Community, second_id)
        coordinates = (a.latitude, a.longitude, b.latitude, b.longitude)
    if any(c is None for c in coordinates):
        return None
    return great_circle_km(*coordinates)
