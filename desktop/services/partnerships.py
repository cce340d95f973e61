"""Partnerships between a local community and a partner community abroad."""

from datetime import date
from typing import Any

from desktop.domain.status import Standing
from desktop.domain.validation import Problem, ValidationError, check_partnership
from desktop.services import communities, records, sort_keys
from desktop.services.timeline import rederive_binding, standing_of
from desktop.services.unit_of_work import reading, transaction
from desktop.store import partnership_queries
from desktop.store.database import Database
from desktop.store.models import Community, Partnership, PartnershipBase

NewCommunities = dict[str, dict[str, Any]] | None  # side ("local", "partner") -> its values


def create_partnership(
    db: Database, values: dict[str, Any], *, new_communities: NewCommunities = None
) -> Partnership:
    """Save a new partnership; `new_communities` ({"local": values, "partner": values}) are
    created with it, in the same transaction: a community typed in the form exists only
    once the partnership that needs it is saved."""
    with transaction(db) as session:
        values = _with_new_communities(session, db.who, values, new_communities)
        data = records.validated(PartnershipBase, values)
        _check(session, data)
        keys = sort_keys.keys_for(session, data.local_id, data.partner_id)
        return records.create(session, db.who, Partnership, data.model_dump() | keys)


def update_partnership(
    db: Database,
    partnership_id: int,
    values: dict[str, Any],
    expected_version: int | None = None,
    *,
    new_communities: NewCommunities = None,
) -> Partnership:
    with transaction(db) as session:
        values = _with_new_communities(session, db.who, values, new_communities)
        current = records.get(session, Partnership, partnership_id)
        data = records.validated(PartnershipBase, current.model_dump() | values)
        _check(session, data, partnership_id)
        changes = data.model_dump(include=set(values))
        changes |= sort_keys.keys_for(session, data.local_id, data.partner_id)
        local_changed = data.local_id != current.local_id
        partnership = records.update(
            session, db.who, Partnership, partnership_id, changes, expected_version
        )
        if local_changed:  # another community's authority now decides what binds
            session.flush()
            rederive_binding(session, db.who, [partnership_id])
        return partnership


def _with_new_communities(session, who, values, new_communities) -> dict[str, Any]:
    values = dict(values)
    for side, community in (new_communities or {}).items():
        values[f"{side}_id"] = communities.create_in(session, who, community).id
    return values


def archive_partnership(db: Database, partnership_id: int) -> Partnership:
    with transaction(db) as session:
        return records.archive(session, db.who, Partnership, partnership_id)


def restore_partnership(db: Database, partnership_id: int) -> Partnership:
    """Bring an archived partnership back into the lists (audited as a restore); its
    communities must be in the lists themselves."""
    with transaction(db) as session:
        partnership = records.get(session, Partnership, partnership_id)
        for community_id in (partnership.local_id, partnership.partner_id):
            community = records.get(session, Community, community_id)
            if community.archived_at is not None:
                raise ValidationError(
                    [
                        Problem(
                            "",
                            f"{community.name} is archived itself; restore the community "
                            "first, then the partnership.",
                        )
                    ]
                )
        return records.restore(session, db.who, Partnership, partnership_id)


def standing(db: Database, partnership_id: int, day: date | None = None) -> Standing:
    with reading(db) as session:
        partnership = records.get(session, Partnership, partnership_id)
        return standing_of(session, partnership, day or date.today())


def _check(session, data: PartnershipBase, own_id: int | None = None) -> None:
    local = session.get(Community, data.local_id) if data.local_id else None
    partner = session.get(Community, data.partner_id) if data.partner_id else None
    problems = check_partnership(
        local_id=local.id if local else None,
        partner_id=partner.id if partner else None,
        local_signed_on=data.local_signed_on,
        partner_signed_on=data.partner_signed_on,
    )
    if local and partner and not problems:
        # One partnership per pair, whichever side recorded it first.
        existing = partnership_queries.partnership_of_pair(session, local.id, partner.id)
        if existing is not None and existing != own_id:
            problems.append(
                Problem(
                    "partner",
                    f"{local.name} and {partner.name} already have a partnership "
                    f"(number {existing}).",
                )
            )
    if problems:
        raise ValidationError(problems)
