"""The partnerships listing in plain SQL, read through the sqlite3 driver: what
`sister-cities partnerships` prints from a registry file.

Loading SQLAlchemy, SQLModel and the models took about 0.4 s, ten times the listing
itself, before the first row of a 116-row registry. This is the statement the ORM
listing builds (store/queries.py: page_statement with status_sql's status rule), written
out once for SQLite; a test holds the two to the same rows in the same order, filter by
filter. A registry on a server is listed through the ORM.
"""

import sqlite3

from desktop.domain.enums import ExchangeStatus, Status
from desktop.domain.record_filter import RecordFilter
from desktop.domain.status import STATUS_AFTER
from desktop.store.partnership_rows import (
    PartnershipRow,
    ascii_lower,
    plain_partnership_row,
    same_spelling,
    spelling_pattern,
)

_CHANGES = ", ".join(f"'{a.value}'" for a in STATUS_AFTER)  # the values are our own words


def _binding(column: str) -> str:
    """status_sql.latest_binding: `column` of the binding status change in effect."""
    return (
        f"(SELECT d.{column} FROM decision AS d WHERE d.partnership_id = p.id "
        "AND d.binding IS 1 AND d.archived_at IS NULL AND d.takes_effect_on <= :as_of "
        f"AND d.action IN ({_CHANGES}) "
        "ORDER BY d.takes_effect_on DESC, d.decided_on DESC, d.id DESC LIMIT 1)"
    )


# status_sql.status_on: the decision in effect, else established (or both signed) by then.
STATUS = (
    f"CASE {_binding('action')} "
    + " ".join(f"WHEN '{a.value}' THEN '{s.value}'" for a, s in STATUS_AFTER.items())
    + " ELSE CASE WHEN (p.established_precision IS NOT NULL AND (p.established_on IS NULL "
    "OR p.established_on <= :as_of)) OR (p.local_signed_on <= :as_of "
    f"AND p.partner_signed_on <= :as_of) THEN '{Status.ACTIVE.value}' "
    f"ELSE '{Status.PROPOSED.value}' END END"
)
# queries.last_completed_exchange: the latest completed exchange, undated ones last.
_LATEST = (
    "(SELECT e.id FROM exchange AS e WHERE e.partnership_id = p.id "
    f"AND e.archived_at IS NULL AND e.status = '{ExchangeStatus.COMPLETED.value}' "
    "ORDER BY coalesce(e.end_on, e.start_on) IS NULL, coalesce(e.end_on, e.start_on) DESC, "
    "e.id DESC LIMIT 1)"
)
LISTING = f"""
SELECT p.id, local.name, local.subdivision, local.country,
       partner.name, partner.subdivision, partner.country,
       p.kind, p.established_on, p.established_precision, {STATUS} AS status,
       p.coordinating_organization,
       (SELECT coalesce(x.end_on, x.start_on) FROM exchange AS x WHERE x.id = {_LATEST}),
       coalesce((SELECT CASE WHEN x.end_on IS NOT NULL THEN x.end_precision
                        ELSE x.start_precision END
                 FROM exchange AS x WHERE x.id = {_LATEST}),
                CASE WHEN {_LATEST} IS NOT NULL THEN 'unknown' END),
       {_binding("review_on")},
       p.archived_at IS NOT NULL
FROM partnership AS p
JOIN community AS local ON p.local_id = local.id
JOIN community AS partner ON p.partner_id = partner.id
WHERE {{where}}
ORDER BY p.local_sort, p.partner_sort, p.id
"""
# The filters `sister-cities partnerships` offers, as queries.filtered writes them.
CONDITIONS = {
    "archived": "p.archived_at IS NULL",
    "country": "p.partner_country = :country",
    "local": "p.local_id IN (SELECT id FROM community WHERE lower(name) = :local)",
    "status": f"{STATUS} = :status",
}
SPELLINGS = (
    "SELECT DISTINCT name FROM community WHERE lower(name) LIKE :pattern ESCAPE '\\' "
    "AND id IN (SELECT local_id FROM partnership) LIMIT 20"
)


def partnership_rows(con: sqlite3.Connection, f: RecordFilter) -> list[PartnershipRow]:
    """The listing in the table's first order (local, partner, id), as the ORM's
    partnership_rows(session, f) gives it, for the filters the command line offers."""
    found = page_rows(con, f)
    if found is None:
        raise ValueError("the plain-SQL listing filters by country, status and local only")
    return found


def page_rows(
    con: sqlite3.Connection,
    f: RecordFilter,
    *,
    order_by: str = "local",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[PartnershipRow] | None:
    """A page of the listing, as the ORM's listing pages it; None where `f` or the order
    is one this SQL does not write (a search, kind, dates, where; another sort): then the
    ORM lists it. The window's first page is this one: the ORM's first statement of a
    session cost 20-40 ms to compile, against a few for the page itself."""
    if f.kind or f.search.strip() or f.date_from or f.date_to or f.where:
        return None
    if order_by != "local" or descending:
        return None
    used = [
        name
        for name, wanted in (
            ("archived", not f.include_archived),
            ("country", f.country),
            ("local", f.local),
            ("status", f.status),
        )
        if wanted
    ]
    params = {
        "as_of": f.as_of.isoformat(),
        "country": (f.country or "").upper(),
        "local": ascii_lower(f.local or ""),
        "status": str(f.status or ""),
        "limit": -1 if limit is None else limit,  # SQLite: a negative LIMIT is none
        "offset": offset,
    }
    where = " AND ".join(CONDITIONS[name] for name in used) or "1"
    cursor = con.execute(LISTING.format(where=where) + "LIMIT :limit OFFSET :offset", params)
    return [plain_partnership_row(r) for r in cursor]


def local_spellings(con: sqlite3.Connection, name: str) -> list[str]:
    """queries.local_spellings: the local communities' names written like `name` but for
    the case of a letter."""
    found = con.execute(SPELLINGS, {"pattern": spelling_pattern(name)})
    return same_spelling((r[0] for r in found), name)
