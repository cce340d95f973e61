"""The figures of a council briefing, for whatever a filter selects.

Plain dataclasses, no spreadsheet and no Qt: the briefing workbook and the printed memo
both read them. One call is one read transaction, so the figures agree with each other.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from desktop.domain.countries import country_name
from desktop.domain.dates import format_day
from desktop.domain.enums import DecisionAction, Direction, PartnershipKind, ProgrammeArea, Status
from desktop.services.unit_of_work import reading
from desktop.store import briefing_queries as q
from desktop.store.database import Database
from desktop.store.queries import RecordFilter

__all__ = [
    "AreaCount",
    "BriefingFigures",
    "CountryCount",
    "DecisionCount",
    "MonthCount",
    "Share",
    "YearCount",
    "briefing_figures",
    "describe_filter",
    "figures_in_session",
]


@dataclass(frozen=True)
class Share:
    """'7 of 69 partnerships (10.1%) are suspended or ended'."""

    part: int
    whole: int

    @property
    def ratio(self) -> float | None:
        return self.part / self.whole if self.whole else None

    def __str__(self) -> str:
        if not self.whole:
            return "no partnerships selected"
        return f"{self.part} of {self.whole} ({100 * self.part / self.whole:.1f}%)"


@dataclass(frozen=True)
class CountryCount:
    country: str  # ISO code
    name: str
    partnerships: int
    suspended: int
    ended: int

    @property
    def stopped(self) -> Share:
        return Share(self.suspended + self.ended, self.partnerships)


@dataclass
class YearCount:
    """Exchanges starting in one year (None: date unknown), by direction."""

    year: int | None
    outbound: int = 0
    inbound: int = 0
    two_way: int = 0
    participants: int = 0
    completed: int = 0
    canceled: int = 0

    @property
    def total(self) -> int:
        return self.outbound + self.inbound + self.two_way


@dataclass(frozen=True)
class AreaCount:
    area: ProgrammeArea
    exchanges: int
    participants: int


@dataclass(frozen=True)
class DecisionCount:
    action: DecisionAction
    binding: int  # entries by the body that holds the authority: these change the status
    positions: int  # requests, calls, letters: on the timeline, not counted

    @property
    def total(self) -> int:
        return self.binding + self.positions


@dataclass(frozen=True)
class MonthCount:
    """Timeline entries decided in one month: decisions by the body that holds the
    authority, and positions (requests, calls, letters)."""

    year: int
    month: int
    binding: int
    positions: int

    @property
    def total(self) -> int:
        return self.binding + self.positions


@dataclass
class BriefingFigures:
    as_of: date
    period: tuple[date, date] | None
    filter_text: str
    partnerships: int
    by_status: dict[Status, int]
    by_kind: dict[PartnershipKind, int]
    by_country: list[CountryCount]
    suspended_or_ended: Share
    domestic: int  # twinnings within one country (Hannover - Leipzig)
    exchanges: int
    by_year: list[YearCount]
    by_area: list[AreaCount]
    decisions: list[DecisionCount]
    by_month: list[MonthCount] = field(default_factory=list)  # the decisions' months, in order
    made_at: datetime = field(default_factory=datetime.now)

    @property
    def decisions_total(self) -> int:
        return sum(d.total for d in self.decisions)

    @property
    def binding_total(self) -> int:
        return sum(d.binding for d in self.decisions)


def briefing_figures(
    db: Database, f: RecordFilter, period: tuple[date, date] | None = None
) -> BriefingFigures:
    """The figures for the partnerships `f` selects, their status as of `f.as_of`.

    `period` limits the decisions counted (inclusive); None counts every entry on record up
    to the as-of date.
    """
    with reading(db) as session:
        return figures_in_session(session, f, period)


def figures_in_session(
    session: Session, f: RecordFilter, period: tuple[date, date] | None = None
) -> BriefingFigures:
    raw_status = q.count_by_status(session, f)
    by_status = {s: raw_status.get(s.value, 0) for s in Status}
    raw_kind = {PartnershipKind.read(k): n for k, n in q.count_by_kind(session, f).items()}
    by_kind = {k: raw_kind.get(k, 0) for k in PartnershipKind}
    by_country = [
        CountryCount(code, country_name(code), n, int(susp or 0), int(ended or 0))
        for code, n, susp, ended in q.count_by_partner_country(session, f)
    ]
    total = sum(by_status.values())
    by_year = _years(q.exchanges_by_year(session, f))
    by_area = [
        AreaCount(ProgrammeArea(a), n, int(p)) for a, n, p in q.exchanges_by_area(session, f)
    ]
    return BriefingFigures(
        as_of=f.as_of,
        period=period,
        filter_text=describe_filter(f),
        partnerships=total,
        by_status=by_status,
        by_kind=by_kind,
        by_country=by_country,
        suspended_or_ended=Share(by_status[Status.SUSPENDED] + by_status[Status.ENDED], total),
        domestic=q.count_domestic(session, f),
        exchanges=sum(y.total for y in by_year),
        by_year=by_year,
        by_area=by_area,
        decisions=_decisions(q.decisions_by_action(session, f, period)),
        by_month=_months(q.decisions_by_month(session, f, period)),
    )


def _years(rows) -> list[YearCount]:
    years: dict[int | None, YearCount] = {}
    for year, direction, status, n, participants in rows:
        key = int(year) if year is not None else None
        y = years.setdefault(key, YearCount(key))
        attr = Direction(direction).value
        setattr(y, attr, getattr(y, attr) + n)
        y.participants += int(participants)
        if status == "completed":
            y.completed += n
        elif status == "canceled":
            y.canceled += n
    # Known years in order; "date unknown" last.
    return sorted(years.values(), key=lambda y: (y.year is None, y.year or 0))


def _decisions(rows) -> list[DecisionCount]:
    counts: dict[DecisionAction, list[int]] = {}
    for action, binding, n in rows:
        c = counts.setdefault(DecisionAction(action), [0, 0])
        c[0 if binding else 1] += n
    return [DecisionCount(a, *counts[a]) for a in DecisionAction if a in counts]


def _months(rows) -> list[MonthCount]:
    counts: dict[tuple[int, int], list[int]] = {}
    for year, month, binding, n in rows:
        c = counts.setdefault((int(year), int(month)), [0, 0])
        c[0 if binding else 1] += n
    return [MonthCount(y, m, *counts[y, m]) for y, m in sorted(counts)]


def describe_filter(f: RecordFilter) -> str:
    """The selection in words: 'Partnerships with communities in Russia, all statuses'."""
    kind = f"{PartnershipKind(f.kind).label.lower()} partnerships" if f.kind else "partnerships"
    text = kind[0].upper() + kind[1:]
    if f.local:
        text += f" of {f.local.strip()}"
    if f.country:
        text += f" with communities in {country_name(f.country.upper())}"
    if f.search.strip():
        text += f' matching "{f.search.strip()}"'
    if f.status:
        text += f", {Status(f.status).label.lower()} on {format_day(f.as_of)}"
    else:
        text += ", all statuses"
    if f.include_archived:
        text += ", archived ones included"
    return text
