"""Create, change and archive any record, with validation and audit entries.

The use-case modules (communities, partnerships, exchanges, decisions) add their own rules
and call these inside their transaction.
"""

from typing import Any

from pydantic import ValidationError as PydanticError
from sqlmodel import Session, SQLModel

from desktop.domain.validation import Problem, ValidationError
from desktop.domain.words import fill, translate
from desktop.services import audit
from desktop.store.errors import RecordChanged, StoreError
from desktop.store.models import Community, Partnership, now_utc


class NotFound(StoreError):
    pass


def validated(base: type[SQLModel], data: dict[str, Any]) -> SQLModel:
    """Run the shared field rules (the same limits the tables declare); plain messages."""
    try:
        return base.model_validate(data)
    except PydanticError as exc:
        raise ValidationError([_plain(e) for e in exc.errors()]) from None


def validated_values(base: type[SQLModel], data: dict[str, Any]) -> dict[str, Any]:
    """`validated(base, data).model_dump()` (the same rules and messages) for a flat model,
    at a quarter of its cost: an import validates every row it writes."""
    record = base.__new__(base)
    try:
        base.__pydantic_validator__.validate_python(data, self_instance=record)
    except PydanticError as exc:
        raise ValidationError([_plain(e) for e in exc.errors()]) from None
    return dict(record.__dict__)


def _plain(error: dict) -> Problem:
    field = str(error["loc"][0]) if error.get("loc") else ""
    ctx = error.get("ctx") or {}
    kind = error.get("type", "")
    if kind == "missing" or (kind == "string_too_short" and ctx.get("min_length") == 1):
        message = "This is required."
    elif kind == "string_too_long":
        message = translate("Domain", "Too long: at most %1 characters.").replace(
            "%1", str(ctx.get("max_length"))
        )
    elif kind in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        message = "Cannot be negative." if ctx.get("ge") == 0 else f"Must be at least {bound}."
    elif kind in ("less_than_equal", "less_than"):
        message = f"Must be at most {ctx.get('le', ctx.get('lt'))}."
    elif kind == "enum":
        message = f"Choose one of: {ctx.get('expected')}."
    elif kind.startswith(("int_", "float_")):
        message = (
            translate("Domain", "Must be a whole number.")
            if kind.startswith("int")
            else "Must be a number."
        )
    elif kind.startswith("date"):
        message = translate("Domain", "Must be a date, for example 2022-02-28.")
    elif kind == "value_error":
        message = str(ctx.get("error", error.get("msg")))
    else:
        message = error.get("msg", "Not valid.")
    return Problem(field, message)


def get(session: Session, model: type[SQLModel], record_id: int) -> SQLModel:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(
            fill(
                translate("Domain", "There is no %1 number %2 in the registry."),
                model.__tablename__,
                record_id,
            )
        )
    return record


def create(session: Session, who: str, model: type[SQLModel], values: dict[str, Any]):
    record = model(**values)
    session.add(record)
    audit.write_created(session, who, record)
    return record


def update(
    session: Session,
    who: str,
    model: type[SQLModel],
    record_id: int,
    values: dict[str, Any],
    expected_version: int | None,
):
    """Apply `values`; refuse if someone saved the record since `expected_version`.

    The version column also guards the UPDATE itself (StaleDataError), so two clerks saving
    at the same instant cannot both win.
    """
    record = get(session, model, record_id)
    if expected_version is not None and record.version != expected_version:
        raise RecordChanged()
    before = audit.snapshot(record)
    for name, value in values.items():
        setattr(record, name, value)
    if audit.write_changes(session, who, record, before):
        record.updated_at = now_utc()
        session.add(record)
        session.flush()
    return record


def archive(session: Session, who: str, model: type[SQLModel], record_id: int):
    record = get(session, model, record_id)
    if record.archived_at is None:
        record.archived_at = now_utc()
        session.add(record)
        audit.write_action(
            session, who, "archive", record, "archived_at", None, record.archived_at.isoformat()
        )
        session.flush()
    return record


def restore(session: Session, who: str, model: type[SQLModel], record_id: int):
    record = get(session, model, record_id)
    if record.archived_at is not None:
        old = record.archived_at.isoformat()
        record.archived_at = None
        session.add(record)
        audit.write_action(session, who, "restore", record, "archived_at", old, None)
        session.flush()
    return record


def refuse_under_archived_partnership(session: Session, partnership_id: int) -> None:
    """An exchange or decision comes back only under a partnership that is in the lists."""
    partnership = get(session, Partnership, partnership_id)
    if partnership.archived_at is None:
        return
    local = session.get(Community, partnership.local_id)
    partner = session.get(Community, partnership.partner_id)
    raise ValidationError(
        [
            Problem(
                "",
                fill(
                    translate(
                        "Domain",
                        "Its partnership, %1 – %2, is archived; restore the partnership first.",
                    ),
                    local.name,
                    partner.name,
                ),
            )
        ]
    )
