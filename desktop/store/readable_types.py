"""Column types that read a value another program stored, instead of failing the read.

SQLite keeps whatever a database tool writes: 'hacked' as a partnership's kind, 'garbage'
as a date. Read through the plain types, one such value ended every listing, export,
printout and copy of the registry in "unexpected error". Read through these, the record
is still shown: a value outside its vocabulary as an `Unrecognised` value (its label says
"invalid"), a date or time that is not one as no date. Writing such values is still
refused, and `sister-cities check` names every record that holds one (domain_check.py).
"""

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel.sql.sqltypes import UTCDateTime

from desktop.domain.enums import Unrecognised


class ReadableEnum(sa.Enum):
    """An enum column (its value stored as text) that reads a value outside its list as
    Unrecognised; writing one is refused (validate_strings)."""

    cache_ok = True

    def _object_value_for_elem(self, elem):
        try:
            return super()._object_value_for_elem(elem)
        except LookupError:
            return Unrecognised(elem)


def _forgiving(processor):
    if processor is None:
        return None

    def process(value):
        try:
            return processor(value)
        except (ValueError, TypeError):  # 'garbage' where a date belongs
            return None

    return process


class ReadableDate(TypeDecorator):
    impl = sa.Date
    cache_ok = True

    def result_processor(self, dialect, coltype):
        return _forgiving(super().result_processor(dialect, coltype))


class ReadableDateTime(UTCDateTime):
    cache_ok = True

    def result_processor(self, dialect, coltype):
        return _forgiving(super().result_processor(dialect, coltype))

    def __repr__(self) -> str:
        return "UTCDateTime()"  # as migrations spell it


def readable_values(table: sa.Table) -> sa.Table:
    """Give the table's date and time columns the types above."""
    for column in table.columns:
        if isinstance(column.type, UTCDateTime):
            column.type = ReadableDateTime()
        elif type(column.type) is sa.Date:
            column.type = ReadableDate()
    return table
