"""`sister-cities partnerships [filters] [--format table|csv|json]`.

A registry file is read through the sqlite3 driver (services/file_listing.py), which
answers in a tenth of the time the ORM takes to load; a server's registry, or a file that
needs upgrading, is listed through the ORM."""

import argparse
from datetime import date
from pathlib import Path

from desktop.commands.parts import CommandParts
from desktop.commands.shared import EXIT_OK, write_rows
from desktop.domain.dates import format_partial
from desktop.domain.record_filter import RecordFilter
from desktop.store.partnership_rows import PartnershipRow


def run(args: argparse.Namespace, parts: CommandParts) -> int:
    as_of = args.as_of or date.today()
    f = RecordFilter(as_of=as_of, country=args.country, status=args.status, local=args.local)
    rows = listed(parts, f)
    table = args.format == "table"
    if table:
        from desktop.domain.countries import country_name
    write_rows(
        [
            {
                "id": r.id,
                "local": r.local,
                "local_subdivision": r.local_subdivision,
                "partner": r.partner,
                "partner_country": country_name(r.partner_country) if table else r.partner_country,
                "kind": r.kind.label if table else r.kind.value,
                "established": format_partial(r.established),
                "status": r.status.label if table else r.status.value,
            }
            | ({} if table else {"as_of": as_of.isoformat()})
            for r in rows
        ],
        args.format,
    )
    return EXIT_OK


def listed(parts: CommandParts, f: RecordFilter) -> list[PartnershipRow]:
    if isinstance(parts.target, Path):
        from desktop.services.file_listing import partnerships_in_file

        rows = partnerships_in_file(parts.target, f)
        if rows is not None:
            return rows
    from desktop.services import listing

    db = parts.open_registry()
    try:
        return listing.partnerships(db, listing.resolve_local(db, f))
    finally:
        db.close()
