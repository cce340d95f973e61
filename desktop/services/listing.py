"""Read-only listings for tables, the command line and reports (SQL does the work).

Each kind of record has a `Listing`: count(filter) and rows(filter, sort, offset, limit),
each one short read transaction, safe to call from a worker thread; what it lists is the
kind's description in store/ (store/listings.py runs it).
"""

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.domain.matching import fold_name
from desktop.domain.validation import Problem, ValidationError
from desktop.domain.words import fill, translate
from desktop.services.unit_of_work import reading
from desktop.store import listings, partnership_sql, queries, record_queries
from desktop.store.database import Database
from desktop.store.errors import explain
from desktop.store.queries import (  # noqa: F401 (the filter's choices, for the window)
    ABROAD,
    WITHIN_ONE_COUNTRY,
    PartnershipRow,
    RecordFilter,
)
from desktop.store.record_queries import CommunityRow, DecisionRow, ExchangeRow
from desktop.store.stopping import sqlite_driver, unless_unwanted

__all__ = [
    "CommunityRow",
    "DecisionRow",
    "ExchangeRow",
    "Listing",
    "PartnershipRow",
    "RecordFilter",
    "count",
    "partnerships",
]


@dataclass(frozen=True)
class Listing:
    noun: str  # "partnerships", for "N of M partnerships"
    kind: listings.Listing
    _prepare: Callable[..., None] | None = None
    # On SQLite, the pages the plain SQL writes (store/partnership_sql.py: page_rows):
    # read without SQLAlchemy building and compiling a statement.
    _plain: Callable[..., list | None] | None = None

    def count(
        self,
        db: Database,
        f: RecordFilter,
        *,
        wanted: Callable[[], bool] | None = None,
        at_most: int | None = None,
    ) -> int:
        """`wanted`: asked while the count runs; once False, the count stops (an error).
        `at_most`: count no further than one past it (quick, where thousands match)."""
        with reading(db) as session, unless_unwanted(session, wanted):
            return listings.count(session, self.kind, f, at_most)

    def rows(
        self,
        db: Database,
        f: RecordFilter,
        *,
        order_by: str,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
        wanted: Callable[[], bool] | None = None,
    ) -> list:
        how = {"order_by": order_by, "descending": descending, "offset": offset, "limit": limit}
        with reading(db) as session, unless_unwanted(session, wanted):
            # Pages on SQLite may be read by the driver itself (here, or listings.rows):
            # its errors are told in the same plain words as the ORM's.
            try:
                if self._plain is not None and (driver := sqlite_driver(session)) is not None:
                    found = self._plain(driver, f, **how)
                    if found is not None:
                        return found
                return listings.rows(session, self.kind, f, **how)
            except sqlite3.Error as exc:
                raise explain(exc, db.describe(), db.path) from exc

    def prepare(
        self, db: Database, f: RecordFilter, *, order_by: str, descending: bool = False
    ) -> None:
        """Make the statements of a search under `f` ready (built and compiled) before the
        clerk types one; nothing is read."""
        if self._prepare is not None:
            with reading(db) as session:
                self._prepare(session, f, order_by=order_by, descending=descending)


def resolve_local(db: Database, f: RecordFilter) -> RecordFilter:
    """The filter with its local community written as the registry writes it; a name no
    local community has is refused, with the nearest ones (a listing, a briefing or a
    printout of nothing, with exit 0, said nothing of the typo)."""
    if not f.local:
        return f
    with reading(db) as session:
        found = queries.local_spellings(session, f.local)
        if found:
            return replace(f, local=found[0])
        names = queries.local_names(session)
    near = _nearest(f.local, names)
    hint = (
        translate("Domain", " Did you mean %1?").replace("%1", str(" or ".join(near)))
        if near
        else ""
    )
    raise ValidationError(
        [
            Problem(
                "local",
                fill(
                    translate("Domain", "No local community of the registry is called '%1'.%2"),
                    f.local,
                    hint,
                ),
            )
        ]
    )


def _nearest(name: str, names: list[str]) -> list[str]:
    from rapidfuzz import process

    folded = {fold_name(n): n for n in names}
    found = process.extract(fold_name(name), list(folded), limit=3, score_cutoff=80)
    return [folded[match] for match, _score, _i in found]


PARTNERSHIPS = Listing(
    "partnerships", queries.PARTNERSHIPS, queries.prepare_searches, partnership_sql.page_rows
)
EXCHANGES = Listing("exchanges", record_queries.EXCHANGES)
DECISIONS = Listing("decisions", record_queries.DECISIONS)
COMMUNITIES = Listing("communities", record_queries.COMMUNITIES)


def partnerships(
    db: Database,
    f: RecordFilter,
    *,
    order_by: str = "local",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[PartnershipRow]:
    return PARTNERSHIPS.rows(
        db, f, order_by=order_by, descending=descending, limit=limit, offset=offset
    )


def count(db: Database, f: RecordFilter) -> int:
    return PARTNERSHIPS.count(db, f)
