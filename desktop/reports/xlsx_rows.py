"""Rows of a write-only openpyxl sheet written by our own row writer: one lxml element a
row, a few sub-elements a value, exactly as openpyxl writes them.

openpyxl's own way makes a cell object per value, sets its value through checks that the
values `xlsx_cells.Cells` makes have passed already, looks its style up in the workbook's
list, and writes it through several of lxml's Python-level context managers: about two
thirds of a big export's time (cProfile of the briefing at 100,000 partnerships).
"""

from lxml.etree import Element, SubElement
from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import WorksheetWriter

MAX_TEXT = 32_767  # characters a cell holds; openpyxl cuts a longer text there too
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class SheetStyle:
    """One of a sheet's shared styles, and its number in the workbook's list of cell
    styles once a cell in it has been written (as openpyxl numbers them: on first use)."""

    __slots__ = ("_id", "array")

    def __init__(self, array):
        self.array, self._id = array, None

    def id(self, wb) -> str:
        if self._id is None:
            self._id = str(wb._cell_styles.add(self.array))
        return self._id


class Styled:
    """A value for a write-only sheet in one of its shared styles, with its cell type."""

    __slots__ = ("data_type", "style", "value")

    def __init__(self, value, style: SheetStyle, data_type: str):
        self.value, self.style, self.data_type = value, style, data_type


def write_rows_directly(ws) -> bool:
    """Have a write-only sheet write its appended rows with `_RowWriter` (False when this
    is not a write-only sheet of the openpyxl we know: its cells are then openpyxl's)."""
    if not LXML or not hasattr(ws, "_values_to_row") or not hasattr(ws, "_get_writer"):
        return False  # (without lxml openpyxl writes through a stream of its own)
    if isinstance(getattr(ws, "_values_to_row", None), _RowWriter):
        return True
    writer = _RowWriter(ws)
    get_writer = ws._get_writer

    def get_writer_then_ours():
        if ws._writer is None:
            get_writer()
            ws._writer.write_row = writer.write_row
        else:
            get_writer()

    ws._get_writer = get_writer_then_ours
    ws._values_to_row = writer
    return True


class _RowWriter:
    """Writes a row of a write-only sheet as one lxml element, a few sub-elements a value,
    exactly as openpyxl would write it: text as an inline string, numbers and dates as
    numbers (dates in their style's format), a styled value with its style's number. A row
    holding anything else (a formula, a bool, a cell object made elsewhere, a text openpyxl
    reads as an error code) goes openpyxl's own way, whole."""

    def __init__(self, ws):
        self.ws = ws
        self.wb = ws.parent
        self.dims = ws.row_dimensions
        self.letters: list[str] = []

    def __call__(self, values, row_idx):
        """The sheet's `_values_to_row`: the values go to `write_row` as they are."""
        return values

    def write_row(self, xf, values, row_idx) -> None:
        row = self._row(values, row_idx)
        if row is None:  # something only openpyxl knows how to write
            cells = self._cells(values, row_idx)
            WorksheetWriter.write_row(self.ws._writer, xf, cells, row_idx)
        else:
            xf.write(row)

    def _row(self, values, row_idx):
        r = f"{row_idx}"
        attrs = {"r": r}
        attrs.update(self.dims.get(row_idx, {}))
        row = Element("row", attrs)
        letters = self.letters
        while len(letters) < len(values):
            letters.append(get_column_letter(len(letters) + 1))
        for i, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                if not value or value[0] == "=" or value in ERROR_CODES or len(value) > MAX_TEXT:
                    return None
                c = SubElement(row, "c", {"r": letters[i] + r, "t": "inlineStr"})
                _inline_text(c, value)
            elif kind is Styled:
                style = value.style.id(self.wb)
                v = value.value
                if value.data_type == "s":
                    c = SubElement(row, "c", {"r": letters[i] + r, "s": style, "t": "inlineStr"})
                    _inline_text(c, v[:MAX_TEXT])
                    continue
                if value.data_type == "d":
                    if getattr(v, "tzinfo", None) is not None or self.wb.iso_dates:
                        return None  # openpyxl refuses the one, writes the other as text
                    v = to_excel(v, self.wb.epoch)
                c = SubElement(row, "c", {"r": letters[i] + r, "s": style, "t": "n"})
                SubElement(c, "v").text = safe_string(v)
            elif kind is int or kind is float:
                c = SubElement(row, "c", {"r": letters[i] + r, "t": "n"})
                SubElement(c, "v").text = safe_string(value)
            else:
                return None
        return row

    def _cells(self, values, row_idx):
        """The row as openpyxl's cells, for openpyxl's own writer."""
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = WriteOnlyCell(self.ws)
                if isinstance(value, Styled):
                    cell._style = value.style.array
                    cell.value = value.value
                    if value.data_type == "s":
                        cell.data_type = "s"
                else:
                    cell.value = value
            cell.column, cell.row = col_idx, row_idx
            yield cell


def _inline_text(c, text: str) -> None:
    kept = {XML_SPACE: "preserve"} if text != text.strip() else {}  # as openpyxl does
    SubElement(SubElement(c, "is"), "t", kept).text = text
