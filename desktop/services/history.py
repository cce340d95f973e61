"""A record's change history, read from the audit trail as rows a clerk can follow:
when, who, which record, which field, from what, to what. A partnership's history also
holds its exchanges' and decisions' entries, since those are part of its story.

The audit trail stores values as the database holds them ('1992-01-01' with a separate
'year' precision, 'two_way', '2' for a community); the rows here say them in the clerk's
words, with the field names the forms use, so the history reads like the forms."""

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import countries
from desktop.domain.dates import PartialDate, format_day, format_partial
from desktop.domain.enums import ActorType, DecisionAction, Labelled
from desktop.services.audit import UNAUDITED
from desktop.services.unit_of_work import reading
from desktop.store import history_queries
from desktop.store.database import Database
from desktop.store.models import (
    Attachment,
    AuditEntry,
    Community,
    Decision,
    Exchange,
    Partnership,
)

MODELS = {m.__tablename__: m for m in (Community, Partnership, Exchange, Decision, Attachment)}
RECORD_NAMES = {
    "community": "Community",
    "partnership": "Partnership",
    "exchange": "Exchange",
    "decision": "Decision",
    "attachment": "Document",
}
# The labels the forms show (a field missing here reads as its name, 'Notes').
FIELD_NAMES = {
    "local_id": "Local community",
    "partner_id": "Partner community",
    "partnership_id": "Partnership",
    "binding_actor_types": "Decides on partnerships",
    "established_on": "Established",
    "origin": "How it developed",
    "local_signatory_name": "Local signatory",
    "local_signatory_title": "Local signatory's title",
    "local_signed_on": "Local signed on",
    "partner_signatory_name": "Partner signatory",
    "partner_signatory_title": "Partner signatory's title",
    "partner_signed_on": "Partner signed on",
    "start_on": "Starts",
    "end_on": "Ends",
    "decided_on": "Date",
    "actor_name": "Who (person)",
    "actor_title": "Title",
    "actor_body": "Body",
    "effective_on": "Effective from",
    "review_on": "Review date",
    "source_kind": "Source kind",
    "source_title": "Source title",
    "source_author": "Source author",
    "source_date": "Source dated",
    "source_reference": "Source reference",
    "exchange_id": "Exchange",
    "decision_id": "Decision",
    "sha256": "SHA-256",
}
# A date stored with a precision column reads as one value: '1992', not '1992-01-01'
# and 'Year' on a row of its own.
PRECISION_OF = {
    "established_on": "established_precision",
    "start_on": "start_precision",
    "end_on": "end_precision",
    "decided_on": "decided_precision",
}
DATE_OF = {precision: day for day, precision in PRECISION_OF.items()}
COMMUNITY_FIELDS = {"local_id", "partner_id"}
ACTIONS = {"create": "Created", "update": "Changed", "archive": "Archived", "restore": "Restored"}
# A document is attached and detached (archived, kept), as the forms say it.
DOCUMENT_ACTIONS = {"create": "Attached", "archive": "Detached", "restore": "Attached again"}


@dataclass(frozen=True)
class HistoryRow:
    when: str  # local time, to the minute
    who: str
    action: str  # Created, Changed, Archived
    record: str  # "Partnership Norfolk - Kaliningrad"
    field: str  # "Established"
    old: str
    new: str


def record_history(db: Database, kind: str, record_id: int) -> list[HistoryRow]:
    """`kind` is a table name: community, partnership, exchange, decision."""
    with reading(db) as session:
        # What the app derives (sort keys, binding) is in the trail a server writes, not in
        # what a clerk reads: the history says the fields the forms show.
        entries = history_queries.history_entries(session, kind, record_id, sorted(UNAUDITED))
        return _Reader(session).rows(entries)


class _Reader:
    """Names records and values once per history (a partnership's story names the same
    communities many times)."""

    def __init__(self, session):
        self.session = session
        self.communities: dict[int, str] = {}
        self.records: dict[tuple[str, int], str] = {}

    def rows(self, entries: list[AuditEntry]) -> list[HistoryRow]:
        current: dict[tuple[str, int], dict[str, str | None]] = {}  # each record's values
        rows = []
        skip = set()
        for i, entry in enumerate(entries):
            if i in skip:
                continue
            values = current.setdefault((entry.record_type, entry.record_id), {})
            old, new = self.shown(entry, entry.old_value), self.shown(entry, entry.new_value)
            field = entry.field
            if field in PRECISION_OF:  # the date, read with its precision
                nxt = entries[i + 1] if i + 1 < len(entries) else None
                before, after = values.get(PRECISION_OF[field]), values.get(PRECISION_OF[field])
                if nxt is not None and _same_save(entry, nxt) and nxt.field == PRECISION_OF[field]:
                    before, after = nxt.old_value, nxt.new_value
                    values[nxt.field] = nxt.new_value
                    skip.add(i + 1)
                old = _dated(entry.old_value, before)
                new = _dated(entry.new_value, after)
            elif field in DATE_OF:  # the precision alone changed: say it as the date
                day = values.get(DATE_OF[field])
                field = DATE_OF[field]
                old, new = _dated(day, entry.old_value), _dated(day, entry.new_value)
            values[entry.field] = entry.new_value
            if entry.action == "update" and old == new:
                continue  # nothing the clerk would see changed
            rows.append(
                HistoryRow(
                    when=_local(entry.at),
                    who=entry.who,
                    action=(DOCUMENT_ACTIONS if entry.record_type == "attachment" else ACTIONS).get(
                        entry.action, ACTIONS.get(entry.action, entry.action)
                    ),
                    record=self.record_name(entry.record_type, entry.record_id),
                    field=FIELD_NAMES.get(field, field.replace("_", " ").capitalize()),
                    old=old,
                    new=new,
                )
            )
        return rows

    def record_name(self, kind: str, record_id: int) -> str:
        """'Partnership Norfolk - Kaliningrad', 'Exchange Youth orchestra tour',
        'Decision Suspend, 8 March 2022'."""
        key = (kind, record_id)
        if key not in self.records:
            model = MODELS.get(kind)
            record = self.session.get(model, record_id) if model else None
            label = RECORD_NAMES.get(kind, kind)
            name = self._name(record) if record else str(record_id)
            self.records[key] = f"{label} {name}"
        return self.records[key]

    def _name(self, record) -> str:
        if isinstance(record, Community):
            return record.name
        if isinstance(record, Partnership):
            return f"{self.community(record.local_id)} - {self.community(record.partner_id)}"
        if isinstance(record, Exchange):
            return record.title
        if isinstance(record, Attachment):
            return record.name
        decided = format_partial(PartialDate.of(record.decided_on, record.decided_precision))
        return f"{DecisionAction.read(record.action).label}, {decided}"

    def community(self, community_id: int) -> str:
        if community_id not in self.communities:
            found = self.session.get(Community, community_id)
            self.communities[community_id] = found.name if found else str(community_id)
        return self.communities[community_id]

    def shown(self, entry: AuditEntry, value: str | None) -> str:
        """One stored value as the form would show it."""
        if value is None or value == "":
            return ""
        field = entry.field
        if field in COMMUNITY_FIELDS and value.isdigit():
            return self.community(int(value))
        if field in ("partnership_id", "exchange_id", "decision_id") and value.isdigit():
            kind = field.removesuffix("_id")
            label = RECORD_NAMES[kind] + " "
            return self.record_name(kind, int(value)).removeprefix(label)
        if field == "country":
            return countries.country_name(value) or value
        if field == "binding_actor_types":
            return ", ".join(_label(ActorType, v) for v in value.split(",") if v)
        return _shown(entry.record_type, field, value)


def _same_save(a: AuditEntry, b: AuditEntry) -> bool:
    return (a.record_type, a.record_id, a.action, a.who) == (
        b.record_type,
        b.record_id,
        b.action,
        b.who,
    )


def _dated(value: str | None, precision: str | None) -> str:
    """'1992-01-01' with 'year' -> '1992'; without a precision, the whole day."""
    if not value:
        return ""
    day = date.fromisoformat(value)
    if precision:
        return format_partial(PartialDate.of(day, precision))
    return format_day(day)


def _label(enum: type[Labelled], value: str) -> str:
    try:
        return enum(value).label
    except ValueError:
        return value


def _local(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _shown(record_type: str, field: str, value: str) -> str:
    """Enum values as their labels ('two_way' -> 'Two-way'), dates as the forms write
    them, archive times to the minute; everything else as stored."""
    model = MODELS.get(record_type)
    info = model.model_fields.get(field) if model else None
    annotation = getattr(info, "annotation", None)
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, Labelled):
            return _label(candidate, value)
        if candidate is datetime:
            try:
                return _local(datetime.fromisoformat(value))
            except ValueError:
                return value
        if candidate is date:
            try:
                return format_day(date.fromisoformat(value))
            except ValueError:
                return value
    return value
