"""The rejects workbook: every row that was not imported, as it was in the file, with the
reason beside it, so the clerk can fix the rows and import just those again."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from desktop.domain.spreadsheet_text import looks_like_formula
from desktop.reports.atomic import atomic_output
from desktop.reports.xlsx_cells import clean_text
from desktop.services.importing.plan import REJECTED, ImportPlan
from desktop.services.importing.reading import cell_text

BOLD = Font(bold=True)
PROBLEM = PatternFill("solid", fgColor="FFF2CC")


def write_rejects(plan: ImportPlan, path: Path | str) -> int:
    """Write the rejected rows of `plan` to `path` (whole or not at all); returns how many.
    The workbook is built inside the output's block, so that its spool goes beside it."""
    with atomic_output(path) as temp:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Rejected rows")
        ws.freeze_panes = "A2"
        headers = ["Row in file", "Reason", *plan.headers]
        ws.append([_cell(ws, h, BOLD) for h in headers])
        count = 0
        for row in plan.rows:
            if row.outcome != REJECTED:
                continue
            cells = [row.row, _cell(ws, row.reasons(), fill=PROBLEM)]
            cells += [_cell(ws, v) for v in row.values]
            ws.append(cells)
            count += 1
        ws.column_dimensions["B"].width = 60
        wb.save(temp)
    return count


def _cell(ws, value, font=None, fill=None):
    """A cell whose text is kept as text: a name starting with '=' is not run as a formula.
    Control characters a CSV file may hold (and the reasons quote) cannot be in a
    workbook: dropped, as the briefing workbook drops them."""
    if isinstance(value, str) or value is None:
        text = clean_text(cell_text(value))
        cell = WriteOnlyCell(ws, value=text)
        if looks_like_formula(text):
            # Text, and marked so: the clerk edits this workbook, and an edited '=...' cell
            # without Excel's quote prefix would come alive.
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell = WriteOnlyCell(ws, value=value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell
