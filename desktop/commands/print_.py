"""`sister-cities print profile|list|briefing|calendar ... --pdf OUT.pdf`.

Qt lays the pages out, in the headless Qt application the command is given
(`parts.page_layout`, made by desktop/app.py): printing to a PDF needs no display.
"""

import argparse
import locale
from datetime import date
from pathlib import Path

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK, UsageError


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    from desktop.reports.atomic import check_destination

    out = Path(args.pdf)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"{out} does not end in .pdf; give the PDF file's name, e.g. summary.pdf")
    check_destination(out)  # before any work: a wrong folder is said at once
    parts.page_layout()  # Qt lays the pages out (no display needed)
    from desktop.reports.documents import builders
    from desktop.reports.pdf import PageSetup, paper_or_default, write_pdf
    from desktop.services.documents.list_report import Grouping
    from desktop.services.listing import RecordFilter, resolve_local

    setup = PageSetup(
        paper=paper_or_default(args.paper, locale.getlocale()[0] or ""), office=args.office or ""
    )
    db = parts.open_registry()
    try:
        progress = parts.progress(f"Printing {args.document}")
        if args.document == "profile":
            document = builders.build_profile(db, args.id, args.as_of, progress)
        elif args.document == "calendar":
            document = builders.build_calendar(db, args.year, progress)
        else:
            f = RecordFilter(
                as_of=args.as_of or date.today(),
                country=args.country,
                status=args.status,
                local=args.local,
            )
            f = resolve_local(db, f)
            if args.document == "list":
                document = builders.build_list(db, f, Grouping(args.group_by), progress)
            else:
                period = _period(args)
                document = builders.build_briefing(db, f, period, setup.office, progress)
        pages = write_pdf(document, out, setup, progress)
    finally:
        db.close()
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}, {setup.paper}).")
    return EXIT_OK


def _period(args: argparse.Namespace) -> tuple[date, date] | None:
    start, end = args.period_from, args.period_to
    if start is None and end is None:
        return None
    start = start or date.min
    end = end or (args.as_of or date.today())
    if end < start:
        raise UsageError("--to is before --from; give the period's first day first")
    return start, end
