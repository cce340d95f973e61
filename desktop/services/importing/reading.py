"""Reading a spreadsheet or a CSV file into a header and rows, with a plain message for
every kind of file a clerk may pick by mistake.

Workbooks are streamed (openpyxl read-only, cached values of formulas), so a large sheet
costs little memory. What openpyxl's streaming reader does not tell us (formulas that were
never calculated, merged cells) is found by one pass over the sheet's XML.
"""

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from openpyxl.utils.cell import get_column_letter

from desktop.services.importing.errors import ImportFileError
from desktop.services.importing.sheet_xml import scan_sheet_xml
from desktop.services.importing.text_files import decode_text, sniff_delimiter
from desktop.services.progress import Progress

__all__ = ["ImportFileError", "decode_text", "sniff_delimiter"]  # callers import them here

MAX_ROWS = 250_000  # rows under the header; a bigger list is split by the office
MAX_CELL = 32_767  # Excel's own limit for the text of one cell
PREVIEW_ROWS = 30
PEEK_BYTES = 256 * 1024  # of a CSV file, for its first rows

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003, and every encrypted workbook
OTHER_KINDS = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG picture",
    b"\xff\xd8\xff": "a JPEG picture",
    b"GIF8": "a GIF picture",
    b"SQLite format 3": "an SQLite database",
    b"{\\rtf": "a Rich Text document",
}
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
CSV_SHEET = "(the whole file)"


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
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only

    def cell_name(self, row: int, column: int) -> str:
        """'C5' in a workbook; 'line 5, Country' in a CSV file."""
        if self.delimiter:
            return f"line {row}, {self.headers[column]}"
        return f"{get_column_letter(column + 1)}{row}"


# --- What kind of file ------------------------------------------------------------------


def file_kind(path: Path) -> str:
    """'workbook' or 'csv', or ImportFileError saying what the file really is."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError(f"There is no file {path}.")
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder; choose a spreadsheet or CSV file.")
    with path.open("rb") as f:
        head = f.read(16)
    name, suffix = path.name, path.suffix.lower()
    if not head:
        raise ImportFileError(f"{name} is empty (0 bytes).")
    if head.startswith(OLE):
        raise ImportFileError(
            f"{name} is password-protected, or in the old Excel 97-2003 format. Open it in "
            "Excel, remove the password (File > Info > Protect Workbook) and save it as an "
            "Excel Workbook (.xlsx), then import that."
        )
    for magic, what in OTHER_KINDS.items():
        if head.startswith(magic):
            raise ImportFileError(
                f"{name} is {what}, not a spreadsheet, although its name ends in "
                f"{suffix or 'nothing'}. Choose the .xlsx or .csv file that holds the list."
            )
    if head.startswith(ZIP):
        return "workbook"  # an Excel file saved under a .csv name still reads fine
    if suffix in WORKBOOK_SUFFIXES:
        raise ImportFileError(
            f"{name} is not an Excel workbook, although its name ends in {suffix}. It may have "
            "been renamed or damaged; open it in Excel and save it again as .xlsx."
        )
    if suffix == ".xls":
        raise ImportFileError(
            f"{name} is in a format Excel no longer uses. Save it as .xlsx and import that."
        )
    if suffix in TEXT_SUFFIXES or not suffix:
        return "csv"
    raise ImportFileError(
        f"{name} is not a file I can import: choose an Excel workbook (.xlsx, .xlsm) or a CSV "
        "file (.csv)."
    )


def sheet_names(path: Path) -> list[str]:
    path = Path(path)
    if file_kind(path) == "csv":
        return [CSV_SHEET]
    wb = _open_workbook(path)
    try:
        return [ws.title for ws in wb.worksheets]
    finally:
        wb.close()


def read_table(
    path: Path,
    sheet: str | None = None,
    header_row: int = 1,
    progress: Progress | None = None,
    limit: int | None = None,
) -> Table:
    """The header (at `header_row`, counted from 1) and the non-empty rows under it.

    `limit` stops after that many rows (the wizard's quick look at a file).
    """
    path = Path(path)
    progress = progress or Progress()
    if header_row < 1:
        raise ImportFileError("The header row is counted from 1.")
    if file_kind(path) == "csv":
        return _read_csv(path, header_row, progress, limit)
    return _read_workbook(path, sheet, header_row, progress, limit)


def peek(path: Path, sheet: str | None = None, rows: int = PREVIEW_ROWS) -> list[tuple]:
    """The first rows exactly as they are, however wide (for choosing the header row)."""
    path = Path(path)
    if file_kind(path) == "csv":
        with path.open("rb") as f:
            head = f.read(PEEK_BYTES + 1)
        if len(head) > PEEK_BYTES:
            head = _whole_lines(head[:PEEK_BYTES])
        text, _ = decode_text(head, path.name)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
        try:
            return [tuple(r) for _, r in zip(range(rows), reader, strict=False)]
        except csv.Error as exc:  # a quote never closed swallows the rest of the file
            raise _malformed(path, exc) from None
    wb = _open_workbook(path)
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        return [tuple(_clean(v) for v in r) for r in ws.iter_rows(max_row=rows, values_only=True)]
    except Exception as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc}") from None
    finally:
        wb.close()


def _whole_lines(head: bytes) -> bytes:
    """The start of a longer text file up to its last line break: cut inside a character
    ('ã' is two bytes in UTF-8), the start would not decode as UTF-8 and be taken for
    another encoding. In UTF-16 the break is a two-byte unit at an even offset."""
    newline = {b"\xff\xfe": b"\n\x00", b"\xfe\xff": b"\x00\n"}.get(head[:2], b"\n")
    end = head.rfind(newline)
    while len(newline) == 2 and end > 0 and end % 2:
        end = head.rfind(newline, 0, end + 1)
    return head[: end + len(newline)] if end > 0 else head


# --- Workbooks --------------------------------------------------------------------------


def _open_workbook(path: Path):
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise ImportFileError(
            f"{path.name} is damaged (the workbook cannot be unpacked: {exc}). Open it in "
            "Excel and save it again, or ask for a fresh copy."
        ) from None
    except Exception as exc:  # openpyxl raises many kinds for a broken or foreign package
        raise ImportFileError(
            f"{path.name} is damaged or is not an Excel workbook ({exc.__class__.__name__}: "
            f"{exc}). Open it in Excel and save it again as .xlsx."
        ) from None


def _read_workbook(
    path: Path, sheet: str | None, header_row: int, progress: Progress, limit: int | None
) -> Table:
    wb = _open_workbook(path)
    try:
        names = [ws.title for ws in wb.worksheets]
        if not names:
            raise ImportFileError(
                f"{path.name} holds no worksheet that can be read (only charts, or the file is "
                "damaged). Open it in Excel and save it again."
            )
        name = sheet or names[0]
        if name not in names:
            raise ImportFileError(
                f"{path.name} has no sheet called '{name}'. Its sheets are: {', '.join(names)}."
            )
        ws = wb[name]
        declared = _declared_rows(ws)
        if limit is None and declared is not None and declared - header_row > MAX_ROWS:
            raise _too_many(path, name, declared - header_row)
        uncached, merged = scan_sheet_xml(wb, ws)
        return _collect(
            path.name,
            name,
            header_row,
            ws.iter_rows(values_only=True),
            uncached,
            merged,
            progress,
            limit,
            declared,
        )
    except ImportFileError:
        raise
    except Exception as exc:  # a broken part deep in the package shows up while streaming
        raise ImportFileError(
            f"{path.name} is damaged ({exc.__class__.__name__}: {exc}). Open it in Excel and "
            "save it again."
        ) from None
    finally:
        wb.close()


def _declared_rows(ws) -> int | None:
    try:
        return ws.max_row
    except Exception:
        return None


def _too_many(path: Path, sheet: str, rows: int) -> ImportFileError:
    return ImportFileError(
        f"The sheet '{sheet}' of {path.name} has about {rows:,} rows; one import takes at most "
        f"{MAX_ROWS:,}. Split the list into several files and import them one by one."
    )


# --- Rows into a table ------------------------------------------------------------------


def _collect(
    source: str,
    sheet: str,
    header_row: int,
    rows: Iterator[tuple],
    uncached: set[tuple[int, int]],
    merged: list[tuple[int, int, int, int]],
    progress: Progress,
    limit: int | None,
    declared: int | None,
    *,
    encoding: str = "",
    delimiter: str = "",
) -> Table:
    headers: list[str] | None = None
    body: list[tuple[int, tuple]] = []
    notes: list[CellNote] = []
    anything = False
    anchors: dict[tuple, object] = {}  # merged range -> its top-left cell's value
    total = max((declared or 0) - header_row, 0)
    for number, values in enumerate(rows, start=1):
        if merged:
            values = _fill_merged(number, values, merged, anchors)
        if number < header_row:
            anything = anything or any(_present(v) for v in values)
            continue
        if number == header_row:
            headers = _headers(values)
            anything = anything or bool(headers)
            continue
        if headers is None:
            break
        values = tuple(values[: len(headers)]) + (None,) * (len(headers) - len(values))
        if not any(_present(v) for v in values):
            continue
        values = tuple(_clean(v) for v in values)
        for col, value in enumerate(values):
            if (number, col) in uncached:
                notes.append(CellNote(number, col, _UNCACHED))
            elif isinstance(value, str) and len(value) > MAX_CELL:
                notes.append(
                    CellNote(number, col, f"Too long: {len(value):,} characters in one cell.")
                )
        body.append((number, values))
        if len(body) > MAX_ROWS and limit is None:
            raise ImportFileError(
                f"The sheet '{sheet}' of {source} has more than {MAX_ROWS:,} rows; split the "
                "list into several files and import them one by one."
            )
        if limit is not None and len(body) >= limit:
            break
        if len(body) % 1000 == 0:
            progress.step(len(body), total, f"Reading row {number:,}")
    if not headers:
        if not anything:
            raise ImportFileError(f"The sheet '{sheet}' of {source} is empty.")
        raise ImportFileError(
            f"Row {header_row} of '{sheet}' is empty: choose the row that holds the column "
            "names (City, Sister city, Country ...)."
        )
    if not body and limit is None:
        raise ImportFileError(
            f"The sheet '{sheet}' of {source} has column names in row {header_row} but no "
            "rows under them."
        )
    remarks = [
        f"Merged cells {get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2} were read as "
        "the same value in each of their rows."
        for c1, r1, c2, r2 in merged
        if r2 > header_row
    ]
    return Table(source, sheet, header_row, headers, body, notes, remarks, encoding, delimiter)


_UNCACHED = (
    "This cell holds a formula whose result was never saved (the file was not written by "
    "Excel). Open the file in Excel, save it, and import it again; or type the value."
)


def _fill_merged(number: int, values: tuple, merged, anchors: dict) -> tuple:
    """Every cell of a merged range reads as its top-left cell. The value is kept once a
    range, not once a cell: a small file merged over whole columns asked for a dictionary
    entry per cell, billions for A2:XFD1048576."""
    values = list(values)
    for merge in merged:
        c1, r1, c2, r2 = merge
        if not r1 <= number <= r2:
            continue
        if number == r1 and len(values) >= c1:
            anchors[merge] = values[c1 - 1]
        if merge in anchors:
            values += [None] * (c2 - len(values))
            values[c1 - 1 : c2] = [anchors[merge]] * (c2 - c1 + 1)
    return tuple(values)


def _present(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _clean(value):
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, time):
        return None if value == time(0) else value
    return value


def _headers(values: tuple) -> list[str]:
    names = ["" if v is None else " ".join(str(v).split()) for v in values]
    while names and not names[-1]:
        names.pop()
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


# --- CSV --------------------------------------------------------------------------------


def _read_csv(path: Path, header_row: int, progress: Progress, limit: int | None) -> Table:
    raw = path.read_bytes()
    text, encoding = decode_text(raw, path.name)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines = text.count("\n") + 1
    try:
        return _collect(
            path.name,
            CSV_SHEET,
            header_row,
            reader,
            set(),
            [],
            progress,
            limit,
            lines,
            encoding=encoding,
            delimiter=delimiter,
        )
    except csv.Error as exc:
        raise _malformed(path, exc) from None


def _malformed(path: Path, exc: csv.Error) -> ImportFileError:
    return ImportFileError(f"{path.name} is not a well-formed CSV file: {exc}.")


def cell_text(value) -> str:
    """How a cell's value is shown in the preview and the rejects workbook."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
