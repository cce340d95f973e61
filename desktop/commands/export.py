"""`sister-cities export OUT.xlsx [filters]`: the council briefing workbook."""

import argparse
from datetime import date

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK
from desktop.domain.validation import Problem, ValidationError
from desktop.reports.atomic import DestinationError, check_destination
from desktop.reports.briefing_workbook import export_briefing
from desktop.services.listing import count, resolve_local
from desktop.store.queries import RecordFilter


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    f = RecordFilter(
        as_of=args.as_of or date.today(),
        country=args.country,
        status=args.status,
        local=args.local,
    )
    if args.out.suffix.lower() != ".xlsx":
        raise DestinationError(f"{args.out}: give a file name ending in .xlsx")
    check_destination(args.out)  # before opening anything: a wrong folder fails at once
    db = parts.open_registry()
    try:
        f = resolve_local(db, f)
        if not count(db, f):  # an empty briefing with exit 0 said nothing of the filter
            raise ValidationError(
                [Problem("", f"No partnership matches {_described(args)}; nothing was written.")]
            )
        result = export_briefing(db, args.out, f, parts.progress("Exporting"))
    finally:
        db.close()
    print(
        f"Wrote {result.path}: {result.partnerships:,} partnerships, "
        f"{result.exchanges:,} exchanges, {result.decisions:,} timeline entries, "
        f"{result.attention:,} needing attention."
    )
    return EXIT_OK


def _described(args: argparse.Namespace) -> str:
    given = [
        f"--{name.replace('_', '-')} {value}"
        for name in ("country", "status", "local")
        if (value := getattr(args, name))
    ]
    return "these filters (" + " ".join(given) + ")" if given else "the registry"
