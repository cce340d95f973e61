"""What File > Print prints: what the clerk is looking at. The selected record's profile
(a partnership; for an exchange, a decision or an item needing attention, its
partnership's), or the current tab's list as shown: its filters, search, sort, as-of date
and visible columns. Each target names itself for the menu."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.countries import fold
from desktop.domain.dates import format_day
from desktop.domain.words import fill
from desktop.reports.documents.table_list import TableList, table_list_document
from desktop.services.progress import Progress
from desktop.store.database import Database
from desktop.ui.plurals import counted
from desktop.ui.tables.record_view import RecordView

if TYPE_CHECKING:  # the printing code loads when something is printed
    from desktop.reports.pdf import PrintableDocument

CHUNK = 500  # rows read between two progress reports


@dataclass(frozen=True)
class PrintTarget:
    what: str  # "the profile of Norfolk – Kaliningrad", "this list: 12 decisions"
    build: Callable[[Progress], "PrintableDocument"]
    file_name: str  # suggested for Save as PDF
    is_profile: bool = False
    png: Callable[[Progress], bytes] | None = None  # Save as PNG, where it is offered
    # Run on the GUI thread when the clerk asks, before the worker: the target with what it
    # took from the screen (the map's picture as framed).
    prepare: Callable[[], "PrintTarget"] | None = None


def profile_target(window, db: Database) -> PrintTarget | None:
    """The selected row's partnership profile, or None when no row is selected."""
    tab = window.tabs.currentWidget()
    if tab is window.attention:
        item = window.attention.selected_item()
        if item is None:
            return None
        pid, local, partner, as_of = item.partnership_id, item.local, item.partner, tab.day()
    elif isinstance(tab, RecordView) and tab.spec.key != "communities":
        row = tab.selected_row() if tab.table.selectionModel().hasSelection() else None
        if row is None:
            return None
        pid = row.id if tab.spec.key == "partnerships" else row.partnership_id
        local, partner = row.local, row.partner
        f = tab.current_filter()
        as_of = getattr(f, "as_of", None) or date.today()
    else:
        return None
    name = f"{local} – {partner}"
    return PrintTarget(
        QCoreApplication.translate("PrintTargets", "the profile of %1").replace("%1", name),
        partial(_profile, db, pid, as_of),
        f"{_file_name(f'{local}-{partner}')}.pdf",
        is_profile=True,
    )


def _profile(db, partnership_id, as_of, progress):
    from desktop.reports.documents.builders import build_profile

    return build_profile(db, partnership_id, as_of, progress)


def list_target(window, db: Database) -> PrintTarget:
    tab = window.tabs.currentWidget()
    if tab is window.attention:
        return _attention_list(window.attention)
    view = tab if isinstance(tab, RecordView) else window.views["partnerships"]
    n = view.model.rowCount()
    what = QCoreApplication.translate("PrintTargets", "this list: %1").replace(
        "%1", counted(view.spec.listing.noun, n)
    )
    listed = _listing_frame(view)
    name = f"{view.spec.key}-{date.today().isoformat()}.pdf"
    return PrintTarget(what, partial(_fill_listing, db, view, listed), name)


def _listing_frame(view: RecordView) -> tuple[TableList, tuple]:
    """Everything about the list but its rows, read from the view on the GUI thread: the
    document's frame, and (the visible columns, the query) to read the rows by."""
    header = view.table.horizontalHeader()
    visible = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    columns = [view.model.columns[n] for n in visible]
    query = view.model.query
    words = view.bar.describe()
    if not view.bar.narrows():  # nothing chosen: say so, rather than only how it is sorted
        words.insert(
            0,
            QCoreApplication.translate("PrintTargets", "All %1").replace(
                "%1", view.spec.title.lower()
            ),
        )
    sort = next((c.header for c in view.model.columns if c.sort_key == query.order_by), "")
    if sort:
        order = (
            QCoreApplication.translate("PrintTargets", "descending")
            if query.descending
            else QCoreApplication.translate("PrintTargets", "ascending")
        )
        words.append(
            fill(QCoreApplication.translate("PrintTargets", "Sorted by %1, %2"), sort, order)
        )
    return TableList(
        title=view.spec.title,
        selection=words,
        count="",
        headers=[c.header for c in columns],
        numeric=[i for i, c in enumerate(columns) if c.align_right],
        totals_headers=(QCoreApplication.translate("PrintTargets", "Status"), view.spec.title),
    ), (columns, query)


def _fill_listing(db: Database, view: RecordView, frame, progress: Progress):
    listed, (columns, query) = frame
    spec = view.spec
    total = spec.listing.count(db, query.filter)
    statuses: Counter = Counter()
    while len(listed.rows) < total:
        progress.step(
            len(listed.rows), total, QCoreApplication.translate("PrintTargets", "Reading the list")
        )
        chunk = spec.listing.rows(
            db,
            query.filter,
            order_by=query.order_by,
            descending=query.descending,
            offset=len(listed.rows),
            limit=CHUNK,
        )
        if not chunk:
            break
        for row in chunk:
            listed.rows.append([column.text(row) for column in columns])
            if spec.key == "partnerships":
                statuses[row.status.label] += 1
    listed.count = counted(spec.listing.noun, len(listed.rows))
    listed.totals = [(label, f"{n:,}") for label, n in statuses.items()]
    return table_list_document(listed, progress)


def _attention_list(attention) -> PrintTarget:
    items = list(attention.model.items)
    what = QCoreApplication.translate("PrintTargets", "this list: %1").replace(
        "%1", counted("attention", len(items))
    )
    listed = TableList(
        title=QCoreApplication.translate("PrintTargets", "Needs attention"),
        selection=[
            QCoreApplication.translate("PrintTargets", "As of %1").replace(
                "%1", format_day(attention.day())
            ),
            QCoreApplication.translate("PrintTargets", "Dormant after %1 years").replace(
                "%1", str(attention.years.value())
            ),
        ],
        count=counted("attention", len(items)),
        headers=[attention.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)],
        rows=[
            [_text(attention.model.row_texts(r)[c]) for c in range(5)] for r in range(len(items))
        ],
        widths=[20, 14, 14, 40, 12],
    )
    return PrintTarget(
        what,
        partial(_ready, listed),
        f"needs-attention-{attention.day().isoformat()}.pdf",
    )


def _ready(listed: TableList, progress: Progress) -> "PrintableDocument":
    return table_list_document(listed, progress)


def _text(value) -> str:
    return "" if value is None else str(value)


def _file_name(text: str) -> str:
    """'Norfolk-Kaliningrad' -> 'norfolk-kaliningrad': a file name any system accepts."""
    folded = fold(text)
    return "-".join("".join(c if c.isalnum() else " " for c in folded).split()) or "profile"
