"""The exchange calendar of a year: planned, completed and canceled exchanges by month."""

import calendar
from collections import Counter
from dataclasses import dataclass, field

from desktop.domain.enums import DatePrecision, Direction, ExchangeStatus, ProgrammeArea
from desktop.services.documents.wording import partial
from desktop.services.progress import Progress
from desktop.services.unit_of_work import reading
from desktop.store import exchange_queries
from desktop.store.database import Database
from desktop.store.models import Exchange

UNDATED = "Month not recorded"


@dataclass(frozen=True)
class CalendarEntry:
    when: str
    partnership: str  # 'Norfolk - Kaliningrad'
    title: str
    area: str
    direction: str
    participants: str
    status: str  # the label
    reason: str


@dataclass
class CalendarMonth:
    name: str  # 'March', or UNDATED for exchanges known only by their year
    entries: list[CalendarEntry] = field(default_factory=list)
    by_status: Counter = field(default_factory=Counter)


@dataclass
class ExchangeCalendar:
    year: int
    months: list[CalendarMonth]  # the twelve months, then UNDATED when any

    @property
    def by_status(self) -> Counter:
        total = Counter()
        for month in self.months:
            total.update(month.by_status)
        return total

    @property
    def total(self) -> int:
        return sum(len(m.entries) for m in self.months)


def exchange_calendar(
    db: Database, year: int, progress: Progress | None = None
) -> ExchangeCalendar:
    progress = progress or Progress()
    months = [CalendarMonth(calendar.month_name[m]) for m in range(1, 13)]
    undated = CalendarMonth(UNDATED)
    with reading(db) as session:
        rows = exchange_queries.exchanges_in_year(session, year)
    for index, (exchange, local_name, partner_name) in enumerate(rows):
        progress.step(index, len(rows), exchange.title)
        month = _month_of(exchange, year, months, undated)
        status = ExchangeStatus.read(exchange.status).label
        month.entries.append(
            CalendarEntry(
                when=_when(exchange),
                partnership=f"{local_name} - {partner_name}",
                title=exchange.title,
                area=ProgrammeArea.read(exchange.programme_area).label,
                direction=Direction.read(exchange.direction).label,
                participants=str(exchange.participants) if exchange.participants else "",
                status=status,
                reason=exchange.reason,
            )
        )
        month.by_status[status] += 1
    return ExchangeCalendar(year, months + ([undated] if undated.entries else []))


def _month_of(exchange: Exchange, year: int, months, undated) -> CalendarMonth:
    """The month the exchange starts in that year (January when it began the year before)."""
    if exchange.start_precision in (DatePrecision.YEAR, DatePrecision.UNKNOWN):
        return undated
    if exchange.start_on.year < year:
        return months[0]
    return months[exchange.start_on.month - 1]


def _when(exchange: Exchange) -> str:
    start = partial(exchange.start_on, exchange.start_precision)
    end = partial(exchange.end_on, exchange.end_precision)
    return f"{start} to {end}" if end and end != start else start
