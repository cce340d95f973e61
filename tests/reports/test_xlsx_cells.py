"""A streamed sheet's cells read back as they were given, whichever way a row was written:
by our own row writer, or (for a value only openpyxl knows how to write) by openpyxl's."""

from datetime import date, datetime

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from desktop.reports.xlsx_cells import Cells
from desktop.reports.xlsx_rows import MAX_TEXT


def _written(tmp_path, rows_of) -> list[list]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet")
    cells = Cells(ws)
    for row in rows_of(cells, ws):
        ws.append(row)
    path = tmp_path / "cells.xlsx"
    wb.save(path)
    read = load_workbook(path)  # not read-only: styles and types as a spreadsheet sees them
    return [list(row) for row in read["Sheet"].iter_rows()]


def test_text_numbers_and_dates_read_back_as_given(tmp_path):
    long_note = "A note. " * 5000  # longer than a cell holds
    rows = _written(
        tmp_path,
        lambda c, ws: [
            [7, 2.5, c.text("  Den Haag "), c.text(" spaced and wrapped text ", wrap=True)],
            [c.date(date(1992, 1, 1), "year"), c.moment(datetime(2026, 12, 5, 12, 0))],
            [c.percent(0.25), c.text(long_note, wrap=True), None, c.styled("Total", "bold")],
        ],
    )
    first, second, third = rows
    assert [x.value for x in first] == [7, 2.5, "  Den Haag ", " spaced and wrapped text "]
    assert first[3].alignment.wrap_text
    assert second[0].value == datetime(1992, 1, 1) and second[0].number_format == "yyyy"
    assert second[1].value == datetime(2026, 12, 5, 12, 0)
    assert second[1].number_format == "d mmm yyyy hh:mm"
    assert third[0].value == 0.25 and third[0].number_format == "0.0%"
    assert third[1].value == long_note[:MAX_TEXT]
    assert third[2].value is None
    assert third[3].value == "Total" and third[3].font.bold


def test_formula_like_text_stays_text_and_other_values_go_openpyxls_way(tmp_path):
    made_elsewhere = None

    def rows(c, ws):
        nonlocal made_elsewhere
        made_elsewhere = WriteOnlyCell(ws, value=1234)
        made_elsewhere.number_format = "#,##0"
        return [
            [c.text("=HYPERLINK(1)"), c.text("-1+2", wrap=True), c.text("@cmd")],
            [True, "#N/A", made_elsewhere, c.text("Norfolk")],
        ]

    first, second = _written(tmp_path, rows)
    for cell, text in zip(first[:3], ["=HYPERLINK(1)", "-1+2", "@cmd"], strict=True):
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert second[0].value is True
    assert second[1].value == "#N/A"
    assert second[2].value == 1234 and second[2].number_format == "#,##0"
    assert second[3].value == "Norfolk"
