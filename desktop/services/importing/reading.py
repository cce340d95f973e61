"""Reading a spreadsheet or a CSV file into a header and rows, with a plain message for
every kind of file a clerk may pick by mistake.

Both kinds are streamed (workbooks.py, text_files.py), and what is kept is bounded by
what a list can be, not by what the file claims: at most MAX_ROWS rows, MAX_COLUMNS named
columns, and rows kept as long as their last value (not padded to the header's width).
A cell longer than Excel allows, or holding a control character (a NUL a damaged CSV
carries, a byte of another program's data), is a problem at its cell, never stored.
"""

import os
import stat
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

from desktop.domain.words import fill, translate
from desktop.services.importing import workbooks
from desktop.services.importing.collector import collector_paused
from desktop.services.importing.errors import ImportFileError
from desktop.services.importing.table_rows import (
    MAX_CELL,
    MAX_COLUMNS,
    UNCACHED,
    CellNote,
    Source,
    Table,
    clean,
    collect,
)
from desktop.services.importing.text_files import (
    TextFile,
    csv_rows,
    decode_text,
    sniff_delimiter,
)
from desktop.services.progress import Progress

# Callers import these from here.
__all__ = ["MAX_CELL", "CellNote", "ImportFileError", "Table", "decode_text", "sniff_delimiter"]
_UNCACHED = UNCACHED

MAX_ROWS = 250_000  # rows under the header; a bigger list is split by the office
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


# --- What kind of file ------------------------------------------------------------------


def file_kind(path: Path) -> str:
    """'workbook' or 'csv', or ImportFileError saying what the file really is."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode  # follows a link: z.csv -> /dev/zero is a device
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {path}.") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror}.") from None
    if stat.S_ISDIR(mode):
        raise ImportFileError(f"{path} is a folder; choose a spreadsheet or CSV file.")
    if not stat.S_ISREG(mode):  # opening a pipe would wait for a writer forever
        raise ImportFileError(
            f"{path.name} is not a file but a {_special(mode)}; choose the spreadsheet or CSV "
            "file that holds the list."
        )
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


def _special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def sheet_names(path: Path) -> list[str]:
    path = Path(path)
    if file_kind(path) == "csv":
        return [CSV_SHEET]
    wb = workbooks.open_workbook(path)
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
    *,
    encoding: str | None = None,
) -> Table:
    """The header (at `header_row`, counted from 1) and the non-empty rows under it.

    `limit` stops after that many rows (the wizard's quick look at a file). `encoding`
    (a CSV file's, as the clerk chose it: encodings.CHOICES or a codec's name) is
    otherwise told from the file."""
    path = Path(path)
    progress = progress or Progress()
    if header_row < 1:
        raise ImportFileError(translate("Domain", "The header row is counted from 1."))
    with collector_paused():
        if file_kind(path) == "csv":
            return _read_csv(path, header_row, progress, limit, encoding)
        return _read_workbook(path, sheet, header_row, progress, limit)


def peek(
    path: Path, sheet: str | None = None, rows: int = PREVIEW_ROWS, *, encoding: str | None = None
) -> list[tuple]:
    """The first rows exactly as they are (for choosing the header row), at most
    MAX_COLUMNS wide."""
    path = Path(path)
    if file_kind(path) == "csv":
        text = TextFile(path, _codec(encoding), scan=PEEK_BYTES)
        lines = text.lines(limit_bytes=PEEK_BYTES)
        head = [line for _, line in zip(range(50), lines, strict=False)]
        delimiter = sniff_delimiter("".join(head))
        found = csv_rows(_chain(head, lines), delimiter, path.name)
        return [tuple(r[:MAX_COLUMNS]) for _, r in zip(range(rows), found, strict=False)]
    found = workbooks.first_rows(path, sheet, rows)
    return [tuple(clean(v) for v in r[:MAX_COLUMNS]) for r in found]


def _codec(encoding: str | None) -> str | None:
    if encoding is None:
        return None
    from desktop.services.importing.encodings import codec_for

    try:
        return codec_for(encoding)
    except ValueError as exc:
        raise ImportFileError(str(exc)) from None


def _chain(head: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from head
    yield from rest


# --- Workbooks --------------------------------------------------------------------------


def _read_workbook(
    path: Path, sheet: str | None, header_row: int, progress: Progress, limit: int | None
) -> Table:
    wb = workbooks.open_workbook(path)
    try:
        ws = workbooks.worksheet(path, wb, sheet)
        rows, uncached, merged, declared = workbooks.rows_of(path, wb, ws)
        table = collect(
            Source(path.name, ws.title, declared.rows if declared else None),
            header_row,
            rows,
            uncached,
            merged,
            progress,
            limit,
            MAX_ROWS,
        )
        if limit is None and declared is not None:
            _compare_with_tag(table, declared)
        return table
    except ImportFileError:
        raise
    except MemoryError:
        raise workbooks.too_big(path) from None
    except Exception as exc:  # a broken part deep in the package shows up while streaming
        raise ImportFileError(
            f"{path.name} is damaged ({exc.__class__.__name__}: {exc}). Open it in Excel and "
            "save it again."
        ) from None
    finally:
        wb.close()


def _compare_with_tag(table: Table, declared: workbooks.Extent) -> None:
    """Say so when the sheet holds rows or columns beyond its own record of its size: a
    program that trusts the record (as openpyxl does) would have left them out."""
    found = table.extent
    if found.rows > declared.rows or found.columns > declared.columns:
        table.remarks.append(
            fill(
                translate(
                    "Domain",
                    "The sheet '%1' records its size as %2, but it holds data as far as %3; "
                    "every row and column that is there was read (a program that trusts the "
                    "record would have left some out).",
                ),
                table.sheet,
                declared.reference(),
                found.reference(),
            )
        )


# --- CSV --------------------------------------------------------------------------------


def _read_csv(
    path: Path, header_row: int, progress: Progress, limit: int | None, encoding: str | None
) -> Table:
    text = TextFile(path, _codec(encoding), scan=PEEK_BYTES if limit is not None else None)
    lines = text.lines()
    head = [line for _, line in zip(range(50), lines, strict=False)]
    delimiter = sniff_delimiter("".join(head))
    size = path.stat().st_size
    per_line = max(sum(len(line) for line in head) / max(len(head), 1), 1)
    return collect(
        Source(path.name, CSV_SHEET, int(size / per_line)),
        header_row,
        csv_rows(_chain(head, lines), delimiter, path.name),
        set(),
        [],
        progress,
        limit,
        MAX_ROWS,
        encoding=text.encoding,
        delimiter=delimiter,
    )


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
