"""`sister-cities partnerships [filters] [--format table|csv|json]`."""

import argparse
from datetime import date

from desktop.cli import EXIT_OK, write_rows
from desktop.commands.opening import open_for_command
from desktop.domain.countries import country_name
from desktop.domain.dates import format_partial
from desktop.services import listing
from desktop.services.listing import PartnershipFilter


def run(args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    f = PartnershipFilter(as_of=as_of, country=args.country, status=args.status, local=args.local)
    db = open_for_command(args)
    try:
        f = listing.resolve_local(db, f)
        rows = listing.partnerships(db, f)
    finally:
        db.close()
    table = args.format == "table"
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
