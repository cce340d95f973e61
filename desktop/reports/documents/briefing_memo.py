"""The briefing memo on paper: a memo heading, the figures in sentences and small tables,
what needs attention, and the timeline entries of the period."""

from desktop.domain.dates import format_day
from desktop.domain.enums import PartnershipKind, Status
from desktop.domain.words import counted, fill, translate
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
    return PrintableDocument(
        translate("Domain", "Briefing: sister-city partnerships"), memo_html(memo, office)
    )


def memo_html(memo: BriefingMemo, office: str = "") -> str:
    fig = memo.figures
    parts = [heading(translate("Domain", "Briefing: sister-city partnerships"))]
    parts.append(
        facts(
            [
                (translate("Domain", "From"), office),
                (translate("Domain", "Date"), format_day(fig.made_at.date())),
                (translate("Domain", "Subject"), fig.filter_text),
                (translate("Domain", "Status as on"), format_day(fig.as_of)),
                (translate("Domain", "Decisions counted"), memo.period_text),
            ]
        )
    )
    parts.append("<hr>")
    parts.append(heading(translate("Domain", "Summary"), 2))
    parts.append(bullets(_summary(memo)))
    parts.append(side_by_side(chart_cells(ChartInput(fig), MEMO_CHARTS)))  # the Overview's
    parts.append(heading(translate("Domain", "Partnerships by partner country"), 2))
    countries = fig.by_country[:TOP_COUNTRIES]
    if countries:
        rows = [
            (c.name, f"{c.partnerships:,}", _n(c.suspended), _n(c.ended), str(c.stopped))
            for c in countries
        ]
        parts.append(
            table(
                [
                    translate("Domain", "Partner country"),
                    translate("Domain", "Partnerships"),
                    translate("Domain", "Suspended"),
                    translate("Domain", "Ended"),
                    translate("Domain", "Suspended or ended"),
                ],
                rows,
                widths=[34, 16, 14, 12, 24],
                numeric=[1, 2, 3, 4],
            )
        )
        rest = len(fig.by_country) - len(countries)
        if rest > 0:
            parts.append(
                paragraph(
                    translate(
                        "Domain", "And %1 more countries; the workbook lists them all."
                    ).replace("%1", str(rest)),
                    "muted",
                )
            )
    else:
        parts.append(paragraph(translate("Domain", "No partnerships are selected."), "muted"))
    parts.append(heading(translate("Domain", "Partnerships that need attention"), 2))
    if memo.attention:
        parts.append(
            table(
                [translate("Domain", "Partnership"), translate("Domain", "Why")],
                [(a.partnership, a.reason) for a in memo.attention],
                widths=[28, 72],
            )
        )
    else:
        parts.append(paragraph(translate("Domain", "None at present."), "muted"))
    parts.append(
        heading(
            translate("Domain", "Decisions and positions, %1").replace("%1", str(memo.period_text)),
            2,
        )
    )
    if memo.entries:
        parts.append(
            table(
                [
                    translate("Domain", "Date"),
                    translate("Domain", "Partnership"),
                    translate("Domain", "Who"),
                    translate("Domain", "What"),
                    translate("Domain", "Effect"),
                ],
                [(e.when, e.partnership, e.who, e.what, e.effect) for e in memo.entries],
                widths=[14, 20, 20, 30, 16],
            )
        )
    else:
        parts.append(paragraph(translate("Domain", "None recorded in this period."), "muted"))
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
        counted("The selection holds %n partnership(s)", fig.partnerships)
        + (f": {statuses}." if statuses else ".")
        + (translate("Domain", " By kind: %1.").replace("%1", str(kinds)) if kinds else ""),
        translate("Domain", "Suspended or ended: %1.").replace("%1", str(fig.suspended_or_ended))
        if fig.partnerships
        else translate("Domain", "No partnership is selected."),
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
        fill(
            translate(
                "Domain",
                "Timeline entries, %1: %2, of which %3 by the body that holds the "
                "authority (these change the status) and %4 (requests, calls, letters), "
                "which do not.",
            ),
            memo.period_text,
            f"{fig.decisions_total:,}",
            f"{fig.binding_total:,}",
            counted("%n position(s)", positions),
        )
    )
    return lines


def _n(value: int) -> str:
    return f"{value:,}" if value else "-"
