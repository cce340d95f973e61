"""What a partnerships listing gives back (PartnershipRow), and how a row of its SELECT
becomes one: shared by the ORM listing (store/queries.py) and the command line's plain-SQL
one (store/partnership_sql.py), and loading no SQL toolkit."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.dates import PartialDate
from desktop.domain.enums import DatePrecision, PartnershipKind, Status


@dataclass(frozen=True)
class PartnershipRow:
    id: int
    local: str
    local_subdivision: str
    local_country: str
    partner: str
    partner_subdivision: str
    partner_country: str
    kind: PartnershipKind
    established: PartialDate | None
    status: Status
    # The columns a clerk may add with the column chooser, and whether it is archived.
    coordinating_organization: str = ""
    last_exchange: PartialDate | None = None  # the latest completed exchange's date
    next_review: date | None = None  # the review date of the suspension in effect
    archived: bool = False


def partnership_row(r: Sequence, day: Callable = lambda value: value) -> PartnershipRow:
    """A row of the listing's SELECT (its 16 columns, in order); `day` reads a date column
    (the ORM has read it already; the sqlite3 driver gives its ISO text)."""
    return PartnershipRow(
        id=r[0],
        local=r[1],
        local_subdivision=r[2],
        local_country=r[3],
        partner=r[4],
        partner_subdivision=r[5],
        partner_country=r[6],
        kind=PartnershipKind.read(r[7]),
        established=PartialDate.of(day(r[8]), r[9]),
        status=Status.read(r[10]),
        coordinating_organization=r[11],
        last_exchange=_last_exchange(day(r[12]), r[13]),
        next_review=day(r[14]) if r[10] == Status.SUSPENDED.value else None,
        archived=bool(r[15]),  # `archived_at IS NOT NULL`, as the filter's test
    )


def plain_partnership_row(r: Sequence) -> PartnershipRow:
    """A row of the listing's SELECT as the sqlite3 driver gives it (dates as ISO text)."""
    return partnership_row(r, plain_day)


def plain_day(value) -> date | None:
    """A date column as the ORM reads it from SQLite (SQLAlchemy's date.fromisoformat),
    and what is no date, which another program may have put there, as None (as
    readable_types.ReadableDate reads it)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _last_exchange(on: date | None, precision: str | None) -> PartialDate | None:
    if precision is None:
        return None
    if on is None:
        return PartialDate.unknown()
    return PartialDate(on, DatePrecision(precision))


def ascii_lower(text: str) -> str:
    return text.strip().translate(ASCII_LOWER)


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def spelling_pattern(name: str) -> str:
    """A LIKE pattern (escape '\\') for the names written like `name` in the letters SQL's
    lower() folds (A-Z), any other letter matching any one character."""
    return "".join(
        ch if ch.isascii() and ch not in "%_\\" else ("\\" + ch if ch.isascii() else "_")
        for ch in ascii_lower(name)
    )


def same_spelling(names, name: str) -> list[str]:
    """Of the names a spelling_pattern found, those that are `name` in any letter's case."""
    wanted = name.strip().casefold()
    return [n for n in names if n.casefold() == wanted]
