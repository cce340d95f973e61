"""The import report: a workbook that accounts for every row of the list (new, matched,
restored or rejected, with what happened, its problems and warnings, and the row as it
was), the questions the import asks, and the communities it creates.

The Questions sheet has an Answer column a clerk at the command line fills in and feeds
back (`import --answers REPORT.xlsx`; services/importing/answers.py reads it)."""

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from desktop.reports.atomic import atomic_output, check_destination
from desktop.reports.xlsx_cells import Cells, prepare_for_print
from desktop.services.importing.answers import QUESTIONS_SHEET
from desktop.services.importing.mapping import targets
from desktop.services.importing.plan import MATCHED, NEW, REJECTED, RESTORE, ImportPlan
from desktop.services.importing.questions import DIFFERENT, SAME
from desktop.services.importing.reading import cell_text

LEFT = Alignment(horizontal="left")
OUTCOMES = {NEW: "New", MATCHED: "Matched", RESTORE: "Restored", REJECTED: "Rejected"}
QUESTION_HEADERS = [
    "Question", "Name in the list", "Region", "Country", "Rows", "May be the same as",
    "Its region", "Where it is", "Distance (km)", "Population (list / other)",
    "Suggestion", "Why", "Answer", "Name key", "Candidate key",
]  # fmt: skip


def default_report_path(source: Path) -> Path:
    """'twins.xlsx' -> 'twins-import-report.xlsx' beside it."""
    return source.with_name(f"{source.stem}-import-report.xlsx")


def write_report(
    plan: ImportPlan, path: Path | str, *, written: bool, batch_id: int | None = None
) -> Path:
    """Write the report (whole or not at all). `written`: the import happened (the
    outcomes are what the registry now holds) or it is a preview / dry run."""
    path = Path(path)
    check_destination(path)
    wb = Workbook(write_only=True)
    _summary(wb, plan, written, batch_id)
    _rows(wb, plan)
    _questions(wb, plan)
    _communities(wb, plan)
    with atomic_output(path) as temp:
        wb.save(temp)
    return path


def _sheet(wb: Workbook, title: str, headers: list[str], widths: list[float]):
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    prepare_for_print(ws)
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    cells = Cells(ws)
    ws.append([cells.styled(h, "header") for h in headers])
    return ws, cells


def _summary(wb: Workbook, plan: ImportPlan, written: bool, batch_id: int | None) -> None:
    ws, cells = _sheet(wb, "Summary", ["Import of", plan.source], [52, 70])
    fields = targets(plan.record_type)
    lines = [
        ("Sheet", plan.sheet),
        ("Report written", datetime.now().strftime("%Y-%m-%d %H:%M")),
        (
            "What this is",
            f"The import, done as batch {batch_id}"
            if written and batch_id
            else ("The import as done" if written else "A check: nothing was written"),
        ),
        ("Rows in the list", len(plan.rows)),
        ("New", plan.new),
        ("Restored from the archive", plan.restored),
        ("Matched to existing records", plan.matched),
        ("... of which filled in details", plan.filled),
        ("Rejected", plan.rejected),
        ("New communities", len(plan.new_communities())),
        ("Questions asked", len(plan.questions)),
        ("... not answered (imported as communities of their own)", plan.open_questions),
    ]
    for header, field in plan.mapping.columns.items():
        lines.append((f"Column '{header}'", fields[field].label))
    for field, value in plan.mapping.defaults.items():
        lines.append((f"Every row: {fields[field].label}", value))
    for remark in plan.remarks:
        lines.append(("Note", remark))
    if plan.questions:
        lines.append(("To answer the questions", "write 'same' or 'different' in the Answer"))
        lines.append(("", "column of the Questions sheet, save, and import the list"))
        lines.append(("", "again with --answers and this workbook."))
    for label, value in lines:
        ws.append([cells.styled(label, "bold") if label else None, _left(ws, cells, value)])


def _left(ws, cells: Cells, value):
    """A count stays a number, set beside its label rather than at the column's far edge."""
    if not isinstance(value, int):
        return cells.text(value)
    cell = WriteOnlyCell(ws, value=value)
    cell.alignment = LEFT
    cell.number_format = "#,##0"
    return cell


def _rows(wb: Workbook, plan: ImportPlan) -> None:
    headers = ["Row in file", "Outcome", "What happened", "Problems", "Warnings", *plan.headers]
    ws, cells = _sheet(wb, "Rows", headers, [10, 11, 45, 60, 60] + [18] * len(plan.headers))
    for row in plan.rows:
        ws.append(
            [
                row.row,
                OUTCOMES[row.outcome],
                cells.text(row.note, wrap=True),
                cells.text(row.reasons(), wrap=True),
                cells.text(row.warnings(), wrap=True),
                *(cells.text(cell_text(v)) if isinstance(v, str) or v is None else v
                  for v in row.values),
            ]
        )  # fmt: skip


def _questions(wb: Workbook, plan: ImportPlan) -> None:
    widths = [9, 24, 18, 16, 16, 28, 18, 30, 12, 20, 12, 40, 12, 24, 24]
    ws, cells = _sheet(wb, QUESTIONS_SHEET, QUESTION_HEADERS, widths)
    for number, q in enumerate(plan.questions, start=1):
        for candidate in q.candidates:
            km = q.km_to(candidate)
            answer = SAME if q.answer == candidate.key else (DIFFERENT if q.answer else "")
            ws.append(
                [
                    number,
                    cells.text(q.name),
                    cells.text(q.subdivision),
                    cells.text(q.country),
                    cells.text(", ".join(str(r) for r in q.rows)),
                    cells.text(candidate.name),
                    cells.text(candidate.subdivision),
                    cells.text(candidate.where),
                    None if km is None else round(km, 1),
                    cells.text(_people(q.spot.population, candidate.spot.population)),
                    cells.text(q.suggestion),
                    cells.text(q.suggestion_why or q.reason, wrap=True),
                    answer or None,
                    cells.text(q.key),
                    cells.text(candidate.key),
                ]
            )


def _people(mine: int | None, theirs: int | None) -> str:
    if mine is None and theirs is None:
        return ""
    return " / ".join("?" if n is None else f"{n:,}" for n in (mine, theirs))


def _communities(wb: Workbook, plan: ImportPlan) -> None:
    headers = ["Name", "Region", "Country", "First row", "Latitude", "Longitude",
               "Population", "Placed by"]  # fmt: skip
    ws, cells = _sheet(wb, "New communities", headers, [28, 22, 9, 10, 11, 11, 12, 30])
    for c in plan.new_communities():
        values = c.values()
        placed = (
            "the list's coordinates" if c.spot.placed else (
                "its name in the city table (GeoNames)" if c.looked_up else "not placed yet"
            )
        )  # fmt: skip
        ws.append(
            [
                cells.text(c.name), cells.text(c.subdivision), c.country, c.first_row,
                values.get("latitude"), values.get("longitude"), values.get("population"),
                placed,
            ]
        )  # fmt: skip
