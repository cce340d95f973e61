"""Values outside the registry's domain, put there by another program.

SQLite keeps whatever it is given: `UPDATE partnership SET kind='hacked'` in a database
tool passes SQLite's own integrity check, and every read of that record then failed (the
listing, the briefing workbook, printing, copying: "unexpected error"). This check reads
each table once and names the records whose values the app would never have written: a
kind, status or action outside its list; a date or time that is not one, or a number that
is text (SQLite only: a server's column types refuse them); a number out of its range; a
country code nobody issued; text with a control character in it. `check` reports them, a
backup holding any is not restored, and a copy refuses to carry them elsewhere.
"""

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.domain import countries
from desktop.store.models import (
    Attachment,
    Community,
    Decision,
    Exchange,
    ImportBatch,
    Partnership,
)

MAX_REPORTED = 1000  # problems named; beyond that the registry is said to hold more
# What no text holds: NUL, the other C0 controls but tab, line feed and carriage return,
# DEL and the C1 controls (as domain.validation.control_character).
CONTROL = "".join(chr(c) for c in [*range(1, 9), 11, 12, *range(14, 32), *range(0x7F, 0xA0)])
# The ranges the forms and imports keep numbers within (the *Base models' Field limits).
RANGES = {
    ("community", "latitude"): (-90, 90),
    ("community", "longitude"): (-180, 180),
    ("community", "population"): (0, None),
    ("exchange", "participants"): (0, None),
    ("attachment", "size"): (1, None),  # the bytes themselves are checked by their SHA-256
}
TABLES = (Community, Partnership, Exchange, Decision, ImportBatch, Attachment)


@dataclass(frozen=True)
class OutOfDomain:
    table: str
    record_id: int
    column: str
    value: object  # as stored
    why: str
    record: str = ""  # how a clerk knows the record: "Norfolk - Kaliningrad"

    def describe(self) -> str:
        named = f" ({_escaped(self.record)})" if self.record else ""
        shown = _shown(self.value)
        return f"{self.table} {self.record_id}{named}: {self.column} is {shown}, {self.why}"


def out_of_domain(conn: Connection) -> list[OutOfDomain]:
    """Every value outside the domain (at most MAX_REPORTED), read on `conn`."""
    sqlite = conn.dialect.name == "sqlite"
    found: list[OutOfDomain] = []
    for model in TABLES:
        found += _table_problems(conn, model.__table__, sqlite)
    found += _unknown_countries(conn)
    return [_named(conn, p) for p in found[:MAX_REPORTED]]


def _table_problems(conn: Connection, table: sa.Table, sqlite: bool) -> list[OutOfDomain]:
    rules = [(column, _rule(column, sqlite)) for column in table.columns]
    rules = [(column, rule) for column, rule in rules if rule is not None]
    stored = [sa.type_coerce(column, sa.types.NullType()) for column, _ in rules]  # as is
    query = (
        sa.select(table.c.id, *stored)
        .where(sa.or_(*(rule.outside for _, rule in rules)))
        .limit(MAX_REPORTED)
    )
    found = []
    for record_id, *values in conn.execute(query):
        for (column, rule), value in zip(rules, values, strict=True):
            if not rule.fits(value):
                found.append(OutOfDomain(table.name, record_id, column.name, value, rule.why))
    return found


@dataclass(frozen=True)
class _Rule:
    outside: sa.ColumnElement  # SQL: true where the stored value is outside the domain
    fits: object  # Python: the same test on one stored value
    why: str


def _rule(column: sa.Column, sqlite: bool) -> _Rule | None:
    kind = column.type
    kind = getattr(kind, "impl_instance", kind)  # a TypeDecorator's own type
    text = sa.type_coerce(column, sa.String())
    low, high = RANGES.get((column.table.name, column.name), (None, None))
    if isinstance(kind, sa.Enum):
        allowed = list(kind.enums)
        missing = text.is_(None) if not column.nullable else sa.false()
        return _Rule(
            sa.or_(text.not_in(allowed), missing),
            lambda v: v in allowed if v is not None else column.nullable,
            "which is not one of: " + ", ".join(allowed)
            if column.nullable
            else "which must be one of: " + ", ".join(allowed),
        )
    if isinstance(kind, sa.String):
        if sqlite:
            outside = sa.or_(text.op("GLOB")(f"*[{CONTROL}]*"), sa.func.instr(text, "\x00") > 0)
        else:
            outside = text.op("~")(f"[{CONTROL}]")
        return _Rule(
            outside,
            lambda v: v is None or not any(ch in CONTROL or ch == "\x00" for ch in str(v)),
            "which holds a control character (not text)",
        )
    if not sqlite:  # a server's dates and numbers are of their type; only ranges remain
        if low is None and high is None:
            return None
        return _Rule(_out_of_range(column, low, high), _in_range(low, high), _range(low, high))
    if isinstance(kind, sa.DateTime):
        return _Rule(
            sa.and_(text.is_not(None), sa.func.julianday(text).is_(None)),
            lambda v: v is None or _parses(datetime.fromisoformat, v),
            "which is not a date and time",
        )
    if isinstance(kind, sa.Date):
        return _Rule(
            sa.and_(text.is_not(None), sa.func.date(text).is_distinct_from(text)),
            lambda v: v is None or _parses(date.fromisoformat, v),
            "which is not a date (YYYY-MM-DD)",
        )
    if isinstance(kind, sa.Integer | sa.Boolean | sa.Float):
        types = ["integer", "null"] + (["real"] if isinstance(kind, sa.Float) else [])
        number = int if not isinstance(kind, sa.Float) else (int, float)
        return _Rule(
            sa.or_(sa.func.typeof(column).not_in(types), _out_of_range(column, low, high)),
            lambda v: v is None or (isinstance(v, number) and _in_range(low, high)(v)),
            _range(low, high) if low is not None or high is not None else _not_a(kind),
        )
    return None


def _not_a(kind) -> str:
    return (
        "which is not yes or no (1 or 0)"
        if isinstance(kind, sa.Boolean)
        else "which is not a whole number"
        if isinstance(kind, sa.Integer)
        else "which is not a number"
    )


def _out_of_range(column, low, high) -> sa.ColumnElement:
    conditions = [sa.false()]
    if low is not None:
        conditions.append(column < low)
    if high is not None:
        conditions.append(column > high)
    return sa.or_(*conditions)


def _in_range(low, high):
    def fits(value) -> bool:
        if value is None:
            return True
        try:
            return (low is None or value >= low) and (high is None or value <= high)
        except TypeError:
            return False

    return fits


def _range(low, high) -> str:
    if high is None:
        return f"which is not a number of at least {low}"
    return f"which is not a number from {low} to {high}"


def _parses(parse, value) -> bool:
    try:
        parse(str(value))
    except ValueError:
        return False
    return True


def _unknown_countries(conn: Connection) -> list[OutOfDomain]:
    country = sa.type_coerce(Community.country, sa.String())
    codes = conn.execute(sa.select(country).distinct()).scalars().all()
    unknown = [c for c in codes if not countries.is_known(str(c))]
    if not unknown:
        return []
    rows = conn.execute(
        sa.select(Community.id, country).where(country.in_(unknown)).limit(MAX_REPORTED)
    ).all()
    why = "which is not an ISO 3166 country code"
    return [OutOfDomain("community", i, "country", code, why) for i, code in rows]


def _named(conn: Connection, problem: OutOfDomain) -> OutOfDomain:
    """The problem with its record named as a clerk knows it."""
    as_text = sa.type_coerce
    name = {
        "community": as_text(Community.name, sa.String()),
        "partnership": _community_name(Partnership.local_id)
        + " - "
        + _community_name(Partnership.partner_id),
        "exchange": as_text(Exchange.title, sa.String()),
        "decision": "of partnership " + sa.cast(Decision.partnership_id, sa.String()),
        "attachment": as_text(Attachment.name, sa.String()),
    }.get(problem.table)
    if name is None:
        return problem
    table = {m.__tablename__: m for m in TABLES}[problem.table]
    found = conn.execute(sa.select(name).where(table.id == problem.record_id)).scalar()
    record = str(found) if found else ""
    return OutOfDomain(
        problem.table, problem.record_id, problem.column, problem.value, problem.why, record
    )


def _community_name(column) -> sa.ColumnElement:
    named = sa.select(sa.type_coerce(Community.name, sa.String())).where(Community.id == column)
    return sa.func.coalesce(named.scalar_subquery(), "?")


def _shown(value) -> str:
    text = _escaped(f"'{value}'" if isinstance(value, str) else repr(value))
    return text if len(text) <= 60 else text[:56] + "...'"


def _escaped(text: str) -> str:
    """Control characters written out (\\x01), so a report line stays one line of text."""
    if any(ch in CONTROL or ch == "\x00" for ch in text):
        return text.encode("unicode_escape").decode()
    return text
