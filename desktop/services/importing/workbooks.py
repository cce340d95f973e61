"""Workbooks, streamed: openpyxl's read-only mode, cached values of formulas.

openpyxl's streaming reader trusts the sheet's own record of its size (the <dimension>
tag) and stops at it: a sheet tagged A1:G3 that holds ten rows read as two, a tag one
column short lost a column, and a million-row sheet with a stale tag imported one row.
Many programs write such tags. So the tag is read, then set aside (reset_dimensions), and
every row and column that is there is read; the table says when the two differ. The tag
also padded every row to its width: a small file tagged A1:XFD40001 asked for 40,000 rows
of 16,384 cells. Read without it, a row is as long as its last cell."""

import zipfile
from pathlib import Path

from desktop.services.importing.errors import ImportFileError
from desktop.services.importing.package_limits import check_package
from desktop.services.importing.sheet_xml import scan_sheet_xml
from desktop.services.importing.table_rows import Extent


def open_workbook(path: Path):
    """The workbook, read-only; ImportFileError in plain words for anything else."""
    import openpyxl

    check_package(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise ImportFileError(
            f"{path.name} is damaged (the workbook cannot be unpacked: {exc}). Open it in "
            "Excel and save it again, or ask for a fresh copy."
        ) from None
    except MemoryError:
        raise too_big(path) from None
    except Exception as exc:  # openpyxl raises many kinds for a broken or foreign package
        raise ImportFileError(
            f"{path.name} is damaged or is not an Excel workbook ({exc.__class__.__name__}: "
            f"{exc}). Open it in Excel and save it again as .xlsx."
        ) from None


def too_big(path: Path) -> ImportFileError:
    return ImportFileError(
        f"{path.name} needs more memory than this computer has to be read. Save the list as "
        "CSV, or split it into smaller files, and import those."
    )


def worksheet(path: Path, wb, sheet: str | None):
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
    return wb[name]


def declared_extent(ws) -> Extent | None:
    """What the sheet's <dimension> tag says, before it is set aside."""
    try:
        rows, columns = ws.max_row, ws.max_column
    except Exception:
        return None
    if not rows or not columns:
        return None
    return Extent(rows, columns)


def rows_of(path: Path, wb, ws):
    """Every row there is (values only), with what the XML says beside them: formula
    cells never calculated, merged ranges, and the tag's extent."""
    declared = declared_extent(ws)
    ws.reset_dimensions()
    uncached, merged = scan_sheet_xml(wb, ws, path)
    return ws.iter_rows(values_only=True), uncached, merged, declared


def first_rows(path: Path, sheet: str | None, count: int) -> list[tuple]:
    wb = open_workbook(path)
    try:
        ws = worksheet(path, wb, sheet)
        ws.reset_dimensions()
        return [tuple(r) for r in ws.iter_rows(max_row=count, values_only=True)]
    except ImportFileError:
        raise
    except MemoryError:
        raise too_big(path) from None
    except Exception as exc:
        raise ImportFileError(f"{path.name} cannot be read: {exc}") from None
    finally:
        wb.close()
