"""Each printed document from the registry in one call: gather, then lay out as HTML.

The window runs these in a worker (they take a Progress); the command line calls them with
a terminal progress bar.
"""

from datetime import date

from desktop.reports.documents.briefing_memo import memo_document
from desktop.reports.documents.exchange_calendar import calendar_document
from desktop.reports.documents.list_report import list_document
from desktop.reports.documents.profile import profile_document
from desktop.reports.pdf import PrintableDocument
from desktop.services.documents.briefing_memo import briefing_memo
from desktop.services.documents.exchange_calendar import exchange_calendar
from desktop.services.documents.list_report import Grouping, list_report
from desktop.services.documents.profile import partnership_profile
from desktop.services.listing import RecordFilter
from desktop.services.progress import Progress
from desktop.store.database import Database


def build_profile(
    db: Database, partnership_id: int, as_of: date | None = None, progress: Progress | None = None
) -> PrintableDocument:
    (progress or Progress()).check()
    return profile_document(partnership_profile(db, partnership_id, as_of))


def build_list(
    db: Database,
    f: RecordFilter,
    grouping: Grouping = Grouping.LOCAL,
    progress: Progress | None = None,
) -> PrintableDocument:
    return list_document(list_report(db, f, grouping, progress), progress)


def build_briefing(
    db: Database,
    f: RecordFilter,
    period: tuple[date, date] | None = None,
    office: str = "",
    progress: Progress | None = None,
) -> PrintableDocument:
    return memo_document(briefing_memo(db, f, period, progress), office)


def build_calendar(db: Database, year: int, progress: Progress | None = None) -> PrintableDocument:
    return calendar_document(exchange_calendar(db, year, progress))
