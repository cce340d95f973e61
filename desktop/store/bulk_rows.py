"""Many rows into one table by one `executemany` of plain tuples through the driver.

A Core `insert(table)` with a list of dicts builds a parameter dict and runs every
column's type conversion for every row in Python (an import's 100,000 audit entries spent
more time there than in SQLite). Here the statement is written once, each column's
conversion is looked up once and skipped for columns that need none, and a value repeated
down a column (the moment of an import, its batch) is converted once. The same defaults
a Core INSERT fills in come from the columns' own Python defaults (the search's folded
copies among them), so the rows come out as a Core INSERT would write them, and the
database's own triggers (full-text tables, PostgreSQL's audit trail) see an ordinary
INSERT, in the caller's transaction.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

CHUNK = 5000  # rows a statement: memory stays flat for any list


class _Context:
    """What a column default's function is given: the row being written (as SQLAlchemy's
    execution context gives `get_current_parameters()` during a Core INSERT)."""

    def __init__(self, row: dict[str, Any]):
        self._row = row

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True) -> dict:
        return self._row


def insert_rows(session: Session, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts of column name -> Python value, all with the same keys) into
    `table`; columns a row leaves out take their Python default, else the server's."""
    if not rows:
        return
    given = list(rows[0])
    defaulted = [
        c
        for c in table.columns
        if c.key not in given and c.default is not None and not c.default.is_sequence
    ]
    keys = given + [c.key for c in defaulted]
    for start in range(0, len(rows), CHUNK):
        values = []
        for row in rows[start : start + CHUNK]:
            if defaulted:
                context = _Context(row)
                row = row | {c.key: _default(c, context) for c in defaulted}
            values.append(tuple([row[key] for key in keys]))
        insert_tuples(session, table, keys, values)


def insert_tuples(
    session: Session, table: sa.Table, keys: list[str], rows: Sequence[tuple]
) -> None:
    """INSERT `rows` (tuples of Python values of the columns `keys`, in that order) into
    `table`, when the caller has every value already (an import's audit entries: 120,000
    for 10,000 rows, where building a dict for each cost more than writing it). Only the
    columns whose type converts a value are converted; the others go in as they are."""
    if not rows:
        return
    missing = [
        c.key
        for c in table.columns
        if c.key not in keys and c.default is not None and not c.default.is_sequence
    ]
    if missing:
        raise ValueError(f"{table.name}: no value for {', '.join(missing)} (use insert_rows)")
    connection = session.connection()
    dialect = connection.dialect
    quote = dialect.identifier_preparer
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {quote.format_table(table)} "
        f"({', '.join(quote.format_column(table.c[k]) for k in keys)}) "
        f"VALUES ({', '.join([marker] * len(keys))})"
    )
    converters = [
        (i, convert)
        for i, k in enumerate(keys)
        if (convert := _converter(table.c[k], dialect)) is not _same
    ]
    for start in range(0, len(rows), CHUNK):
        values = rows[start : start + CHUNK]
        if converters:
            converted = []
            for row in values:
                row = list(row)
                for i, convert in converters:
                    row[i] = convert(row[i])
                converted.append(tuple(row))
            values = converted
        connection.exec_driver_sql(statement, values)


def _default(column: sa.Column, context: _Context):
    default = column.default
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(context)
    raise ValueError(f"{column}: a default only the server can give (not for a bulk insert)")


def _converter(column: sa.Column, dialect):
    """The column's conversion to what the driver takes; the last value's result is kept,
    as columns repeat one value (a moment, a batch, an action) down many rows."""
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return _same
    last: list = [_UNSET, None]

    def convert(value):
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return convert


_UNSET = object()


def _same(value):
    return value
