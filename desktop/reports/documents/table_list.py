"""Any list on screen, on paper: the tab's title, what it selects in words, its order, and
the rows as the table shows them (its visible columns, in their order)."""

from dataclasses import dataclass, field

from desktop.domain.words import translate
from desktop.reports.documents.html_parts import boxed, heading, page, paragraph, table
from desktop.reports.pdf import PrintableDocument
from desktop.services.progress import Progress


@dataclass
class TableList:
    title: str  # "Decisions"
    selection: list[str]  # the filters in words, one phrase each
    count: str  # "12 decisions"
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    numeric: list[int] = field(default_factory=list)  # columns aligned right
    widths: list[int] = field(default_factory=list)  # percent of the page, or empty
    totals: list[tuple[str, str]] = field(default_factory=list)  # ("Active", "96")
    totals_headers: tuple[str, str] = ("", "")  # ("Status", "Partnerships")
    empty: str = "Nothing matches this selection."


def table_list_document(listed: TableList, progress: Progress | None = None) -> PrintableDocument:
    (progress or Progress()).check()
    parts = [
        heading(listed.title),
        boxed(translate("Domain", "Selection: ") + "; ".join(listed.selection)),
    ]
    parts.append(paragraph(listed.count, "lead"))
    if not listed.rows:
        parts.append(paragraph(listed.empty, "muted"))
        return PrintableDocument(listed.title, page(parts))
    parts.append(
        table(listed.headers, listed.rows, widths=listed.widths or None, numeric=listed.numeric)
    )
    if listed.totals:
        parts.append(heading(translate("Domain", "Totals"), 2))
        parts.append(
            table(list(listed.totals_headers), listed.totals, widths=[70, 30], numeric=[1])
        )
    return PrintableDocument(listed.title, page(parts))
