"""Cells and table sheets for streamed (write-only) workbooks.

Text from records is always written as text: a name or note starting with =, +, -, @, a tab
or a line break is stored as a string with Excel's "quote prefix", so it is shown as typed
and never becomes a live formula, not even when someone edits the cell later (OWASP CSV
injection). Dates are real date cells whose format shows what is known: a year-precision
date shows as the year. Styles are built once per sheet and shared by its cells, because a
styled cell per value is the slow part of a big export; and a write-only sheet's rows are
written by a row writer of our own (xlsx_rows.py), rather than through an openpyxl cell each.
"""

import contextlib
import math
import warnings
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from desktop.domain.enums import DatePrecision
from desktop.domain.spreadsheet_text import looks_like_formula
from desktop.reports.xlsx_rows import SheetStyle, Styled, write_rows_directly

DATE_FORMATS = {
    DatePrecision.YEAR: "yyyy",
    DatePrecision.MONTH: "mmm yyyy",
    DatePrecision.DAY: "d mmm yyyy",
}
DATETIME_FORMAT = "d mmm yyyy hh:mm"
PERCENT_FORMAT = "0.0%"
EXCEL_MAX_ROWS = 1_048_576
WRAP_OVER = 12  # characters; narrower than any wrapped column
LINE_HEIGHT = 15  # points per line of 11-point text
MAX_LINES = 8  # a longer note is cut off on screen; the whole text stays in the cell
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")


def clean_text(value: object) -> str:
    """Text a workbook can hold: control characters XML forbids are dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def is_dangerous(text: str) -> bool:
    return looks_like_formula(text)


PLAIN_KEPT = 20_000  # texts remembered as needing no style (names, labels, countries)


class Cells:
    """Makes the cells of one write-only sheet."""

    def __init__(self, ws):
        self.ws = ws
        self._direct = write_rows_directly(ws)
        self._plain: dict[str, str] = {}  # text as given -> as written, when it is plain
        wrap = Alignment(wrap_text=True)  # bottom, like the cells beside it
        self._styles = {
            "safe": self._style(quotePrefix=True),
            "wrap": self._style(alignment=wrap),
            "wrap_safe": self._style(alignment=wrap, quotePrefix=True),
            "header": self._style(
                font=Font(name="Calibri", bold=True),
                fill=HEADER_FILL,
                alignment=Alignment(wrap_text=True),
            ),
            "bold": self._style(font=Font(name="Calibri", bold=True)),
            "title": self._style(font=Font(name="Calibri", bold=True, size=16)),
            "percent": self._style(number_format=PERCENT_FORMAT),
            "datetime": self._style(number_format=DATETIME_FORMAT),
        }
        for precision, fmt in DATE_FORMATS.items():
            self._styles[precision.value] = self._style(number_format=fmt)
        # A date's precision as stored ('year') or as the enum: its style, or 'unknown'.
        self._date_styles = {p.value: self._styles.get(p.value) for p in DatePrecision}

    def _style(self, *, quotePrefix=False, **attributes) -> SheetStyle:
        cell = WriteOnlyCell(self.ws)
        for name, value in attributes.items():
            setattr(cell, name, value)
        if quotePrefix:
            cell.quotePrefix = True
        return SheetStyle(cell._style)

    def _cell(self, value, style: str, data_type: str = "s"):
        return self._with_style(value, self._styles[style], data_type)

    def _with_style(self, value, style: SheetStyle, data_type: str):
        """A value in one of the sheet's shared styles (no copy per cell). Safe because the
        value never changes its cell's style: a date or a moment only ever goes into a style
        that already shows dates. `data_type` is the cell's: 's' (text, never a formula),
        'd' (a date or a moment) or 'n'."""
        if self._direct:
            return Styled(value, style, data_type)
        cell = WriteOnlyCell(self.ws)
        cell._style = style.array
        cell.value = value
        if data_type == "s":
            cell.data_type = "s"  # openpyxl took a leading '=' for a formula
        return cell

    def text(self, value: object, *, wrap: bool = False):
        """A text cell (or None when empty); never a formula. `wrap` wraps text too long to
        fit a column (short text stays a plain value: a styled cell costs time)."""
        if value is None or value == "":
            return None
        if not wrap and (known := self._plain.get(value)) is not None:
            return known  # the same name or label again: checked once
        text = clean_text(value)
        wrap = wrap and len(text) > WRAP_OVER
        if is_dangerous(text):
            return self._cell(text, "wrap_safe" if wrap else "safe")
        if wrap:
            return self._cell(text, "wrap")
        if isinstance(value, str):
            if len(self._plain) >= PLAIN_KEPT:
                self._plain.clear()
            self._plain[value] = text
        return text

    def date(self, value: date | None, precision: DatePrecision | str | None = "day"):
        """A date cell showing as much as is known; 'date unknown' when only that is."""
        if precision is None:
            return None
        if precision not in self._date_styles:
            precision = DatePrecision(precision)  # raises for a precision that is none
        style = self._date_styles[precision]
        if style is None:  # DatePrecision.UNKNOWN
            return "date unknown"
        if value is None:
            return None
        return self._with_style(value, style, "d")

    def moment(self, value: datetime):
        return self._cell(value, "datetime", "d")

    def percent(self, value: float | None):
        return None if value is None else self._cell(value, "percent", "n")

    def styled(self, value, style: str):
        """A fixed label in a named style ('header', 'bold', 'title')."""
        return self._cell(clean_text(value), style)


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    wrap: bool = False


def prepare_for_print(ws, *, title_row: bool = True) -> None:
    """Landscape, fit to one page wide, header row on every page, page numbers below."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_row:
        ws.print_title_rows = "1:1"
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.center.text = "Page &P of &N"


class TableSheet:
    """A sheet holding one Excel table: header frozen, filter on, ready to print.

    Rows go straight to disk. Past Excel's row limit the table continues on a new sheet
    ("Exchanges (2)"), so nothing is silently cut off.
    """

    def __init__(self, wb: Workbook, title: str, columns: list[Column], table_name: str):
        self.wb, self.title, self.columns, self.table_name = wb, title, columns, table_name
        self.sheets: list = []
        self._wrapped = [(i, c.width) for i, c in enumerate(columns) if c.wrap]
        self.rows = 0  # data rows over all parts
        self._open()

    def _open(self) -> None:
        part = len(self.sheets) + 1
        ws = self.wb.create_sheet(self.title if part == 1 else f"{self.title} ({part})")
        for i, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = column.width
        ws.freeze_panes = "A2"
        prepare_for_print(ws)
        self.cells = Cells(ws)
        ws.row_dimensions[1].height = 2 * LINE_HEIGHT  # room for two-line headings
        ws.append([self.cells.styled(c.header, "header") for c in self.columns])
        self.ws, self._part_rows = ws, 0
        self._heights: dict[int, RowDimension] = {}
        self.sheets.append(ws)

    def append(self, values: list) -> None:
        if self._part_rows >= EXCEL_MAX_ROWS - 1:
            self._close_part()
            self._open()
        lines = self._lines(values)
        row = self._part_rows + 2
        if lines > 1:  # Excel does not grow a row for wrapped text it did not lay out itself
            self.ws.row_dimensions[row] = self._height(min(lines, MAX_LINES))
        self.ws.append(values)
        if lines > 1:
            del self.ws.row_dimensions[row]  # written: keep memory flat
        self._part_rows += 1
        self.rows += 1

    def _height(self, lines: int) -> RowDimension:
        """The dimension of a row `lines` high, one shared by all such rows (only its
        height is written, never its index)."""
        if lines not in self._heights:
            self._heights[lines] = RowDimension(self.ws, ht=LINE_HEIGHT * lines)
        return self._heights[lines]

    def _lines(self, values: list) -> int:
        lines = 1
        for i, width in self._wrapped:
            value = values[i] if i < len(values) else None
            text = getattr(value, "value", value)
            if isinstance(text, str) and len(text) > width:
                lines = max(lines, math.ceil(len(text) * 1.1 / width), text.count("\n") + 1)
        return lines

    def _close_part(self) -> None:
        if self._part_rows == 0:  # Excel refuses a table without a data row
            self.ws.append([])
            self._part_rows = 1
        last = get_column_letter(len(self.columns))
        ref = f"A1:{last}{self._part_rows + 1}"
        part = len(self.sheets)
        table = Table(
            displayName=self.table_name if part == 1 else f"{self.table_name}{part}",
            ref=ref,
            tableStyleInfo=TableStyleInfo(name="TableStyleLight9", showRowStripes=True),
            autoFilter=AutoFilter(ref=ref),
            tableColumns=[TableColumn(id=i, name=c.header) for i, c in enumerate(self.columns, 1)],
        )
        with warnings.catch_warnings():  # openpyxl warns in write-only mode even when
            warnings.simplefilter("ignore")  # the columns are given, as they are here
            self.ws.add_table(table)

    def close(self) -> None:
        self._close_part()


def discard(wb: Workbook) -> None:
    """Close and delete the temporary files of a write-only workbook that will not be saved
    (a cancelled or failed export), instead of leaving them until the program exits."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):  # half-written XML: nothing worth keeping
            if ws._rows is not None:
                ws._rows.close()
            writer.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()
