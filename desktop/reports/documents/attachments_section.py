"""The section of a printed profile that lists the source documents kept with the
partnership and its decisions and exchanges (what they are, never their content)."""

from collections.abc import Sequence

from desktop.reports.documents.html_parts import esc

HEADERS = ("Document", "Kind", "Size", "Attached", "Kept with")
WIDTHS = (29, 16, 9, 17, 29)
NUMBER = 2  # the size, right-aligned


def documents_section(documents: Sequence) -> list[str]:
    """'Documents': name, kind, size, date attached and which record keeps each one
    (services/attachments.AttachmentLine); nothing at all when none is attached, so a
    one-page profile stays one page.

    The title is the first row of the table's repeated header, not a heading of its own:
    a heading can be left alone at the foot of a page (Qt's rich text knows no
    page-break-after: avoid), and a list that runs onto the next page says what it is."""
    if not documents:
        return []

    def cell(tag: str, i: int, text: str) -> str:
        number = ' class="number"' if i == NUMBER else ""
        return f'<{tag}{number} width="{WIDTHS[i]}%">{esc(text)}</{tag}>'

    title = (
        f'<tr><td colspan="{len(HEADERS)}" style="font-size: 11pt; font-weight: bold; '
        'color: #1f3a5f; border-style: none; padding-top: 10pt;">Documents</td></tr>'
    )
    head = "<tr>" + "".join(cell("th", i, h) for i, h in enumerate(HEADERS)) + "</tr>"
    rows = "".join(
        "<tr>"
        + "".join(
            cell("td", i, text)
            for i, text in enumerate(
                (d.name, d.kind_label, d.size_text, d.attached_on, d.owner_label)
            )
        )
        + "</tr>"
        for d in documents
    )
    return [
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead>{title}{head}</thead><tbody>{rows}</tbody></table>"
    ]
