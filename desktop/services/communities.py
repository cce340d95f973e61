"""Communities: the places on either side of a partnership."""

from collections.abc import Iterable
from typing import Any

from desktop.domain.enums import ActorType
from desktop.domain.status import actor_types, format_authority
from desktop.domain.validation import Problem, ValidationError
from desktop.domain.words import counted, translate
from desktop.services import records, sort_keys
from desktop.services.timeline import rederive_binding
from desktop.services.unit_of_work import reading, transaction
from desktop.store import community_queries, partnership_queries
from desktop.store.database import Database
from desktop.store.models import Community, CommunityBase


def create_community(db: Database, values: dict[str, Any]) -> Community:
    with transaction(db) as session:
        return create_in(session, db.who, values)


def create_in(session, who: str, values: dict[str, Any]) -> Community:
    """A new community inside a transaction already open (a partnership saved with the new
    community it needs): the same checks as on its own."""
    data = records.validated(CommunityBase, values)
    _refuse_duplicate(session, data)
    return records.create(session, who, Community, data.model_dump())


def check_new_community(db: Database, values: dict[str, Any]) -> dict[str, Any]:
    """The values of a community to be created later, with the record that needs it,
    checked now as saving would check them (ValidationError with the problems); nothing
    is written."""
    data = records.validated(CommunityBase, values)
    with reading(db) as session:
        _refuse_duplicate(session, data)
    return data.model_dump()


def update_community(
    db: Database, community_id: int, values: dict[str, Any], expected_version: int | None = None
) -> Community:
    """Save the community form in one transaction; when `binding_actor_types` (who decides
    for it) changes, which recorded decisions of its partnerships bind is worked out again
    in the same transaction, so the registry never shows the one without the other."""
    values = dict(values)
    if "binding_actor_types" in values:
        values["binding_actor_types"] = _authority_text(values["binding_actor_types"])
    with transaction(db) as session:
        current = records.get(session, Community, community_id)
        authority_before = current.binding_actor_types
        data = records.validated(CommunityBase, current.model_dump() | values)
        _refuse_duplicate(session, data, community_id)
        changes = data.model_dump(include=set(values))
        community = records.update(
            session, db.who, Community, community_id, changes, expected_version
        )
        sort_keys.refresh_for_community(session, community)
        if community.binding_actor_types != authority_before:
            _rederive_for_local(session, db.who, community_id)
        return community


def archive_community(db: Database, community_id: int) -> Community:
    with transaction(db) as session:
        in_use = partnership_queries.live_partnership_count(session, community_id)
        if in_use:
            raise ValidationError(
                [
                    Problem(
                        "",
                        counted(
                            "This community still has %n partnership(s); archive its partnerships "
                            "first.",
                            in_use,
                        ),
                    )
                ]
            )
        return records.archive(session, db.who, Community, community_id)


def restore_community(db: Database, community_id: int) -> Community:
    """Bring an archived community back into the lists and the pickers (audited)."""
    with transaction(db) as session:
        return records.restore(session, db.who, Community, community_id)


def set_binding_authority(db: Database, community_id: int, kinds: set[ActorType]) -> Community:
    """Say who decides for this community (its council, or e.g. Chicago's mayor), and
    re-derive which recorded decisions of its partnerships are binding."""
    authority = _authority_text(kinds)
    with transaction(db) as session:
        community = records.update(
            session, db.who, Community, community_id, {"binding_actor_types": authority}, None
        )
        _rederive_for_local(session, db.who, community_id)
        return community


def _authority_text(kinds: str | Iterable[ActorType]) -> str:
    """The stored form of who decides ("governing_body,mayor_executive"); none is refused."""
    if isinstance(kinds, str):
        try:
            kinds = actor_types(kinds)
        except ValueError as exc:
            raise ValidationError([Problem("binding_actor_types", str(exc))]) from None
    text = format_authority(ActorType(k) for k in kinds)
    if not text:
        raise ValidationError(
            [
                Problem(
                    "binding_actor_types",
                    translate("Domain", "At least one actor type must hold the authority."),
                )
            ]
        )
    return text


def _rederive_for_local(session, who: str, community_id: int) -> None:
    session.flush()  # the new authority is what the re-derivation reads
    rederive_binding(session, who, partnership_queries.ids_with_local(session, community_id))


def _refuse_duplicate(session, data: CommunityBase, own_id: int | None = None) -> None:
    """The same name and subdivision in the country, whatever the letters' case. Compared
    here, not in SQL: SQLite's lower() leaves 'É' as it is, so 'évry' got past 'Évry'."""
    wanted = (data.name.strip().lower(), data.subdivision.strip().lower())
    in_country = community_queries.names_in_country(session, data.country, own_id)
    found = next(
        (
            found_id
            for found_id, name, subdivision in in_country
            if (name.strip().lower(), subdivision.strip().lower()) == wanted
        ),
        None,
    )
    if found is not None:
        where = ", ".join(p for p in (data.subdivision, data.country) if p)
        raise ValidationError(
            [Problem("name", f"{data.name} ({where}) is already in the registry; pick it instead.")]
        )
