"""The Map on paper (File > Print on the Map tab): the map as the clerk has it framed, the
selection in words, what the colours mean and where the shapes come from."""

from desktop.domain.enums import Status
from desktop.domain.words import translate
from desktop.reports import palette
from desktop.reports.documents.html_parts import bullets, esc, heading, page, paragraph
from desktop.reports.documents.pictures import picture
from desktop.reports.pdf import PrintableDocument
from desktop.services.world_map import ATTRIBUTION

SHOWN_WIDTH = 650  # the page's body is about 658 points wide on A4


def map_document(png: bytes, selection: list[str], summary: str) -> PrintableDocument:
    legend = " &nbsp; ".join(
        f'<span style="color:{palette.STATUS_COLOURS[s]}">&#9632;</span> {esc(s.label)}'
        for s in Status
    )
    legend += " &nbsp; ● local community &nbsp; ○ partner"
    parts = [
        heading(translate("Domain", "Map of partnerships")),
        bullets(selection),
        picture(png, SHOWN_WIDTH, translate("Domain", "Map of partnerships")),
        f"<p>Lines by status: {legend}</p>",
        paragraph(summary),
        paragraph(ATTRIBUTION + ".", "muted"),
    ]
    return PrintableDocument(translate("Domain", "Map of partnerships"), page(parts))
