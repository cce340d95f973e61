"""What openpyxl's streaming reader does not tell: formula cells whose result was never
saved (it reads them as empty) and merged ranges. One pass over the sheet's XML finds
both, in chunks, so a large sheet costs little memory; the same pass refuses a text node
longer than any cell can be before openpyxl would build it whole."""

import re
from pathlib import Path

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, range_boundaries

from desktop.services.importing.errors import ImportFileError
from desktop.services.importing.package_limits import CHUNK, longest_text

MAX_UNCACHED = 100_000  # formula cells without a saved value, each a problem to report
MAX_MERGED = 10_000  # merged ranges; every row is filled in from each that covers it

FORMULA_NO_VALUE = re.compile(
    rb"<(?:\w+:)?c r=\"([A-Z]+[0-9]+)\"[^>]*>"
    rb"(?:<(?:\w+:)?f[^>]*/>|<(?:\w+:)?f[^>]*>[^<]*</(?:\w+:)?f>)"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v></(?:\w+:)?v>)?</(?:\w+:)?c>"
)
MERGE = re.compile(rb"<(?:\w+:)?mergeCell ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")


def scan_sheet_xml(
    wb, ws, path: Path
) -> tuple[set[tuple[int, int]], list[tuple[int, int, int, int]]]:
    """Formula cells with no saved value, and merged ranges (min_col, min_row, max_col,
    max_row): openpyxl's streaming reader hides both."""
    uncached: set[tuple[int, int]] = set()
    merged = []
    part = getattr(ws, "_worksheet_path", None)
    if part is None:
        return uncached, merged
    tail = b""
    run = 0
    with wb._archive.open(part) as xml:
        while chunk := xml.read(CHUNK):
            run = longest_text(chunk, run, path)
            text = tail + chunk
            for m in FORMULA_NO_VALUE.finditer(text):
                col, row = _coordinate(m[1])
                uncached.add((row, col))
            for m in MERGE.finditer(text):
                merged.append(range_boundaries(m[1].decode()))
            tail = text[-4096:]  # a cell cut by the chunk boundary is seen whole next time
            if len(uncached) > MAX_UNCACHED or len(merged) > 2 * MAX_MERGED:
                raise _too_many(path, len(uncached) > MAX_UNCACHED)
    merged = sorted(set(merged))
    if len(merged) > MAX_MERGED:
        raise _too_many(path, False)
    return uncached, merged


def _too_many(path: Path, formulas: bool) -> ImportFileError:
    if formulas:
        return ImportFileError(
            f"{path.name} holds more than {MAX_UNCACHED:,} formulas whose results were never "
            "saved (it was not written by Excel). Open it in Excel, save it, and import it "
            "again."
        )
    return ImportFileError(
        f"{path.name} holds more than {MAX_MERGED:,} merged ranges, more than a list has. "
        "Unmerge the cells in Excel (Home > Merge & Center) and save it again."
    )


def _coordinate(ref: bytes) -> tuple[int, int]:
    letters, row = coordinate_from_string(ref.decode())
    return column_index_from_string(letters) - 1, row
