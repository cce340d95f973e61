"""What a record table is made of, apart from Qt's model machinery: its columns and the
size of a page. Shared by the table model (lazy_model.py) and by the first rows shown at
start-up (ui/window/first_rows.py), which must not wait for the model's module to load."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

BLOCK = 200  # rows per fetch: a screenful or two


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    sort_key: str | None  # None: this column cannot be sorted
    value: Callable[[Any], Any]  # row -> what the cell shows
    width: int = 140
    align_right: bool = False
    shown: bool = True  # before the clerk chooses columns (the header's right-click menu)

    def text(self, row) -> str:
        """What the cell shows for `row` (the table's and the first rows' alike)."""
        value = self.value(row)
        return "" if value is None else str(value)
