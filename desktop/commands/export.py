"""`sister-cities export OUT.xlsx [filters]`: the council briefing workbook."""

import argparse
from datetime import date

from desktop.cli import EXIT_OK
from desktop.commands.opening import open_for_command
from desktop.commands.progress_bar import terminal_progress
from desktop.reports.atomic import DestinationError, check_destination
from desktop.reports.briefing_workbook import export_briefing
from desktop.store.queries import PartnershipFilter


def run(args: argparse.Namespace) -> int:
    f = PartnershipFilter(
        as_of=args.as_of or date.today(),
        country=args.country,
        status=args.status,
        local=args.local,
    )
    if args.out.suffix.lower() != ".xlsx":
        raise DestinationError(f"{args.out}: give a file name ending in .xlsx")
    check_destination(args.out)  # before opening anything: a wrong folder fails at once
    db = open_for_command(args)
    try:
        result = export_briefing(db, args.out, f, terminal_progress("Exporting"))
    finally:
        db.close()
    print(
        f"Wrote {result.path}: {result.partnerships:,} partnerships, "
        f"{result.exchanges:,} exchanges, {result.decisions:,} timeline entries, "
        f"{result.attention:,} needing attention."
    )
    return EXIT_OK
