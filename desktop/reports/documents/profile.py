"""The partnership profile on paper: who, since when, where it stands and why."""

from desktop.reports.documents.attachments_section import documents_section
from desktop.reports.documents.html_parts import boxed, facts, heading, page, paragraph, table
from desktop.reports.documents.pair_map import Pin, beside, pair_map_html
from desktop.reports.pdf import PrintableDocument
from desktop.services.documents.profile import Profile


def profile_document(profile: Profile) -> PrintableDocument:
    title = f"Partnership profile: {profile.title}"
    return PrintableDocument(title, profile_html(profile))


def profile_html(p: Profile) -> str:
    parts = [heading(p.title), _lead(p)]
    parts.append(boxed(f"Status: {p.status_sentence}", "status"))
    parts += [paragraph(w, "warning") for w in p.warnings]
    details = facts(
        [
            ("Kind", p.kind),
            ("Established", p.established),
            ("Distance", p.distance),
            ("How it developed", p.origin),
            ("Coordinating organization", p.coordinator),
        ]
    )
    parts.append(beside(details, _pair_map(p)))  # the map of the pair, when both are placed
    parts.append(heading("The two communities", 2))
    parts.append(
        table(
            ["", "Local community", "Partner community"],
            [
                ("Place", p.local.place, p.partner.place),
                ("Kind", p.local.kind, p.partner.kind),
                ("Population", p.local.population or "-", p.partner.population or "-"),
                ("Signed by", p.local.signatory or "-", p.partner.signatory or "-"),
            ],
            widths=[16, 42, 42],
        )
    )
    parts.append(heading("Decisions and positions", 2))
    if p.timeline:
        parts.append(
            table(
                ["Date", "Who", "What", "Details and source"],
                [(t.when, t.who, f"{t.what}\n{t.effect}", _details(t)) for t in p.timeline],
                widths=[13, 20, 17, 50],
            )
        )
    else:
        parts.append(paragraph("No decisions or positions are recorded.", "muted"))
    parts.append(heading("Exchanges", 2))
    if p.exchanges:
        parts.append(
            table(
                ["When", "Exchange", "Direction", "People", "Status"],
                [
                    (e.when, _exchange(e), e.direction, e.participants or "-", e.status)
                    for e in p.exchanges
                ],
                widths=[12, 43, 11, 11, 23],
                numeric=[3],
            )
        )
    else:
        parts.append(paragraph("No exchanges are recorded.", "muted"))
    if p.notes:
        parts += [heading("Notes", 2), paragraph(p.notes)]
    parts += documents_section(p.documents)  # last: a list to look things up in
    return page(parts)


def _pair_map(p: Profile) -> str:
    """Where the two lie (nothing until both have coordinates)."""
    local = Pin(p.local.name, *p.local_at) if p.local_at else None
    partner = Pin(p.partner.name, *p.partner_at) if p.partner_at else None
    return pair_map_html(local, partner)


def _lead(p: Profile) -> str:
    text = f"{p.kind} partnership of {p.local.place} with {p.partner.place}"
    if p.ordinal_phrase:
        text += f" ({p.ordinal_phrase})"
    return paragraph(text + ".", "lead")


def _details(t) -> str:
    return "\n".join(x for x in (t.details, f"Source: {t.source}" if t.source else "") if x)


def _exchange(e) -> str:
    lines = [e.title, e.area]
    if e.institutions:
        lines.append(e.institutions)
    return "\n".join(lines)
