"""The list report: whatever the current view selects, grouped, with totals."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.countries import country_name
from desktop.domain.dates import format_day, format_partial
from desktop.domain.enums import PartnershipKind, Status
from desktop.domain.words import translate
from desktop.services import listing
from desktop.services.listing import PartnershipRow, RecordFilter
from desktop.services.progress import Progress
from desktop.store.database import Database

CHUNK = 500  # rows fetched between two progress reports


class Grouping(StrEnum):
    LOCAL = "local"  # by local community
    COUNTRY = "country"  # by partner country


@dataclass(frozen=True)
class ListLine:
    local: str
    partner: str
    country: str
    kind: str
    established: str
    status: str


@dataclass
class ListGroup:
    name: str
    lines: list[ListLine] = field(default_factory=list)
    by_status: Counter = field(default_factory=Counter)


@dataclass
class ListReport:
    title: str
    filters: list[str]  # the selection in words, one phrase each
    grouping: Grouping
    as_of: date
    groups: list[ListGroup] = field(default_factory=list)
    by_status: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def filters_in_words(f: RecordFilter) -> list[str]:
    words = []
    if f.local:
        words.append(f"Local community: {f.local}")
    if f.country:
        words.append(f"Partner country: {country_name(f.country)}")
    if f.status:
        words.append(f"Status: {Status(f.status).label}")
    if f.kind:
        words.append(f"Kind: {PartnershipKind(f.kind).label}")
    if f.search.strip():
        words.append(f'Containing "{f.search.strip()}"')
    if f.include_archived:
        words.append(translate("Domain", "Archived partnerships included"))
    if not words:
        words.append("All partnerships")
    words.append(f"Status as on {format_day(f.as_of)}")
    return words


def list_report(
    db: Database,
    f: RecordFilter,
    grouping: Grouping = Grouping.LOCAL,
    progress: Progress | None = None,
) -> ListReport:
    progress = progress or Progress()
    total = listing.count(db, f)
    report = ListReport(
        title=translate("Domain", "Partnerships by local community")
        if grouping is Grouping.LOCAL
        else translate("Domain", "Partnerships by partner country"),
        filters=filters_in_words(f),
        grouping=grouping,
        as_of=f.as_of,
    )
    order = "local" if grouping is Grouping.LOCAL else "country"
    done = 0
    while done < total:
        progress.step(done, total, f"Reading partnerships {done:,} of {total:,}")
        rows = listing.partnerships(db, f, order_by=order, limit=CHUNK, offset=done)
        if not rows:
            break
        for row in rows:
            add_row(report, row)
        done += len(rows)
    if grouping is Grouping.COUNTRY:  # rows come sorted by code (GB, UA); clerks read names
        report.groups.sort(key=lambda g: g.name)
    return report


def add_row(report: ListReport, row: PartnershipRow) -> None:
    """Put one listed partnership into its group (rows arrive sorted by the group key)."""
    local = ", ".join(x for x in (row.local, row.local_subdivision) if x)
    country = country_name(row.partner_country)
    key = local if report.grouping is Grouping.LOCAL else country
    if not report.groups or report.groups[-1].name != key:
        report.groups.append(ListGroup(key))
    group = report.groups[-1]
    partner = ", ".join(x for x in (row.partner, row.partner_subdivision) if x and x != row.partner)
    group.lines.append(
        ListLine(
            local=local,
            partner=f"{row.partner} ({partner})" if partner else row.partner,
            country=country,
            kind=row.kind.label,
            established=format_partial(row.established) or "not recorded",
            status=Status.read(row.status).label,
        )
    )
    group.by_status[row.status.label] += 1
    report.by_status[row.status.label] += 1


def status_summary(counts: Counter) -> str:
    """'3 active, 1 suspended' in the order of the statuses."""
    parts = [f"{counts[s.label]:,} {s.label.lower()}" for s in Status if counts[s.label]]
    return ", ".join(parts) if parts else "none"
