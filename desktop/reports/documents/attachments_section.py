"""The section of a printed profile that lists the source documents kept with the
partnership and its decisions and exchanges (what they are, never their content)."""

from collections.abc import Sequence

from desktop.reports.documents.html_parts import heading, table


def documents_section(documents: Sequence) -> list[str]:
    """'Documents': name, kind, size, date attached and which record holds each one
    (services/attachments.AttachmentLine). Nothing at all when none is attached: the
    profile stays one page where it was one."""
    if not documents:
        return []
    parts = [heading("Documents", 2)]
    parts.append(
        table(
            ["Document", "Kind", "Size", "Attached", "Kept with"],
            [(d.name, d.kind_label, d.size_text, d.attached_on, d.owner_label) for d in documents],
            widths=[29, 16, 9, 17, 29],
            numeric=[2],
        )
    )
    return parts
