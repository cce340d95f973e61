"""The partnership profile on paper: who, since when, where it stands and why."""

from desktop.domain.words import fill, translate
from desktop.reports.documents.attachments_section import documents_section
from desktop.reports.documents.html_parts import boxed, facts, heading, page, paragraph, table
from desktop.reports.documents.pair_map import Pin, beside, pair_map_html
from desktop.reports.pdf import PrintableDocument
from desktop.services.documents.profile import Profile


def profile_document(profile: Profile) -> PrintableDocument:
    title = translate("Domain", "Partnership profile: %1").replace("%1", str(profile.title))
    return PrintableDocument(title, profile_html(profile))


def profile_html(p: Profile) -> str:
    parts = [heading(p.title), _lead(p)]
    parts.append(
        boxed(translate("Domain", "Status: %1").replace("%1", str(p.status_sentence)), "status")
    )
    parts += [paragraph(w, "warning") for w in p.warnings]
    details = facts(
        [
            (translate("Domain", "Kind"), p.kind),
            (translate("Domain", "Established"), p.established),
            (translate("Domain", "Distance"), p.distance),
            (translate("Domain", "How it developed"), p.origin),
            (translate("Domain", "Coordinating organization"), p.coordinator),
        ]
    )
    parts.append(beside(details, _pair_map(p)))  # the map of the pair, when both are placed
    parts.append(heading(translate("Domain", "The two communities"), 2))
    parts.append(
        table(
            ["", translate("Domain", "Local community"), translate("Domain", "Partner community")],
            [
                (translate("Domain", "Place"), p.local.place, p.partner.place),
                (translate("Domain", "Kind"), p.local.kind, p.partner.kind),
                (
                    translate("Domain", "Population"),
                    p.local.population or "-",
                    p.partner.population or "-",
                ),
                (
                    translate("Domain", "Signed by"),
                    p.local.signatory or "-",
                    p.partner.signatory or "-",
                ),
            ],
            widths=[16, 42, 42],
        )
    )
    parts.append(heading(translate("Domain", "Decisions and positions"), 2))
    if p.timeline:
        parts.append(
            table(
                [
                    translate("Domain", "Date"),
                    translate("Domain", "Who"),
                    translate("Domain", "What"),
                    translate("Domain", "Details and source"),
                ],
                [(t.when, t.who, f"{t.what}\n{t.effect}", _details(t)) for t in p.timeline],
                widths=[13, 20, 17, 50],
            )
        )
    else:
        parts.append(
            paragraph(translate("Domain", "No decisions or positions are recorded."), "muted")
        )
    parts.append(heading(translate("Domain", "Exchanges"), 2))
    if p.exchanges:
        parts.append(
            table(
                [
                    translate("Domain", "When"),
                    translate("Domain", "Exchange"),
                    translate("Domain", "Direction"),
                    translate("Domain", "People"),
                    translate("Domain", "Status"),
                ],
                [
                    (e.when, _exchange(e), e.direction, e.participants or "-", e.status)
                    for e in p.exchanges
                ],
                widths=[12, 43, 11, 11, 23],
                numeric=[3],
            )
        )
    else:
        parts.append(paragraph(translate("Domain", "No exchanges are recorded."), "muted"))
    if p.notes:
        parts += [heading(translate("Domain", "Notes"), 2), paragraph(p.notes)]
    parts += documents_section(p.documents)  # last: a list to look things up in
    return page(parts)


def _pair_map(p: Profile) -> str:
    """Where the two lie (nothing until both have coordinates)."""
    local = Pin(p.local.name, *p.local_at) if p.local_at else None
    partner = Pin(p.partner.name, *p.partner_at) if p.partner_at else None
    return pair_map_html(local, partner)


def _lead(p: Profile) -> str:
    text = fill(
        translate("Domain", "%1 partnership of %2 with %3"), p.kind, p.local.place, p.partner.place
    )
    if p.ordinal_phrase:
        text += f" ({p.ordinal_phrase})"
    return paragraph(text + ".", "lead")


def _details(t) -> str:
    return "\n".join(
        x
        for x in (
            t.details,
            translate("Domain", "Source: %1").replace("%1", str(t.source)) if t.source else "",
        )
        if x
    )


def _exchange(e) -> str:
    lines = [e.title, e.area]
    if e.institutions:
        lines.append(e.institutions)
    return "\n".join(lines)
