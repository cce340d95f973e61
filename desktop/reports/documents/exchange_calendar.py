"""The exchange calendar on paper: a month-by-month count, then the exchanges of each month."""

from desktop.domain.enums import ExchangeStatus
from desktop.domain.words import translate
from desktop.reports.documents.html_parts import grouped_table, heading, page, paragraph, table
from desktop.reports.pdf import PrintableDocument
from desktop.services.documents.exchange_calendar import ExchangeCalendar


def calendar_document(cal: ExchangeCalendar) -> PrintableDocument:
    return PrintableDocument(
        translate("Domain", "Exchange calendar %1").replace("%1", str(cal.year)), calendar_html(cal)
    )


def calendar_html(cal: ExchangeCalendar) -> str:
    statuses = [s.label for s in ExchangeStatus]
    parts = [heading(translate("Domain", "Exchange calendar %1").replace("%1", str(cal.year)))]
    counts = cal.by_status
    summary = ", ".join(f"{counts[s]} {s.lower()}" for s in statuses if counts[s])
    parts.append(
        paragraph(
            f"{cal.total} exchange{'s' if cal.total != 1 else ''} in {cal.year}"
            + (f": {summary}." if summary else "."),
            "lead",
        )
    )
    parts.append(heading(translate("Domain", "By month"), 2))
    rows = [
        [m.name] + [_count(m.by_status[s]) for s in statuses] + [_count(len(m.entries))]
        for m in cal.months
    ]
    total = [translate("Domain", "Year")] + [str(counts[s]) for s in statuses] + [str(cal.total)]
    parts.append(
        table(
            [translate("Domain", "Month"), *statuses, translate("Domain", "Total")],
            rows,
            widths=[22, 13, 13, 13, 13, 13, 13],
            numeric=range(1, len(statuses) + 2),
            total=total,
        )
    )
    parts.append(heading(translate("Domain", "The exchanges"), 2))
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
                [
                    translate("Domain", "When"),
                    translate("Domain", "Partnership"),
                    translate("Domain", "Exchange"),
                    translate("Domain", "People"),
                    translate("Domain", "Status"),
                ],
                sections,
                widths=[15, 20, 36, 8, 21],
                numeric=[3],
            )
        )
    else:
        parts.append(
            paragraph(
                translate("Domain", "No exchanges are recorded for %1.").replace(
                    "%1", str(cal.year)
                ),
                "muted",
            )
        )
    return page(parts)


def _count(n: int) -> str:
    return str(n) if n else "-"
