"""Rows that hang under an existing partnership: exchanges and decisions. Each kind plans
its row (fields, rules, a match with a record already there) and creates its record."""

from sqlmodel import Session

from desktop.domain.countries import fold
from desktop.domain.enums import (
    ActorType,
    DatePrecision,
    DecisionAction,
    Direction,
    ExchangeStatus,
    ProgrammeArea,
    Status,
)
from desktop.domain.validation import ValidationError, check_exchange, no_decider
from desktop.domain.words import translate
from desktop.services import records
from desktop.services.decisions import derived_fields, preview_in
from desktop.services.importing.cells import RowReader, date_fields
from desktop.services.importing.mapping import DECISION, EXCHANGE
from desktop.store.decision_queries import dates_actions_and_deciders
from desktop.store.exchange_queries import titles_and_starts
from desktop.store.models import Decision, DecisionBase, Exchange, ExchangeBase

MATCHED, REJECTED = "matched", "rejected"


def for_record_type(record_type: str, session: Session):
    if record_type == EXCHANGE:
        return ExchangeRows(session)
    if record_type == DECISION:
        return DecisionRows(session)
    return None


def _report(reader: RowReader, exc: ValidationError, fields: dict[str, str]) -> None:
    for p in exc.problems:
        reader.error(fields.get(p.field, p.field), p.message)


def _no_partnership(reader: RowReader) -> None:
    reader.error(
        "partner_name",
        "These two communities have no partnership in the registry; import the partnerships first.",
    )


class ExchangeRows:
    FIELDS = {"start_on": "start", "end_on": "end", "start_precision": "start"}

    def __init__(self, session: Session):
        self.seen = {(pid, fold(title), start) for pid, title, start in titles_and_starts(session)}

    def plan(self, reader: RowReader, planned, partnership_id: int | None) -> None:
        title = reader.text("title", required=translate("Domain", "Give the exchange a title."))
        start, end = reader.partial_date("start"), reader.partial_date("end")
        status = reader.choice("status", ExchangeStatus, ExchangeStatus.PLANNED)
        record = {
            "title": title,
            "programme_area": reader.choice("programme_area", ProgrammeArea, ProgrammeArea.OTHER),
            "direction": reader.choice("direction", Direction, Direction.OUTBOUND),
            "participants": reader.whole_number("participants"),
            "institutions": reader.text("institutions"),
            "status": status,
            "reason": reader.text("reason"),
            "notes": reader.text("notes"),
        }
        record["start_on"], record["start_precision"] = date_fields(start)
        record["end_on"], record["end_precision"] = date_fields(end)
        for p in check_exchange(
            title=title or "-",
            start=start,
            end=end,
            status=status,
            reason=record["reason"],
            participants=record["participants"],
        ):
            reader.error(self.FIELDS.get(p.field, p.field), p.message)
        try:
            records.validated(ExchangeBase, record | {"partnership_id": 1, "title": title or "-"})
        except ValidationError as exc:
            _report(reader, exc, self.FIELDS)
        planned.record = record
        if partnership_id is None:
            if not reader.rejected:
                _no_partnership(reader)
            return
        record["partnership_id"] = partnership_id
        key = (partnership_id, fold(title), record["start_on"])
        if key in self.seen and not reader.rejected:
            planned.outcome = MATCHED
            planned.note = translate("Domain", "This exchange is already in the registry.")
        self.seen.add(key)

    @staticmethod
    def create(session: Session, who: str, record: dict, batch_id: int) -> Exchange:
        return records.create(session, who, Exchange, record | {"batch_id": batch_id})


class DecisionRows:
    FIELDS = {"decided_on": "decided_on", "decided_precision": "decided_on", "actor": "actor_name"}

    def __init__(self, session: Session):
        self.session = session
        # Partnerships an earlier row of the list ends: (row, from when). The registry
        # does not know of those rows yet, but apply writes them first.
        self.ended_by_row: dict[int, tuple[int, object]] = {}
        self.seen = {
            (pid, on, action, fold(name))
            for pid, on, action, name in dates_actions_and_deciders(session)
        }

    def plan(self, reader: RowReader, planned, partnership_id: int | None) -> None:
        decided = reader.partial_date("decided_on")
        if decided is None and not reader.rejected:
            reader.error("decided_on", "Give the date of the decision or statement.")
        elif decided is not None and decided.precision is DatePrecision.UNKNOWN:
            reader.error("decided_on", "Give at least the year of the decision.")
        action = reader.choice("action", DecisionAction)
        if action is None and reader.raw("action") is None:
            reader.error("action", "Say what was decided (suspend, end, reaffirm ...).")
        record = {
            "actor_name": reader.text("actor_name"),
            "actor_title": reader.text("actor_title"),
            "actor_body": reader.text("actor_body"),
            "actor_type": reader.choice("actor_type", ActorType, ActorType.GOVERNING_BODY),
            "action": action,
            "effective_on": reader.day("effective_on"),
            "condition": reader.text("condition"),
            "review_on": reader.day("review_on"),
            "rationale": reader.text("rationale"),
            "source_title": reader.text("source_title"),
            "source_reference": reader.text("source_reference"),
        }
        if decided is not None and decided.value is not None:
            record["decided_on"], record["decided_precision"] = decided.value, decided.precision
        if problem := no_decider(record["actor_name"], record["actor_title"], record["actor_body"]):
            reader.error("actor_name", problem.message)
        if not reader.rejected:
            try:
                records.validated(DecisionBase, record | {"partnership_id": 1})
            except ValidationError as exc:
                _report(reader, exc, self.FIELDS)
        planned.record = record
        if partnership_id is None:
            if not reader.rejected:
                _no_partnership(reader)
            return
        record["partnership_id"] = partnership_id
        key = (partnership_id, record.get("decided_on"), action, fold(record["actor_name"]))
        if key in self.seen and not reader.rejected:
            planned.outcome = MATCHED
            planned.note = translate(
                "Domain", "This decision is already on the partnership's timeline."
            )
        self.seen.add(key)
        if not reader.rejected and planned.outcome != MATCHED:
            self.check_timeline(reader, record)

    def check_timeline(self, reader: RowReader, record: dict) -> None:
        """The timeline's own rules (decisions.preview_in), now rather than at apply, so
        a refused row is a rejected row at its cell, not a whole batch refused."""
        pid, action = record["partnership_id"], record["action"]
        takes_effect = record["effective_on"] or record["decided_on"]
        ended = self.ended_by_row.get(pid)
        if ended and action is not DecisionAction.REINSTATE and takes_effect >= ended[1]:
            reader.error(
                "action",
                f"Row {ended[0]} ends this partnership; the only decision that can follow "
                "is to reinstate it.",
            )
            return
        try:
            preview = preview_in(self.session, records.validated(DecisionBase, record))
        except ValidationError as exc:
            _report(reader, exc, self.FIELDS)
            return
        if preview.binding and preview.status_after is Status.ENDED:
            self.ended_by_row[pid] = (reader.number, takes_effect)
        elif preview.binding and action is DecisionAction.REINSTATE:
            self.ended_by_row.pop(pid, None)

    @staticmethod
    def create(session: Session, who: str, record: dict, batch_id: int) -> Decision:
        """Through the decisions service's own rules: whether it binds, and what the
        status was before it (an ended partnership takes only a reinstatement)."""
        data = records.validated(DecisionBase, record)
        preview = preview_in(session, data)
        values = data.model_dump() | derived_fields(data, preview.binding) | {"batch_id": batch_id}
        return records.create(session, who, Decision, values)
