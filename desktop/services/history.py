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
from desktop.domain.words import QT_TRANSLATE_NOOP, translate
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
    "community": QT_TRANSLATE_NOOP("Domain", "Community"),
    "partnership": QT_TRANSLATE_NOOP("Domain", "Partnership"),
    "exchange": QT_TRANSLATE_NOOP("Domain", "Exchange"),
    "decision": QT_TRANSLATE_NOOP("Domain", "Decision"),
    "attachment": QT_TRANSLATE_NOOP("Domain", "Document"),
}
# The labels the forms show (a field missing here reads as its name, 'Notes').
FIELD_NAMES = {
    "local_id": QT_TRANSLATE_NOOP("Domain", "Local community"),
    "partner_id": QT_TRANSLATE_NOOP("Domain", "Partner community"),
    "partnership_id": QT_TRANSLATE_NOOP("Domain", "Partnership"),
    "binding_actor_types": QT_TRANSLATE_NOOP("Domain", "Decides on partnerships"),
    "established_on": QT_TRANSLATE_NOOP("Domain", "Established"),
    "origin": QT_TRANSLATE_NOOP("Domain", "How it developed"),
    "local_signatory_name": QT_TRANSLATE_NOOP("Domain", "Local signatory"),
    "local_signatory_title": QT_TRANSLATE_NOOP("Domain", "Local signatory's title"),
    "local_signed_on": QT_TRANSLATE_NOOP("Domain", "Local signed on"),
    "partner_signatory_name": QT_TRANSLATE_NOOP("Domain", "Partner signatory"),
    "partner_signatory_title": QT_TRANSLATE_NOOP("Domain", "Partner signatory's title"),
    "partner_signed_on": QT_TRANSLATE_NOOP("Domain", "Partner signed on"),
    "start_on": QT_TRANSLATE_NOOP("Domain", "Starts"),
    "end_on": QT_TRANSLATE_NOOP("Domain", "Ends"),
    "decided_on": QT_TRANSLATE_NOOP("Domain", "Date"),
    "actor_name": QT_TRANSLATE_NOOP("Domain", "Who (person)"),
    "actor_title": QT_TRANSLATE_NOOP("Domain", "Title"),
    "actor_body": QT_TRANSLATE_NOOP("Domain", "Body"),
    "effective_on": QT_TRANSLATE_NOOP("Domain", "Effective from"),
    "review_on": QT_TRANSLATE_NOOP("Domain", "Review date"),
    "source_kind": QT_TRANSLATE_NOOP("Domain", "Source kind"),
    "source_title": QT_TRANSLATE_NOOP("Domain", "Source title"),
    "source_author": QT_TRANSLATE_NOOP("Domain", "Source author"),
    "source_date": QT_TRANSLATE_NOOP("Domain", "Source dated"),
    "source_reference": QT_TRANSLATE_NOOP("Domain", "Source reference"),
    "exchange_id": QT_TRANSLATE_NOOP("Domain", "Exchange"),
    "decision_id": QT_TRANSLATE_NOOP("Domain", "Decision"),
    "sha256": QT_TRANSLATE_NOOP("Domain", "SHA-256"),
    # The rest read as their names ('notes' as 'Notes'); listed for the translations.
    **{
        name: name.replace("_", " ").capitalize()
        for name in (
            "name", "subdivision", "country", "kind", "population", "latitude", "longitude",
            "status", "notes", "coordinating_organization", "title", "direction",
            "programme_area", "participants", "institutions", "reason", "action",
            "actor_type", "condition", "rationale",
        )
    },
}  # fmt: skip
# What lupdate reads of the names above that are made from the field's own name.
_NAMES_FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("Domain", "Name"),
    QT_TRANSLATE_NOOP("Domain", "Subdivision"),
    QT_TRANSLATE_NOOP("Domain", "Country"),
    QT_TRANSLATE_NOOP("Domain", "Kind"),
    QT_TRANSLATE_NOOP("Domain", "Population"),
    QT_TRANSLATE_NOOP("Domain", "Latitude"),
    QT_TRANSLATE_NOOP("Domain", "Longitude"),
    QT_TRANSLATE_NOOP("Domain", "Status"),
    QT_TRANSLATE_NOOP("Domain", "Notes"),
    QT_TRANSLATE_NOOP("Domain", "Coordinating organization"),
    QT_TRANSLATE_NOOP("Domain", "Title"),
    QT_TRANSLATE_NOOP("Domain", "Direction"),
    QT_TRANSLATE_NOOP("Domain", "Programme area"),
    QT_TRANSLATE_NOOP("Domain", "Participants"),
    QT_TRANSLATE_NOOP("Domain", "Institutions"),
    QT_TRANSLATE_NOOP("Domain", "Reason"),
    QT_TRANSLATE_NOOP("Domain", "Action"),
    QT_TRANSLATE_NOOP("Domain", "Actor type"),
    QT_TRANSLATE_NOOP("Domain", "Condition"),
    QT_TRANSLATE_NOOP("Domain", "Rationale"),
)
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
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Domain", "Created"),
    "update": QT_TRANSLATE_NOOP("Domain", "Changed"),
    "archive": QT_TRANSLATE_NOOP("Domain", "Archived"),
    "restore": QT_TRANSLATE_NOOP("Domain", "Restored"),
}
# A document is attached and detached (archived, kept), as the forms say it.
DOCUMENT_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Domain", "Attached"),
    "archive": QT_TRANSLATE_NOOP("Domain", "Detached"),
    "restore": QT_TRANSLATE_NOOP("Domain", "Attached again"),
}


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
                    action=translate(
                        "Domain",
                        (DOCUMENT_ACTIONS if entry.record_type == "attachment" else ACTIONS).get(
                            entry.action, ACTIONS.get(entry.action, entry.action)
                        ),
                    ),
                    record=self.record_name(entry.record_type, entry.record_id),
                    field=translate(
                        "Domain", FIELD_NAMES.get(field, field.replace("_", " ").capitalize())
                    ),
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
            label = translate("Domain", RECORD_NAMES.get(kind, kind))
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
            label = translate("Domain", RECORD_NAMES[kind]) + " "
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
