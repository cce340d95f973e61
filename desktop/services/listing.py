"""Read-only listings for tables, the command line and reports (SQL does the work)."""

from desktop.services.unit_of_work import reading
from desktop.store.database import Database
from desktop.store.queries import (
    PartnershipFilter,
    PartnershipRow,
    count_partnerships,
    partnership_rows,
)

__all__ = ["PartnershipFilter", "PartnershipRow", "count", "partnerships"]


def partnerships(
    db: Database,
    f: PartnershipFilter,
    *,
    order_by: str = "local",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[PartnershipRow]:
    with reading(db) as session:
        return partnership_rows(
            session, f, order_by=order_by, descending=descending, limit=limit, offset=offset
        )


def count(db: Database, f: PartnershipFilter) -> int:
    with reading(db) as session:
        return count_partnerships(session, f)
