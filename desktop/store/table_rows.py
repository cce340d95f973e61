"""A table's rows as a whole-registry copy reads them (services/registry_copy.py):
counted, and streamed in primary-key order a bounded number at a time."""

from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row


def row_count(conn: Connection, table: str) -> int:
    return conn.execute(sa.text(f'SELECT count(*) FROM "{table}"')).scalar()


def rows_in_key_order(conn: Connection, table: sa.Table, size: int) -> Iterator[Sequence[Row]]:
    """The table's rows by primary key, `size` rows a chunk, fetched as they are read
    (bounded memory at a million rows, and a few documents of 25 MB at a time)."""
    key = list(table.primary_key.columns)
    rows = conn.execution_options(yield_per=size).execute(sa.select(table).order_by(*key))
    return rows.partitions()
