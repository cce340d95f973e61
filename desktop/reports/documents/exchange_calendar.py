"""The exchange calendar on paper: a month-by-month count, then the exchanges of each month."""

from desktop.domain.enums import ExchangeStatus
from desktop.reports.documents.html_parts import grouped_table, heading, page, paragraph, table
from desktop.reports.pdf import PrintableDocument
from desktop.services.documents.exchange_calendar import ExchangeCalendar


def calendar_document(cal: ExchangeCalendar) -> PrintableDocument:
    return PrintableDocument(f"Exchange calendar {cal.year}", calendar_html(cal))


def calendar_html(cal: ExchangeCalendar) -> str:
    statuses = [s.label for s in ExchangeStatus]
    parts = [heading(f"Exchange calendar {cal.year}")]
    counts = cal.by_status
    summary = ", ".join(f"{counts[s]} {s.lower()}" for s in statuses if counts[s])
    parts.append(
        paragraph(
            f"{cal.total} exchange{'s' if cal.total != 1 else ''} in {cal.year}"
            + (f": {summary}." if summary else "."),
            "lead",
        )
    )
    parts.append(heading("By month", 2))
    rows = [
        [m.name] + [_count(m.by_status[s]) for s in statuses] + [_count(len(m.entries))]
        for m in cal.months
    ]
    total = ["Year"] + [str(counts[s]) for s in statuses] + [str(cal.total)]
    parts.append(
        table(
            ["Month", *statuses, "Total"],
            rows,
            widths=[22, 13, 13, 13, 13, 13, 13],
            numeric=range(1, len(statuses) + 2),
            total=total,
        )
    )
    parts.append(heading("The exchanges", 2))
    sections = [
        (
            f"{m.name} ({len(m.entries)})",
            [
                (
                    e.when,
                    e.partnership,
                    "\n".join(x for x in (e.title, e.area, e.direction) if x),
                    e.participants or "-",
                    f"{e.status}: {e.reason}" if e.reason else e.status,
                )
                for e in m.entries
            ],
        )
        for m in cal.months
        if m.entries
    ]
    if sections:
        parts.append(
            grouped_table(
                ["When", "Partnership", "Exchange", "People", "Status"],
                sections,
                widths=[15, 20, 36, 8, 21],
                numeric=[3],
            )
        )
    else:
        parts.append(paragraph(f"No exchanges are recorded for {cal.year}.", "muted"))
    return page(parts)


def _count(n: int) -> str:
    return str(n) if n else "-"
