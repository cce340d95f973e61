"""Rows into a table: the header row's names, the non-empty rows under it (each kept as
long as its last value), and what was found at their cells. What is kept is bounded by
what a list can be, not by what the file claims: MAX_COLUMNS named columns, a caller's
row limit, and no row padded to the header's width (a header running to column XFD would
otherwise cost 16,384 cells a row)."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import time

from openpyxl.utils.cell import get_column_letter

from desktop.domain.validation import control_character
from desktop.domain.words import fill, translate
from desktop.services.importing.errors import ImportFileError
from desktop.services.progress import Progress

MAX_COLUMNS = 200  # named columns; a list of partnerships has a few dozen at most
MAX_CELL = 32_767  # Excel's own limit for the text of one cell


@dataclass(frozen=True)
class Extent:
    """How far a sheet reaches: its last row and column (1-based) with anything in them."""

    rows: int
    columns: int

    def reference(self) -> str:
        return f"A1:{get_column_letter(max(self.columns, 1))}{max(self.rows, 1)}"


@dataclass
class CellNote:
    """Something found while reading one cell (the importer turns it into a row problem)."""

    row: int
    column: int  # 0-based index into the header
    message: str


@dataclass
class Table:
    """A sheet as read: its column names and its non-empty rows, with their row numbers."""

    source: str  # the file name
    sheet: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, tuple]]  # (row number in the file, values)
    notes: list[CellNote] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)  # file-level notes (merged cells)
    encoding: str = ""  # CSV only: the encoding it was read in ("UTF-8", "Shift-JIS ...")
    delimiter: str = ""  # CSV only
    extent: Extent | None = None  # the last row and column with anything in them

    def cell_name(self, row: int, column: int) -> str:
        """'C5' in a workbook; 'line 5, Country' in a CSV file."""
        if self.delimiter:
            return f"line {row}, {self.headers[column]}"
        return f"{get_column_letter(column + 1)}{row}"


@dataclass(frozen=True)
class Source:
    name: str  # the file's
    sheet: str
    rows_hint: int | None  # for the progress bar: the sheet's record, or the file's lines


def collect(
    source: Source,
    header_row: int,
    rows: Iterator[tuple],
    uncached: set[tuple[int, int]],
    merged: list[tuple[int, int, int, int]],
    progress: Progress,
    limit: int | None,
    max_rows: int,
    *,
    encoding: str = "",
    delimiter: str = "",
) -> Table:
    headers: list[str] | None = None
    body: list[tuple[int, tuple]] = []
    notes: list[CellNote] = []
    anything = False
    anchors: dict[tuple, object] = {}  # merged range -> its top-left cell's value
    total = max((source.rows_hint or 0) - header_row, 0)
    last_row = last_column = 0
    for number, values in enumerate(rows, start=1):
        if merged:
            values = _fill_merged(number, values, merged, anchors)
        if number < header_row:
            anything = anything or any(_present(v) for v in values)
            continue
        if number == header_row:
            headers = _headers(values, source)
            anything = anything or bool(headers)
            last_row, last_column = number, len(headers)
            continue
        if headers is None:
            break
        values = _trimmed(values, len(headers))
        if not values:
            continue
        last_row, last_column = number, max(last_column, len(values))
        notes += _cell_notes(number, values, uncached)
        body.append((number, values))
        if len(body) > max_rows and limit is None:
            raise ImportFileError(
                fill(
                    translate(
                        "Domain",
                        "The sheet '%1' of %2 has more than %3 rows; one import takes at most "
                        "that many. Split the list into several files and import them one by one.",
                    ),
                    source.sheet,
                    source.name,
                    f"{max_rows:,}",
                )
            )
        if limit is not None and len(body) >= limit:
            break
        if len(body) % 1000 == 0:
            progress.step(len(body), max(total, len(body)), f"Reading row {number:,}")
    if not headers:
        if not anything:
            raise ImportFileError(
                fill(
                    translate("Domain", "The sheet '%1' of %2 is empty."), source.sheet, source.name
                )
            )
        raise ImportFileError(
            fill(
                translate(
                    "Domain",
                    "Row %1 of '%2' is empty: choose the row that holds the column names "
                    "(City, Sister city, Country ...).",
                ),
                header_row,
                source.sheet,
            )
        )
    if not body and limit is None:
        raise ImportFileError(
            fill(
                translate(
                    "Domain",
                    "The sheet '%1' of %2 has column names in row %3 but no rows under them.",
                ),
                source.sheet,
                source.name,
                header_row,
            )
        )
    remarks = [
        (
            fill(
                translate(
                    "Domain",
                    "Merged cells %1%2:%3%4 were read as the same value in each of their rows.",
                ),
                get_column_letter(c1),
                r1,
                get_column_letter(c2),
                r2,
            )
        )
        for c1, r1, c2, r2 in merged
        if r2 > header_row
    ]
    table = Table(
        source.name, source.sheet, header_row, headers, body, notes, remarks, encoding, delimiter
    )
    table.extent = Extent(last_row, last_column)
    return table


def _trimmed(values: tuple, width: int) -> tuple:
    """The row's values under the header, cleaned, without the empty cells at its end
    (a row is kept as long as its last value, not padded to the header's width: a file
    whose header runs to column XFD would otherwise cost 16,384 cells a row); () for an
    empty row."""
    values = [clean(v) for v in values[:width]]
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def _cell_notes(number: int, values: tuple, uncached: set[tuple[int, int]]) -> list[CellNote]:
    notes = []
    for col, value in enumerate(values):
        if (number, col) in uncached:
            notes.append(CellNote(number, col, UNCACHED))
        elif isinstance(value, str):
            if len(value) > MAX_CELL:
                notes.append(
                    CellNote(
                        number,
                        col,
                        translate("Domain", "Too long: %1 characters in one cell.").replace(
                            "%1", f"{len(value):,}"
                        ),
                    )
                )
            elif problem := control_character(value):
                notes.append(CellNote(number, col, problem))
    return notes


UNCACHED = (
    "This cell holds a formula whose result was never saved (the file was not written by "
    "Excel). Open the file in Excel, save it, and import it again; or type the value."
)


def _fill_merged(number: int, values: tuple, merged, anchors: dict) -> tuple:
    """Every cell of a merged range reads as its top-left cell. The value is kept once a
    range, not once a cell: a small file merged over whole columns asked for a dictionary
    entry per cell, billions for A2:XFD1048576. A range is filled only as far as a list
    can be wide."""
    values = list(values)
    for merge in merged:
        c1, r1, c2, r2 = merge
        if not r1 <= number <= r2 or c1 > MAX_COLUMNS:
            continue
        c2 = min(c2, MAX_COLUMNS)
        if number == r1 and len(values) >= c1:
            anchors[merge] = values[c1 - 1]
        if merge in anchors:
            values += [None] * (c2 - len(values))
            values[c1 - 1 : c2] = [anchors[merge]] * (c2 - c1 + 1)
    return tuple(values)


def _present(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def clean(value):
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, time):
        return None if value == time(0) else value
    return value


def _headers(values: tuple, source: Source) -> list[str]:
    names = ["" if v is None else " ".join(str(v).split()) for v in values]
    while names and not names[-1]:
        names.pop()
    if len(names) > MAX_COLUMNS:
        raise ImportFileError(
            fill(
                translate(
                    "Domain",
                    "The header row of '%1' in %2 has %3 columns; a list has at most %4. "
                    "Delete the columns that are not part of the list, or choose the row "
                    "that holds the column names.",
                ),
                source.sheet,
                source.name,
                f"{len(names):,}",
                f"{MAX_COLUMNS:,}",
            )
        )
    if any(len(name) > MAX_CELL for name in names):
        raise ImportFileError(
            fill(
                translate(
                    "Domain",
                    "The header row of '%1' in %2 holds a cell longer than %3 characters: it "
                    "is not a row of column names (a web page saved as .csv?). Choose the "
                    "row, or the file, that holds the list.",
                ),
                source.sheet,
                source.name,
                f"{MAX_CELL:,}",
            )
        )
    seen: dict[str, int] = {}
    result = []
    for i, name in enumerate(names):
        name = name or f"Column {get_column_letter(i + 1)}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        result.append(name)
    return result
