"""A record's change history, read from the audit trail as rows a clerk can follow:
when, who, which record, which field, from what, to what. A partnership's history also
holds its exchanges' and decisions' entries, since those are part of its story."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import or_, select

from desktop.domain.enums import Labelled
from desktop.services.unit_of_work import reading
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Community, Decision, Exchange, Partnership

MODELS = {m.__tablename__: m for m in (Community, Partnership, Exchange, Decision)}
RECORD_NAMES = {
    "community": "Community",
    "partnership": "Partnership",
    "exchange": "Exchange",
    "decision": "Decision",
}
FIELD_NAMES = {
    "local_id": "Local community",
    "partner_id": "Partner community",
    "partnership_id": "Partnership",
}
COMMUNITY_FIELDS = {"local_id", "partner_id"}
ACTIONS = {"create": "Created", "update": "Changed", "archive": "Archived", "restore": "Restored"}


@dataclass(frozen=True)
class HistoryRow:
    when: str  # local time, to the minute
    who: str
    action: str  # Created, Changed, Archived
    record: str  # "Exchange 3"
    field: str  # "Status"
    old: str
    new: str


def record_history(db: Database, kind: str, record_id: int) -> list[HistoryRow]:
    """`kind` is a table name: community, partnership, exchange, decision."""
    with reading(db) as session:
        where = (AuditEntry.record_type == kind) & (AuditEntry.record_id == record_id)
        if kind == "partnership":
            exchanges = select(Exchange.id).where(Exchange.partnership_id == record_id)
            decisions = select(Decision.id).where(Decision.partnership_id == record_id)
            where = or_(
                where,
                (AuditEntry.record_type == "exchange") & AuditEntry.record_id.in_(exchanges),
                (AuditEntry.record_type == "decision") & AuditEntry.record_id.in_(decisions),
            )
        query = select(AuditEntry).where(where).order_by(AuditEntry.at, AuditEntry.id)
        entries = list(session.exec(query))
        names = _community_names(session, entries)
        return [_row(e, names) for e in entries]


def _community_names(session, entries: list[AuditEntry]) -> dict[str, str]:
    """'Kaliningrad' for the stored '2' of a partnership's local or partner community."""
    ids = {
        int(value)
        for e in entries
        if e.field in COMMUNITY_FIELDS
        for value in (e.old_value, e.new_value)
        if value and value.isdigit()
    }
    if not ids:
        return {}
    rows = session.exec(select(Community.id, Community.name).where(Community.id.in_(ids)))
    return {str(i): name for i, name in rows}


def _row(entry: AuditEntry, names: dict[str, str]) -> HistoryRow:
    def shown(value):
        if entry.field in COMMUNITY_FIELDS and value in names:
            return names[value]
        return _shown(entry.record_type, entry.field, value)

    return HistoryRow(
        when=_local(entry.at),
        who=entry.who,
        action=ACTIONS.get(entry.action, entry.action),
        record=f"{RECORD_NAMES.get(entry.record_type, entry.record_type)} {entry.record_id}",
        field=FIELD_NAMES.get(entry.field, entry.field.replace("_", " ").capitalize()),
        old=shown(entry.old_value),
        new=shown(entry.new_value),
    )


def _local(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _shown(record_type: str, field: str, value: str | None) -> str:
    """Enum values as their labels ('two_way' -> 'Two-way'); everything else as stored."""
    if value is None:
        return ""
    model = MODELS.get(record_type)
    info = model.model_fields.get(field) if model else None
    annotation = getattr(info, "annotation", None)
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, Labelled):
            try:
                return candidate(value).label
            except ValueError:
                return value
    return value
