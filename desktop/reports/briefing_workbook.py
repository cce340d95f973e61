"""The council briefing workbook: cover, summary with charts, and the records as Excel tables.

Read by people who have never seen the app, so every sheet stands on its own: headers
frozen, filters on, real dates, and page setup for printing. Streamed with openpyxl's
write-only mode (memory stays flat at any size) to a temporary file that replaces the
destination only when complete (`atomic_output`): a cancelled or failed export leaves
nothing behind, and an existing file is only ever replaced by a whole one.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import Session

from desktop.domain.attachments import kind_label
from desktop.domain.countries import country_name
from desktop.domain.dates import format_day
from desktop.domain.enums import (
    ActorType,
    DecisionAction,
    Direction,
    ExchangeStatus,
    Origin,
    PartnershipKind,
    ProgrammeArea,
    SourceKind,
    Status,
    Unrecognised,
)
from desktop.reports.atomic import atomic_output
from desktop.reports.briefing_summary import write_summary
from desktop.reports.xlsx_cells import Cells, Column, TableSheet, discard, prepare_for_print
from desktop.services.attachments import decision_label
from desktop.services.briefing_figures import BriefingFigures, figures_in_session
from desktop.services.needs_attention import attention_items
from desktop.services.progress import Progress
from desktop.services.timeline import actor_phrase
from desktop.services.unit_of_work import reading
from desktop.store import attachment_queries
from desktop.store import briefing_queries as q
from desktop.store.database import Database
from desktop.store.queries import RecordFilter

TITLE = "Council briefing: sister-city partnerships"
STEP = 500  # rows between progress reports (and chances to cancel)


class _Labels(dict):
    """Labels keyed by value (StrEnum members look up the same entries as the plain
    strings); a value another program stored reads as itself, marked invalid."""

    def __missing__(self, value) -> str:
        return Unrecognised(value).label


def _labels(enum) -> dict[str, str]:
    return _Labels({m.value: m.label for m in enum})


LABEL = {
    e: _labels(e)
    for e in (
        ActorType,
        DecisionAction,
        Direction,
        ExchangeStatus,
        Origin,
        PartnershipKind,
        ProgrammeArea,
        SourceKind,
        Status,
    )
}


@dataclass(frozen=True)
class BriefingResult:
    path: Path
    partnerships: int
    exchanges: int
    decisions: int
    attention: int
    documents: int = 0


def export_briefing(
    db: Database,
    destination: Path | str,
    f: RecordFilter,
    progress: Progress | None = None,
    *,
    period: tuple[date, date] | None = None,
    now: datetime | None = None,
) -> BriefingResult:
    """Write the briefing for what `f` selects to `destination` (whole, or not at all)."""
    progress = progress or Progress()
    now = now or datetime.now()
    with atomic_output(destination) as temp, reading(db) as session:
        progress.step(0, 0, "Counting records")
        figures = figures_in_session(session, f, period)
        totals = q.count_rows(session, f, period)
        writer = _Writer(session, f, period, progress, sum(totals))
        wb = Workbook(write_only=True)
        try:
            cover = wb.create_sheet("Cover")
            write_summary(wb.create_sheet("Summary"), figures)
            counts = writer.write_sheets(wb)
            _write_cover(cover, session, db, f, figures, counts, now)
            progress.step(writer.done, writer.total, "Saving the workbook")
            wb.save(temp)
        except BaseException:
            discard(wb)
            raise
    return BriefingResult(Path(destination), *counts, documents=writer.documents_written)


class _Writer:
    """Streams the data sheets, reporting progress as rows go by."""

    def __init__(self, session: Session, f, period, progress: Progress, total: int):
        self.session, self.f, self.period, self.progress = session, f, period, progress
        self.done, self.total = 0, total
        self.documents_written = 0
        self._countries: dict[str, str] = {}

    def tick(self, message: str) -> None:
        self.done += 1
        if self.done % STEP == 0:
            self.progress.step(self.done, self.total, message)

    def country(self, code: str) -> str:
        if code not in self._countries:
            self._countries[code] = country_name(code)
        return self._countries[code]

    def write_sheets(self, wb: Workbook) -> tuple[int, int, int, int]:
        counts = (
            self.partnerships(wb),
            self.exchanges(wb),
            self.decisions(wb),
            self.attention(wb),
        )
        self.documents_written = self.documents(wb)
        return counts

    def partnerships(self, wb: Workbook) -> int:
        sheet = TableSheet(wb, "Partnerships", PARTNERSHIP_COLUMNS(self.f.as_of), "Partnerships")
        kinds, statuses, origins = LABEL[PartnershipKind], LABEL[Status], LABEL[Origin]
        for r in q.partnership_rows(self.session, self.f):
            c = sheet.cells
            sheet.append(
                [
                    r.id,
                    c.text(r.local),
                    c.text(r.local_subdivision),
                    self.country(r.local_country),
                    c.text(r.partner),
                    c.text(r.partner_subdivision),
                    self.country(r.partner_country),
                    "Yes" if r.local_country == r.partner_country else None,
                    c.text(kinds[r.kind]),
                    c.date(r.established_on, r.established_precision),
                    c.text(statuses[r.status]),
                    c.text(origins[r.origin]) if r.origin else None,
                    c.text(r.coordinating_organization),
                    c.text(r.notes, wrap=True),
                ]
            )
            self.tick("Partnerships")
        sheet.close()
        return sheet.rows

    def exchanges(self, wb: Workbook) -> int:
        sheet = TableSheet(wb, "Exchanges", EXCHANGE_COLUMNS, "Exchanges")
        areas, directions = LABEL[ProgrammeArea], LABEL[Direction]
        statuses = LABEL[ExchangeStatus]
        for r in q.exchange_rows(self.session, self.f):
            c = sheet.cells
            sheet.append(
                [
                    r.partnership_id,
                    c.text(r.local),
                    c.text(r.partner),
                    self.country(r.partner_country),
                    c.text(r.title, wrap=True),
                    c.text(areas[r.programme_area]),
                    c.text(directions[r.direction]),
                    c.date(r.start_on, r.start_precision),
                    c.date(r.end_on, r.end_precision),
                    r.participants,
                    c.text(r.institutions, wrap=True),
                    c.text(statuses[r.status]),
                    c.text(r.reason, wrap=True),
                ]
            )
            self.tick("Exchanges")
        sheet.close()
        return sheet.rows

    def decisions(self, wb: Workbook) -> int:
        sheet = TableSheet(wb, "Decisions", DECISION_COLUMNS, "Decisions")
        actors, actions, sources = LABEL[ActorType], LABEL[DecisionAction], LABEL[SourceKind]
        for r in q.decision_rows(self.session, self.f, self.period):
            c = sheet.cells
            sheet.append(
                [
                    c.date(r.decided_on, r.decided_precision),
                    r.partnership_id,
                    c.text(r.local),
                    c.text(r.partner),
                    c.text(actor_phrase(r)),
                    c.text(actors[r.actor_type]),
                    c.text(actions[r.action]),
                    "Binding" if r.binding else "Position",
                    c.date(r.effective_on),
                    c.text(r.condition, wrap=True),
                    c.date(r.review_on),
                    c.text(r.rationale, wrap=True),
                    c.text(sources[r.source_kind]) if r.source_kind else None,
                    c.text(r.source_title, wrap=True),
                    c.text(r.source_author),
                    c.date(r.source_date),
                    c.text(r.source_reference),
                ]
            )
            self.tick("Decisions")
        sheet.close()
        return sheet.rows

    def attention(self, wb: Workbook) -> int:
        sheet = TableSheet(wb, "Needs attention", ATTENTION_COLUMNS, "NeedsAttention")
        for item in attention_items(self.session, self.f.as_of, f=self.f):
            c = sheet.cells
            sheet.append(
                [
                    item.kind.label,
                    item.partnership_id,
                    c.text(item.local),
                    c.text(item.partner),
                    c.text(item.detail, wrap=True),
                    c.date(item.due),
                ]
            )
            self.progress.check()
        sheet.close()
        return sheet.rows

    def documents(self, wb: Workbook) -> int:
        """The source documents kept with the selected partnerships and their decisions
        and exchanges: what each is and where it is kept, never its content."""
        sheet = TableSheet(wb, "Documents", DOCUMENT_COLUMNS, "Documents")
        for r in attachment_queries.document_rows(self.session, q.selected_ids(self.f)):
            c = sheet.cells
            if r.own is not None:
                kept_with = "Partnership"
            elif r.exchange_title is not None:
                kept_with = f"Exchange: {r.exchange_title}"
            else:
                kept_with = decision_label(r.decided_on, r.decided_precision, r.action)
            sheet.append(
                [
                    r.partnership_id,
                    c.text(r.local),
                    c.text(r.partner),
                    c.text(kept_with, wrap=True),
                    c.text(r.name, wrap=True),
                    c.text(kind_label(r.kind, r.name)),
                    r.size,
                    c.date(r.attached_at.astimezone().date()),
                    c.text(r.attached_by),
                    r.sha256,
                ]
            )
            self.tick("Documents")
        sheet.close()
        return sheet.rows


def PARTNERSHIP_COLUMNS(as_of: date) -> list[Column]:
    return [
        Column("ID", 7),
        Column("Local community", 22),
        Column("Local subdivision", 16),
        Column("Local country", 16),
        Column("Partner community", 22),
        Column("Partner subdivision", 18),
        Column("Partner country", 16),
        Column("Within one country", 11),
        Column("Kind", 16),
        Column("Established", 13),
        Column(f"Status on {format_day(as_of)}", 14),
        Column("How it developed", 20),
        Column("Coordinating organization", 26),
        Column("Notes", 60, wrap=True),
    ]


EXCHANGE_COLUMNS = [
    Column("Partnership ID", 10),
    Column("Local community", 20),
    Column("Partner community", 20),
    Column("Partner country", 16),
    Column("Title", 40, wrap=True),
    Column("Programme area", 20),
    Column("Direction", 11),
    Column("Start", 12),
    Column("End", 12),
    Column("Participants", 12),
    Column("Institutions", 30, wrap=True),
    Column("Status", 11),
    Column("Reason", 36, wrap=True),
]

DECISION_COLUMNS = [
    Column("Date", 13),
    Column("Partnership ID", 10),
    Column("Local community", 18),
    Column("Partner community", 18),
    Column("Who", 30),
    Column("Actor type", 18),
    Column("Action", 18),
    Column("Binding or position", 12),
    Column("Takes effect", 13),
    Column("Condition", 30, wrap=True),
    Column("Review date", 13),
    Column("Rationale or quote", 50, wrap=True),
    Column("Source", 12),
    Column("Source title", 32, wrap=True),
    Column("Source author", 24),
    Column("Source date", 13),
    Column("Source reference", 20),
]

DOCUMENT_COLUMNS = [
    Column("Partnership ID", 10),
    Column("Local community", 20),
    Column("Partner community", 20),
    Column("Kept with", 36, wrap=True),
    Column("Document", 36, wrap=True),
    Column("Kind", 18),
    Column("Size (bytes)", 12),
    Column("Attached", 13),
    Column("Attached by", 16),
    Column("SHA-256", 66),
]

ATTENTION_COLUMNS = [
    Column("What", 26),
    Column("Partnership ID", 10),
    Column("Local community", 20),
    Column("Partner community", 20),
    Column("Detail", 70, wrap=True),
    Column("Due", 13),
]


def _community_text(session: Session, f: RecordFilter) -> str:
    """'Norfolk, Virginia, United States', or 'Albany, Anacortes, Asheville and 60 more'."""
    rows, count = q.local_communities(session, f, limit=3)
    if not rows:
        return "None (nothing selected)"
    if count == 1:
        name, subdivision, country = rows[0]
        return ", ".join(p for p in (name, subdivision, country_name(country)) if p)
    names = ", ".join(r[0] for r in rows)
    return f"{names} and {count - len(rows):,} more" if count > len(rows) else names


def _write_cover(
    ws,
    session: Session,
    db: Database,
    f: RecordFilter,
    figures: BriefingFigures,
    counts,
    now: datetime,
) -> None:
    partnerships, exchanges, decisions, attention = counts
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    prepare_for_print(ws, title_row=False)
    c = Cells(ws)
    if figures.period:
        start, end = figures.period
        period = f"{format_day(start)} to {format_day(end)}"
    else:
        period = f"everything on record up to {format_day(figures.as_of)}"
    rows = [
        ("Community", c.text(_community_text(session, f))),
        ("Made", c.moment(now)),
        ("Records as of", c.date(figures.as_of)),
        ("Selection", c.text(figures.filter_text, wrap=True)),
        ("Decisions counted", period),
        ("Exported by", c.text(db.who)),
        ("Registry", c.text(db.describe(), wrap=True)),
        ("Partnerships", partnerships),
        ("Suspended or ended", str(figures.suspended_or_ended)),
        ("Exchanges", exchanges),
        ("Timeline entries", decisions),
        ("Needs attention", attention),
    ]
    ws.append([c.styled(TITLE, "title")])
    ws.append([])
    for label, value in rows:
        ws.append([c.styled(label, "bold"), value])
    ws.append([])
    ws.append(
        [
            "Status is worked out as of the date above from binding decisions only; "
            "requests and positions are listed on the Decisions sheet but change nothing."
        ]
    )
