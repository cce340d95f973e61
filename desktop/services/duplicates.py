"""Possible duplicate communities ("Kalinigrad" beside "Kaliningrad", "St. Petersburg"
beside "Saint Petersburg"), and merging two into one without losing anything: every
partnership, exchange and decision of the merged community moves to the one kept, each
change in the audit trail, and the merged community is archived, not deleted."""

from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlmodel import Session

from desktop.domain.countries import country_name
from desktop.domain.matching import Gazetteer, Place, Reason, fold_name
from desktop.domain.validation import Problem, ValidationError
from desktop.domain.words import translate
from desktop.services import audit, records, sort_keys
from desktop.services.timeline import rederive_binding
from desktop.services.unit_of_work import reading, transaction
from desktop.store import community_queries, partnership_queries
from desktop.store.database import Database
from desktop.store.models import Community, Decision, Exchange, Partnership


@dataclass(frozen=True)
class PossibleDuplicate:
    first_id: int
    second_id: int
    first: str  # "Kaliningrad, Kaliningrad Oblast, Russia"
    second: str
    score: float  # 100 for the same name written differently


def possible_duplicates(db: Database) -> list[PossibleDuplicate]:
    """Pairs of live communities in one country whose names are the same once folded, or
    one letter apart, and whose subdivisions do not tell them apart: the questions an
    import asks, asked of the registry itself."""
    with reading(db) as session:
        rows = community_queries.live_places(session)
    places = [Place(*row) for row in rows]
    index = Gazetteer(places)
    found = set()
    for a in places:
        same, ask = index.compare(a.name, a.subdivision, a.country)
        for b, reason in [(p, None) for p in same] + ask:
            if a.key < b.key:
                score = 100.0 if reason is not Reason.SPELLING else _score(a, b)
                found.add(PossibleDuplicate(a.key, b.key, _label(a), _label(b), score))
    return sorted(found, key=lambda d: (-d.score, d.first, d.second))


def _score(a: Place, b: Place) -> float:
    return round(fuzz.ratio(fold_name(a.name), fold_name(b.name)), 1)


def _label(place: Place) -> str:
    return ", ".join(p for p in (place.name, place.subdivision, country_name(place.country)) if p)


def merge_communities(db: Database, keep_id: int, merge_id: int) -> Community:
    """Move everything linked to `merge_id` onto `keep_id`, then archive `merge_id`."""
    with transaction(db) as session:
        keep = records.get(session, Community, keep_id)
        merged = records.get(session, Community, merge_id)
        _check(keep, merged)
        for field in ("subdivision", "latitude", "longitude", "population"):
            if getattr(keep, field) in (None, "") and getattr(merged, field) not in (None, ""):
                records.update(
                    session, db.who, Community, keep_id, {field: getattr(merged, field)}, None
                )
        touched = set()
        for partnership in partnership_queries.partnerships_with(session, merge_id):
            touched.add(_move(session, db.who, partnership, merge_id, keep_id))
        rederive_binding(session, db.who, touched)
        audit.merging(session, keep_id)
        records.archive(session, db.who, Community, merge_id)
        sort_keys.refresh_for_community(session, keep)  # its name may have gained a subdivision
        audit.write_action(session, db.who, "merge", merged, "merged_into", None, str(keep_id))
        return keep


def _check(keep: Community, merged: Community) -> None:
    if keep.id == merged.id:
        raise ValidationError(
            [Problem("", translate("Domain", "Choose two different communities to merge."))]
        )
    if keep.country != merged.country:
        raise ValidationError(
            [
                Problem(
                    "",
                    f"{keep.name} ({country_name(keep.country)}) and {merged.name} "
                    f"({country_name(merged.country)}) are in different countries; they are "
                    "two places, not one.",
                )
            ]
        )
    if keep.archived_at is not None or merged.archived_at is not None:
        raise ValidationError(
            [Problem("", translate("Domain", "An archived community cannot be merged."))]
        )


def _move(session: Session, who: str, partnership: Partnership, old: int, new: int) -> int:
    """Point the partnership at the kept community; if the kept one already has a
    partnership with the same partner, move this one's exchanges and decisions there and
    archive this one. Returns the partnership that now holds them."""
    side = "local_id" if partnership.local_id == old else "partner_id"
    other = partnership.partner_id if side == "local_id" else partnership.local_id
    twin = partnership_queries.twin_of(session, partnership.id, new, other)
    if twin is None:
        local, partner = (new, other) if side == "local_id" else (other, new)
        changes = {side: new} | sort_keys.keys_for(session, local, partner)
        records.update(session, who, Partnership, partnership.id, changes, None)
        return partnership.id
    for model in (Exchange, Decision):
        for record_id in partnership_queries.ids_under(session, model, partnership.id):
            records.update(session, who, model, record_id, {"partnership_id": twin}, None)
    if partnership.archived_at is None:
        records.archive(session, who, Partnership, partnership.id)
    return twin
