"""One record kind's listing, described once, and the one way every listing is filtered,
sorted, paged and counted in SQL.

A `Listing` names what a kind's table shows: the id it lists, the joins its rows need,
the columns a row is made of, its sort orders, and the WHERE clause each filter field
brings. `selected` builds the filtered SELECT of ids, `page` adds a page's columns and
order to it, `count` counts it; rows() and count() run them. The partnerships, exchanges,
decisions and communities are four descriptions (queries.py, record_queries.py), not four
copies of this.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlmodel import Session

from desktop.domain.record_filter import RecordFilter
from desktop.store.ordering import by
from desktop.store.search import search_shape, search_values
from desktop.store.stopping import sqlite_driver

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
    # A page's row from the plain values the sqlite3 driver gives (dates as ISO text, enum
    # values as text), for a kind that has one: on SQLite its pages are then run by the
    # driver itself (see rows()).
    plain_row: Callable[[Sequence], Row] | None = None


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


# A page's place and size, and a quick count's stopping point, are parameters too, so
# that the statement of one page is the statement of the next (see KeptStatements).
OFFSET, LIMIT, COUNT_LIMIT = "page_offset", "page_limit", "count_limit"


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
        .offset(sa.bindparam(OFFSET, offset, type_=sa.Integer))
    )
    return query if limit is None else query.limit(sa.bindparam(LIMIT, limit, type_=sa.Integer))


def count_statement(listing: Listing, f: RecordFilter, at_most: int | None = None):
    """SELECT count(*) of what `f` selects; with `at_most`, at most one past it (a quick
    count where thousands match: the window shows "10,000+")."""
    inner = selected(listing, f, names=False)
    if at_most is not None:
        inner = inner.limit(sa.bindparam(COUNT_LIMIT, at_most + 1, type_=sa.Integer))
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
    statement, values = KEPT.page(listing, f, order_by, descending, limit is not None)
    values |= {OFFSET: offset, LIMIT: limit}
    if listing.plain_row is not None and (driver := sqlite_driver(session)) is not None:
        plain = KEPT.plain(statement, session)
        arguments = plain.arguments(values)
        if arguments is not None:
            return [listing.plain_row(r) for r in driver.execute(plain.sql, arguments)]
    return [listing.row(r) for r in session.execute(statement, values)]


def count(session: Session, listing: Listing, f: RecordFilter, at_most: int | None = None) -> int:
    statement, values = KEPT.count(listing, f, at_most is not None)
    if at_most is not None:
        values[COUNT_LIMIT] = at_most + 1
    return session.execute(statement, values).scalar_one()


class KeptStatements:
    """The statements last built, for the next query of the same form. A clerk typing
    K, Ka, Kal asks for the same statement three times but for the typed text, and
    scrolling for the same one but for its offset: both reach SQL only as parameters
    (search.search_values, OFFSET and LIMIT). Building the statement again and SQLAlchemy
    working out its cache key again cost each keystroke's page about 3 ms (at 100,000
    partnerships, against 5-8 ms for the page's SQL itself). A statement is kept under
    everything it is built from: the listing, the filter but its text, the text's form
    (search.search_shape), the sort, and whether it is limited. The table's page and count
    threads share them, hence the lock."""

    SIZE = 64

    def __init__(self) -> None:
        self._kept: OrderedDict = OrderedDict()
        self._plain: dict[int, tuple[Any, PlainStatement]] = {}
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._plain.clear()

    def plain(self, statement, session: Session) -> "PlainStatement":
        """The kept `statement` as SQLite's SQL text, compiled once (by its identity, while
        it is kept: the statement is held beside it, so the identity stays its own)."""
        with self._lock:
            found = self._plain.get(id(statement))
        if found is not None and found[0] is statement:
            return found[1]
        plain = PlainStatement.of(statement, session.get_bind().dialect)
        with self._lock:
            self._plain[id(statement)] = (statement, plain)
            kept = {id(entry[1]) for entry in self._kept.values()}
            for stale in [k for k in self._plain if k not in kept]:
                del self._plain[stale]
        return plain

    def __len__(self) -> int:
        return len(self._kept)

    def page(self, listing: Listing, f: RecordFilter, order_by, descending, limited: bool):
        """(statement, parameters) of a page of `f` (LIMIT and OFFSET still to be given)."""
        how = ("page", order_by, descending, limited)

        def build(g: RecordFilter):
            limit = 0 if limited else None
            return page(listing, g, order_by=order_by, descending=descending, limit=limit)

        return self._statement(listing, f, how, build)

    def count(self, listing: Listing, f: RecordFilter, limited: bool):
        """(statement, parameters) of a count of `f` (COUNT_LIMIT still to be given)."""
        at_most = -1 if limited else None
        how = ("count", limited)
        return self._statement(listing, f, how, lambda g: count_statement(listing, g, at_most))

    def _statement(self, listing: Listing, f: RecordFilter, how: tuple, build) -> tuple:
        text = f.search if listing.search is not None and f.search.strip() else ""
        key = (id(listing), replace(f, search=""), search_shape(text) if text else (), how)
        values = search_values(text) if text else {}
        with self._lock:
            found = self._kept.get(key)
            if found is not None and found[0] is listing:
                self._kept.move_to_end(key)
                return found[1], values
        statement = build(f)
        with self._lock:
            self._kept[key] = (listing, statement)
            while len(self._kept) > self.SIZE:
                self._kept.popitem(last=False)
        return statement, values


@dataclass(frozen=True)
class PlainStatement:
    """A kept statement as the SQL text SQLite runs, with its parameters in order: run by
    the sqlite3 driver, a search keystroke's page skipped SQLAlchemy's execution and its
    typed rows (about 1.5 ms of a page's 8-11 ms at 100,000 partnerships, where the SQL
    itself takes 5-7)."""

    sql: str
    names: tuple[str, ...]  # each parameter's name, in the order of the SQL's '?'s
    given: dict[str, Any]  # the values built into the statement (a filter's)
    processors: dict[str, Callable[[Any], Any]]  # to what the driver takes (dates: ISO)

    @classmethod
    def of(cls, statement, dialect) -> "PlainStatement":
        compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        processors = {k: v for k, v in compiled._bind_processors.items() if v is not None}
        return cls(str(compiled), tuple(compiled.positiontup), dict(compiled.params), processors)

    def arguments(self, values: dict[str, Any]) -> list | None:
        """The parameters for the driver, the given `values` (the search's text, the page's
        place) over the built-in ones; None where one is not a plain value (the statement
        then runs through SQLAlchemy)."""
        merged = self.given | values
        arguments = []
        for name in self.names:
            value = merged[name]
            process = self.processors.get(name)
            if process is not None:
                value = process(value)
            if value is not None and not isinstance(value, PLAIN_VALUES):
                return None
            arguments.append(value)
        return arguments


PLAIN_VALUES = (str, int, float, bytes)
KEPT = KeptStatements()


def _for(value: PerFilter, f: RecordFilter) -> tuple:
    return tuple(value(f) if callable(value) else value)
