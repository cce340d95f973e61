"""The list report on paper: the selection in words, one table with a row opening each
group, and totals by status."""

from desktop.domain.words import translate
from desktop.reports.documents.html_parts import (
    boxed,
    grouped_table,
    heading,
    page,
    paragraph,
    table,
)
from desktop.reports.pdf import PrintableDocument
from desktop.services.documents.list_report import Grouping, ListReport, status_summary
from desktop.services.progress import Progress


def list_document(report: ListReport, progress: Progress | None = None) -> PrintableDocument:
    return PrintableDocument(report.title, list_html(report, progress))


def list_html(report: ListReport, progress: Progress | None = None) -> str:
    progress = progress or Progress()
    by_local = report.grouping is Grouping.LOCAL
    parts = [
        heading(report.title),
        boxed(translate("Domain", "Selection: ") + "; ".join(report.filters)),
    ]
    count = f"{report.total:,} partnership{'s' if report.total != 1 else ''}"
    n = len(report.groups)
    if by_local:
        groups = f"{n:,} local {'community' if n == 1 else 'communities'}"
    else:
        groups = f"{n:,} {'country' if n == 1 else 'countries'}"
    parts.append(paragraph(f"{count} in {groups}: {status_summary(report.by_status)}.", "lead"))
    if not report.groups:
        parts.append(
            paragraph(translate("Domain", "No partnerships match this selection."), "muted")
        )
        return page(parts)
    if by_local:
        headers = [
            translate("Domain", "Partner community"),
            translate("Domain", "Country"),
            translate("Domain", "Kind"),
            translate("Domain", "Established"),
            translate("Domain", "Status"),
        ]
        widths = [36, 18, 16, 14, 16]
    else:
        headers = [
            translate("Domain", "Local community"),
            translate("Domain", "Partner community"),
            translate("Domain", "Kind"),
            translate("Domain", "Established"),
            translate("Domain", "Status"),
        ]
        widths = [28, 32, 14, 12, 14]
    sections = []
    for index, group in enumerate(report.groups):
        progress.step(index, len(report.groups), group.name)
        rows = [
            (
                line.partner if by_local else line.local,
                line.country if by_local else line.partner,
                line.kind,
                line.established,
                line.status,
            )
            for line in group.lines
        ]
        title = f"{group.name}: {len(group.lines):,} ({status_summary(group.by_status)})"
        sections.append((title, rows))
    parts.append(grouped_table(headers, sections, widths=widths))
    parts.append(heading(translate("Domain", "Totals"), 2))
    parts.append(
        table(
            [translate("Domain", "Status"), translate("Domain", "Partnerships")],
            [(s, f"{n:,}") for s, n in report.by_status.items()],
            widths=[70, 30],
            numeric=[1],
            total=[translate("Domain", "All"), f"{report.total:,}"],
        )
    )
    return page(parts)
