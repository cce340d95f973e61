"""What openpyxl's streaming reader does not tell: formula cells whose result was never
saved (it reads them as empty) and merged ranges. One pass over the sheet's XML finds
both, in chunks, so a large sheet costs little memory."""

import re

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, range_boundaries

FORMULA_NO_VALUE = re.compile(
    rb"<(?:\w+:)?c r=\"([A-Z]+[0-9]+)\"[^>]*>"
    rb"(?:<(?:\w+:)?f[^>]*/>|<(?:\w+:)?f[^>]*>[^<]*</(?:\w+:)?f>)"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v></(?:\w+:)?v>)?</(?:\w+:)?c>"
)
MERGE = re.compile(rb"<(?:\w+:)?mergeCell ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")


def scan_sheet_xml(wb, ws) -> tuple[set[tuple[int, int]], list[tuple[int, int, int, int]]]:
    """Formula cells with no saved value, and merged ranges (min_col, min_row, max_col,
    max_row): openpyxl's streaming reader hides both."""
    uncached: set[tuple[int, int]] = set()
    merged = []
    path = getattr(ws, "_worksheet_path", None)
    if path is None:
        return uncached, merged
    tail = b""
    with wb._archive.open(path) as xml:
        while chunk := xml.read(1 << 20):
            text = tail + chunk
            for m in FORMULA_NO_VALUE.finditer(text):
                col, row = _coordinate(m[1])
                uncached.add((row, col))
            for m in MERGE.finditer(text):
                merged.append(range_boundaries(m[1].decode()))
            tail = text[-4096:]  # a cell cut by the chunk boundary is seen whole next time
    return uncached, sorted(set(merged))


def _coordinate(ref: bytes) -> tuple[int, int]:
    letters, row = coordinate_from_string(ref.decode())
    return column_index_from_string(letters) - 1, row
