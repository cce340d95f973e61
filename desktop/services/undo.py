"""Undoing the clerk's last save, archive or restore of this session (Edit > Undo).

An undo is itself a change like any other, in one transaction and in the audit trail: a
record saved is put back as it was (refused if someone has saved it since), a new record is
archived (nothing is ever deleted), an archived one restored and a restored one archived
again. What a save did beside the record goes back with it: the planned exchanges a
suspension canceled, the communities a new partnership brought in.
"""

from dataclasses import dataclass, field
from typing import Any

from desktop.services import (
    archive,
    communities,
    decisions,
    exchanges,
    partnerships,
    records,
    sort_keys,
)
from desktop.services.timeline import rederive_binding
from desktop.services.unit_of_work import transaction
from desktop.store.database import Database
from desktop.store.models import (
    Community,
    CommunityBase,
    Decision,
    DecisionBase,
    Exchange,
    ExchangeBase,
    Partnership,
    PartnershipBase,
)

MODELS = {
    "community": (Community, CommunityBase),
    "partnership": (Partnership, PartnershipBase),
    "exchange": (Exchange, ExchangeBase),
    "decision": (Decision, DecisionBase),
}
UPDATE = {
    "community": communities.update_community,
    "partnership": partnerships.update_partnership,
    "exchange": exchanges.update_exchange,
    "decision": decisions.update_decision,
}
SAVE, ARCHIVE, RESTORE = "save", "archive", "restore"


@dataclass(frozen=True)
class SideEffect:
    """Another record the same save changed: its fields before, and its version after."""

    kind: str
    record_id: int
    before: dict[str, Any]
    version: int | None


@dataclass(frozen=True)
class Change:
    kind: str  # table name: partnership, exchange, decision, community
    record_id: int
    what: str  # save, archive, restore
    name: str  # "Norfolk – Kaliningrad", for the menu: "Undo: save Norfolk – Kaliningrad"
    before: dict[str, Any] | None = None  # a saved record's fields before; None: it was new
    version: int | None = None  # the record's version right after the change
    side_effects: tuple[SideEffect, ...] = ()
    created: tuple[tuple[str, int], ...] = ()  # records the save created beside this one

    @property
    def was_new(self) -> bool:
        return self.what == SAVE and self.before is None


def fields_of(kind: str, snapshot: dict[str, Any]) -> dict[str, Any]:
    """The editable fields of a record's snapshot (lookup.*_record), to put back."""
    base = MODELS[kind][1]
    return {name: snapshot[name] for name in base.model_fields if name in snapshot}


def undo(db: Database, change: Change) -> None:
    """Take the change back; StoreError (RecordChanged among them) or ValidationError in
    plain words when it cannot be."""
    if change.what == ARCHIVE:
        archive.unarchive(db, change.kind, change.record_id)
    elif change.what == RESTORE:
        archive.archive(db, change.kind, change.record_id)
    elif change.was_new or change.side_effects or change.created:
        _undo_with_records(db, change)
    else:
        UPDATE[change.kind](db, change.record_id, change.before, change.version)


def _undo_with_records(db: Database, change: Change) -> None:
    """A new record (archived), or a save that changed other records too: all in one
    transaction, each record refused if someone saved it since."""
    model = MODELS[change.kind][0]
    with transaction(db) as session:
        for effect in change.side_effects:
            records.update(
                session,
                db.who,
                MODELS[effect.kind][0],
                effect.record_id,
                effect.before,
                effect.version,
            )
        if change.was_new:
            records.archive(session, db.who, model, change.record_id)
        else:
            current = records.get(session, model, change.record_id)
            data = records.validated(MODELS[change.kind][1], current.model_dump() | change.before)
            values = data.model_dump(include=set(change.before))
            local_before = getattr(current, "local_id", None)
            if change.kind == "partnership":  # its sort keys follow its communities
                values |= sort_keys.keys_for(session, data.local_id, data.partner_id)
            records.update(session, db.who, model, change.record_id, values, change.version)
            if change.kind == "partnership" and data.local_id != local_before:
                session.flush()
                rederive_binding(session, db.who, [change.record_id])
        for kind, record_id in change.created:
            records.archive(session, db.who, MODELS[kind][0], record_id)


@dataclass
class UndoHistory:
    """This session's changes, newest last (kept in memory: a new session starts afresh)."""

    changes: list[Change] = field(default_factory=list)
    limit: int = 100

    def push(self, change: Change) -> None:
        self.changes.append(change)
        del self.changes[: -self.limit]

    def latest(self) -> Change | None:
        return self.changes[-1] if self.changes else None

    def pop(self) -> Change | None:
        return self.changes.pop() if self.changes else None
