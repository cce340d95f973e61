"""One record kind's listing, described once, and the one way every listing is filtered,
sorted, paged and counted in SQL.

A `Listing` names what a kind's table shows: the id it lists, the joins its rows need,
the columns a row is made of, its sort orders, and the WHERE clause each filter field
brings. `selected` builds the filtered SELECT of ids, `page` adds a page's columns and
order to it, `count` counts it; rows() and count() run them. The partnerships, exchanges,
decisions and communities are four descriptions (queries.py, record_queries.py), not four
copies of this.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlmodel import Session

from desktop.domain.record_filter import RecordFilter
from desktop.store.ordering import by

Row = TypeVar("Row")
# A clause for a filter: given the filter, a WHERE condition, or None where it does not
# narrow (see `when` and `unarchived`).
Clause = Callable[[RecordFilter], Any]
# Built for a filter, or the same for every one (a partnership's status needs its as_of).
PerFilter = Any  # a tuple, or Callable[[RecordFilter], tuple]


@dataclass(frozen=True)
class Listing(Generic[Row]):
    id: Any  # the listed table's id: what a count counts and a page's rows start with
    columns: PerFilter  # what a row is made of, after its id
    row: Callable[[Sequence], Row]  # (id, *columns) -> the row
    sorts: Mapping[str, PerFilter]  # sort name -> its keys, all turned by `descending`
    default_sort: str
    # WHERE clauses, each a `Clause`, in this order.
    where: tuple[Clause, ...] = ()
    # The search box: (typed text, paging) -> condition. `paging` is a page of rows (which
    # may walk a sorted index and stop) rather than a count (which reads every match).
    search: Callable[[str, bool], Any] | None = None
    joins: tuple = ()  # (table, on) joined for every statement
    # Joined for a page's rows, and for a count only where a filter field named in
    # `names_for` is chosen: a count of every exchange need not look up its communities.
    name_joins: tuple = ()
    names_for: tuple[str, ...] = ()
    tiebreak: tuple = ()  # keys ending every order, ascending either way


def when(field: str, clause: Callable[[Any], Any]) -> Clause:
    """The clause `clause(value)` wherever the filter's `field` holds a value."""

    def built(f: RecordFilter):
        value = getattr(f, field)
        return clause(value) if value else None

    return built


def unarchived(*archived_at) -> Clause:
    """Leave out what is archived (each of these is when it was), unless "Show archived"."""

    def built(f: RecordFilter):
        return None if f.include_archived else sa.and_(*(c.is_(None) for c in archived_at))

    return built


def selected(listing: Listing, f: RecordFilter, *, names: bool = True, paging: bool = False):
    """SELECT id ... WHERE (the filter): the base of a page and of a count. `names`: join
    what the rows' names need (a count asks for them only where a filter reads them)."""
    query = sa.select(listing.id)
    for table, on in listing.joins:
        query = query.join(table, on)
    if names or any(getattr(f, field) for field in listing.names_for):
        for table, on in listing.name_joins:
            query = query.join(table, on)
    for clause in listing.where:
        condition = clause(f)
        if condition is not None:
            query = query.where(condition)
    if listing.search is not None and f.search.strip():
        query = query.where(listing.search(f.search, paging))
    return query


def page(
    listing: Listing,
    f: RecordFilter,
    *,
    order_by: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
):
    """The SELECT of one page of rows (every row without a limit), in the chosen order."""
    sorts = listing.sorts
    keys = _for(sorts.get(order_by or listing.default_sort, sorts[listing.default_sort]), f)
    query = (
        selected(listing, f, paging=True)
        .add_columns(*_for(listing.columns, f))
        .order_by(*(by(key, descending) for key in keys), *listing.tiebreak)
        .offset(offset)
    )
    return query if limit is None else query.limit(limit)


def count_statement(listing: Listing, f: RecordFilter, at_most: int | None = None):
    """SELECT count(*) of what `f` selects; with `at_most`, at most one past it (a quick
    count where thousands match: the window shows "10,000+")."""
    inner = selected(listing, f, names=False)
    if at_most is not None:
        inner = inner.limit(at_most + 1)
    return sa.select(sa.func.count()).select_from(inner.subquery())


def rows(
    session: Session,
    listing: Listing[Row],
    f: RecordFilter,
    *,
    order_by: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[Row]:
    statement = page(
        listing, f, order_by=order_by, descending=descending, offset=offset, limit=limit
    )
    return [listing.row(r) for r in session.execute(statement)]


def count(session: Session, listing: Listing, f: RecordFilter, at_most: int | None = None) -> int:
    return session.execute(count_statement(listing, f, at_most)).scalar_one()


def _for(value: PerFilter, f: RecordFilter) -> tuple:
    return tuple(value(f) if callable(value) else value)
