"""Listings built in SQL: filtering, searching, sorting and counting stay in the database."""

from dataclasses import replace
from datetime import date
from functools import lru_cache

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session

from desktop.domain.enums import ExchangeStatus
from desktop.domain.record_filter import (  # noqa: F401 (found here by callers)
    ABROAD,
    WITHIN_ONE_COUNTRY,
    RecordFilter,
)
from desktop.store import listings
from desktop.store.listings import Listing, unarchived, when
from desktop.store.models import Community, Exchange, Partnership
from desktop.store.partnership_rows import (  # noqa: F401 (found here by callers)
    ASCII_LOWER,
    PartnershipRow,
    ascii_lower,
    partnership_row,
    plain_partnership_row,
    same_spelling,
    spelling_pattern,
)
from desktop.store.search import communities_matching, partnership_matches
from desktop.store.status_sql import latest_binding, status_on

Local = aliased(Community, name="local")
Partner = aliased(Community, name="partner")


P = Partnership
# Each sort order ends in the id, so pages never overlap; the first three are indexes.
SORTABLE = {
    "local": (P.local_sort, P.partner_sort, P.id),
    "partner": (P.partner_sort, P.id),
    "country": (P.partner_country_name, P.partner_sort, P.id),  # the name, not the code
    "kind": (P.kind, P.local_sort, P.id),
    "established": (P.established_on, P.local_sort, P.id),
    "id": (P.id,),
}
SORT_BY_STATUS = "status"


def local_named(name: str):
    """Partnerships whose local community is called `name` (A-Z in any case): that name's
    community ids first, then their partnerships off the local_id index. Comparing each
    partnership's joined local name instead read every partnership (at a million, 6 s to
    count Norfolk's 2,000, and 3 s a page of them). SQL's lower() folds A-Z only (SQLite;
    PostgreSQL's "C" collation), so the name is folded the same way here: Python's lower()
    made 'Örebro' 'örebro', which no stored name's lower() ever equals. Other letters'
    case is matched by `local_spellings` first."""
    ids = sa.select(Community.id).where(sa.func.lower(Community.name) == ascii_lower(name))
    return Partnership.local_id.in_(ids)


def local_spellings(session, name: str, limit: int = 20) -> list[str]:
    """The names of local communities (those with a partnership of their own) written
    like `name` but for the case of any letter ('örebro', 'ÖREBRO' for Örebro): found by
    SQL for the letters it folds (A-Z, any other letter matching any one character), then
    compared in Python."""
    pattern = spelling_pattern(name)
    locals_ = sa.select(Partnership.local_id)
    rows = session.execute(
        sa.select(Community.name)
        .where(sa.func.lower(Community.name).like(pattern, escape="\\"))
        .where(Community.id.in_(locals_))
        .distinct()
        .limit(limit)
    ).scalars()
    return same_spelling(rows, name)


def local_names(session, limit: int = 2000) -> list[str]:
    """Every local community's name (for suggestions)."""
    locals_ = sa.select(Partnership.local_id)
    return list(
        session.execute(
            sa.select(Community.name).where(Community.id.in_(locals_)).distinct().limit(limit)
        ).scalars()
    )


def filtered(f: RecordFilter, *, join_places: bool = True, paging: bool = False):
    """SELECT partnership.id of the partnerships `f` selects (the briefing, the map and the
    needs-attention list start from it). `join_places`: join Local and Partner."""
    return listings.selected(PARTNERSHIPS, f, names=join_places, paging=paging)


@lru_cache(maxsize=16)
def status_column(day: date):
    """The status on `day`, labelled: one expression for a page's column, its WHERE and its
    ORDER BY (which then names the column instead of working out its CASE again), made
    once a day."""
    return status_on(day).label("status")


def _within_one_country(where: str):
    # The partner's country is kept on the partnership; the local one's is looked up off
    # the community's primary key, so no join is needed for it.
    local_country = (
        sa.select(Community.country).where(Community.id == Partnership.local_id)
    ).scalar_subquery()
    same = Partnership.partner_country == local_country
    return same if where == WITHIN_ONE_COUNTRY else sa.not_(same)


# Made once (see status_sql.py: a fresh alias per page cost more than the query itself).
_LATEST_EXCHANGE = aliased(Exchange, name="latest_exchange")
_SHOWN_EXCHANGE = aliased(Exchange, name="shown_exchange")


def last_completed_exchange(partnership=Partnership):
    """(date, precision) of the partnership's latest completed exchange, as two scalar
    subqueries (a page's rows each look theirs up off the exchange index); a completed
    exchange without dates gives (NULL, 'unknown')."""
    e = _LATEST_EXCHANGE
    when = sa.func.coalesce(e.end_on, e.start_on)
    latest = (
        sa.select(e.id)
        .where(
            e.partnership_id == partnership.id,
            e.archived_at.is_(None),
            e.status == ExchangeStatus.COMPLETED.value,
        )
        .order_by(when.is_(None), when.desc(), e.id.desc())
        .limit(1)
        .correlate(partnership)  # the row's own partnership, two subqueries up
        .scalar_subquery()
    )
    x = _SHOWN_EXCHANGE
    on = sa.select(sa.func.coalesce(x.end_on, x.start_on)).where(x.id == latest)
    on = on.scalar_subquery()
    precision = sa.case((x.end_on.is_not(None), x.end_precision), else_=x.start_precision)
    known = sa.select(precision).where(x.id == latest).scalar_subquery()
    return on, sa.func.coalesce(known, sa.case((latest.is_not(None), "unknown"), else_=None))


def _columns(f: RecordFilter) -> tuple:
    """A page's columns after the id, in partnership_rows.partnership_row's order."""
    return _columns_on(f.as_of)


@lru_cache(maxsize=16)
def _columns_on(day: date) -> tuple:
    # Made once a day, as status_column: building the subqueries again for every page
    # cost each keystroke's page about half a millisecond.
    return (
        Local.name,
        Local.subdivision,
        Local.country,
        Partner.name,
        Partner.subdivision,
        Partner.country,
        Partnership.kind,
        Partnership.established_on,
        Partnership.established_precision,
        status_column(day),
        Partnership.coordinating_organization,
        *last_completed_exchange(),
        latest_binding(day, "review_on"),
        # Archived as the filter sees it: any value (a date another program wrote badly too).
        Partnership.archived_at.is_not(None),
    )


PARTNERSHIPS = Listing(
    id=Partnership.id,
    columns=_columns,
    row=partnership_row,
    plain_row=plain_partnership_row,
    sorts={
        **SORTABLE,
        SORT_BY_STATUS: lambda f: (status_column(f.as_of), P.local_sort, P.id),
    },
    default_sort="local",
    # Its partner's country is kept on the partnership: a count joins no community.
    name_joins=(
        (Local, Partnership.local_id == Local.id),
        (Partner, Partnership.partner_id == Partner.id),
    ),
    where=(
        unarchived(Partnership.archived_at),
        when("country", lambda code: Partnership.partner_country == code.upper()),
        when("local", local_named),
        when("kind", lambda kind: Partnership.kind == kind),
        when("where", _within_one_country),
        lambda f: status_column(f.as_of) == str(f.status) if f.status else None,
        when("date_from", lambda day: Partnership.established_on >= day),
        when("date_to", lambda day: Partnership.established_on <= day),
    ),
    # A page has joined each row's communities: a short search tests them there.
    search=lambda text, paging: partnership_matches(
        text, joined_places=(Local, Partner) if paging else None
    ),
)


def page_statement(
    f: RecordFilter,
    *,
    order_by: str = "local",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
):
    """The SELECT behind one page of the partnerships table (the benchmark runs it bare)."""
    return listings.page(
        PARTNERSHIPS, f, order_by=order_by, descending=descending, limit=limit, offset=offset
    )


def count_statement(f: RecordFilter, at_most: int | None = None):
    """`at_most`: count no further than one past it (a quick first count)."""
    return listings.count_statement(PARTNERSHIPS, f, at_most)


# A search of fewer letters than the trigram index takes, and one it takes: the two shapes
# of the search's statements (typed text is only their parameters). Neither names a country.
SEARCH_SHAPES = ("x", "xqz")


def prepare_searches(session: Session, f: RecordFilter, *, order_by: str, descending: bool):
    """Build, compile and run once with LIMIT 0 (nothing is read) the page and quick-count
    statements of a search under `f`'s other filters and this order. The first search of a
    session paid it in front of its rows: at a million partnerships (profiled, on a loaded
    machine) 40 ms to compile the page's statement and 30 ms for the first build of its
    conditions on the joined communities, against 14-30 ms for the page's SQL itself.
    They are the very statements the search's pages and quick counts then run (kept by
    listings.KEPT: the typed text, the page's size and a count's limit are parameters)."""
    for text in SEARCH_SHAPES:
        g = replace(f, search=text)
        how = {"order_by": order_by, "descending": descending}
        listings.rows(session, PARTNERSHIPS, g, **how, limit=0)
        listings.count(session, PARTNERSHIPS, g, at_most=-1)  # LIMIT 0, as a quick count


def partnership_choices(session: Session, text: str, limit: int) -> list:
    """Partnerships in the lists whose local or partner community is named like `text` (or
    lies in a country so named), in the table's order: what a form's partnership picker
    offers. Rows of (id, local, local subdivision, partner, partner country)."""
    places = communities_matching(text)
    query = (
        sa.select(Partnership.id, Local.name, Local.subdivision, Partner.name, Partner.country)
        .join(Local, Partnership.local_id == Local.id)
        .join(Partner, Partnership.partner_id == Partner.id)
        .where(
            Partnership.archived_at.is_(None),
            sa.or_(Partnership.local_id.in_(places), Partnership.partner_id.in_(places)),
        )
        .order_by(*SORTABLE["local"])
        .limit(limit)
    )
    return session.execute(query).all()
