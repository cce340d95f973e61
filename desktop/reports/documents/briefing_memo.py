"""The briefing memo on paper: a memo heading, the figures in sentences and small tables,
what needs attention, and the timeline entries of the period."""

from desktop.domain.dates import format_day
from desktop.domain.enums import PartnershipKind, Status
from desktop.reports.charts import ChartInput
from desktop.reports.documents.html_parts import bullets, facts, heading, page, paragraph, table
from desktop.reports.documents.overview import chart_cells
from desktop.reports.documents.pictures import side_by_side
from desktop.reports.pdf import PrintableDocument
from desktop.services.documents.briefing_memo import BriefingMemo

TOP_COUNTRIES = 10
MEMO_CHARTS = ("status", "country", "years", "months")
PLURAL = {
    PartnershipKind.SISTER_CITY: "sister cities",
    PartnershipKind.SISTER_COUNTY: "sister counties",
    PartnershipKind.SISTER_STATE_PROVINCE: "sister states/provinces",
    PartnershipKind.FRIENDSHIP_CITY: "friendship cities",
}


def memo_document(memo: BriefingMemo, office: str = "") -> PrintableDocument:
    return PrintableDocument("Briefing: sister-city partnerships", memo_html(memo, office))


def memo_html(memo: BriefingMemo, office: str = "") -> str:
    fig = memo.figures
    parts = [heading("Briefing: sister-city partnerships")]
    parts.append(
        facts(
            [
                ("From", office),
                ("Date", format_day(fig.made_at.date())),
                ("Subject", fig.filter_text),
                ("Status as on", format_day(fig.as_of)),
                ("Decisions counted", memo.period_text),
            ]
        )
    )
    parts.append("<hr>")
    parts.append(heading("Summary", 2))
    parts.append(bullets(_summary(memo)))
    parts.append(side_by_side(chart_cells(ChartInput(fig), MEMO_CHARTS)))  # the Overview's
    parts.append(heading("Partnerships by partner country", 2))
    countries = fig.by_country[:TOP_COUNTRIES]
    if countries:
        rows = [
            (c.name, f"{c.partnerships:,}", _n(c.suspended), _n(c.ended), str(c.stopped))
            for c in countries
        ]
        parts.append(
            table(
                ["Partner country", "Partnerships", "Suspended", "Ended", "Suspended or ended"],
                rows,
                widths=[34, 16, 14, 12, 24],
                numeric=[1, 2, 3, 4],
            )
        )
        rest = len(fig.by_country) - len(countries)
        if rest > 0:
            parts.append(
                paragraph(f"And {rest} more countries; the workbook lists them all.", "muted")
            )
    else:
        parts.append(paragraph("No partnerships are selected.", "muted"))
    parts.append(heading("Partnerships that need attention", 2))
    if memo.attention:
        parts.append(
            table(
                ["Partnership", "Why"],
                [(a.partnership, a.reason) for a in memo.attention],
                widths=[28, 72],
            )
        )
    else:
        parts.append(paragraph("None at present.", "muted"))
    parts.append(heading(f"Decisions and positions, {memo.period_text}", 2))
    if memo.entries:
        parts.append(
            table(
                ["Date", "Partnership", "Who", "What", "Effect"],
                [(e.when, e.partnership, e.who, e.what, e.effect) for e in memo.entries],
                widths=[14, 20, 20, 30, 16],
            )
        )
    else:
        parts.append(paragraph("None recorded in this period.", "muted"))
    return page(parts)


def _summary(memo: BriefingMemo) -> list[str]:
    fig = memo.figures
    statuses = ", ".join(
        f"{fig.by_status[s]:,} {s.label.lower()}" for s in Status if fig.by_status.get(s)
    )
    kinds = ", ".join(
        f"{n:,} {PLURAL[k] if n != 1 else k.label.lower()}"
        for k in PartnershipKind
        if (n := fig.by_kind.get(k))
    )
    lines = [
        f"The selection holds {fig.partnerships:,} partnership"
        f"{'s' if fig.partnerships != 1 else ''}"
        + (f": {statuses}." if statuses else ".")
        + (f" By kind: {kinds}." if kinds else ""),
        f"Suspended or ended: {fig.suspended_or_ended}."
        if fig.partnerships
        else "No partnership is selected.",
    ]
    completed = sum(y.completed for y in fig.by_year)
    canceled = sum(y.canceled for y in fig.by_year)
    people = sum(y.participants for y in fig.by_year)
    lines.append(
        f"{fig.exchanges:,} exchange{'s are' if fig.exchanges != 1 else ' is'} recorded: "
        f"{completed:,} completed and {canceled:,} canceled"
        + (f", with {people:,} participants in all." if people else ".")
    )
    positions = fig.decisions_total - fig.binding_total
    lines.append(
        f"Timeline entries, {memo.period_text}: {fig.decisions_total:,}, of which "
        f"{fig.binding_total:,} by the body that holds the authority (these change the "
        f"status) and {positions:,} position{'' if positions == 1 else 's'} (requests, calls, "
        "letters), which do not."
    )
    return lines


def _n(value: int) -> str:
    return f"{value:,}" if value else "-"
