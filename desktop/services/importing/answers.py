"""A clerk's answers to an import's questions, read back from the report workbook.

The Questions sheet of the import report (reports/import_report.py) has an Answer column:
a clerk at the command line writes "same" or "different" there and feeds the workbook back
(`import --answers REPORT.xlsx`), which is how a decision reaches an import without the
wizard."""

from pathlib import Path

from desktop.services.importing.questions import DIFFERENT, SAME, Answers
from desktop.services.importing.reading import ImportFileError

QUESTIONS_SHEET = "Questions"
ANSWER, NAME_KEY, CANDIDATE_KEY = "Answer", "Name key", "Candidate key"


def read_answers(path: Path | str) -> Answers:
    """The answers a clerk wrote on a report's Questions sheet: for each name, the
    candidate marked 'same', or 'different' when every line of it says so."""
    import openpyxl

    path = Path(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ImportFileError(
            f"{path.name} cannot be read as an import report ({exc.__class__.__name__}). "
            "Give the report workbook the import wrote, with your answers in it."
        ) from None
    try:
        if QUESTIONS_SHEET not in wb.sheetnames:
            raise ImportFileError(f"{path.name} has no sheet called '{QUESTIONS_SHEET}'.")
        rows = wb[QUESTIONS_SHEET].iter_rows(values_only=True)
        header = [str(h or "").strip() for h in next(rows, ())]
        try:
            at = {name: header.index(name) for name in (ANSWER, NAME_KEY, CANDIDATE_KEY)}
        except ValueError:
            raise ImportFileError(
                f"The '{QUESTIONS_SHEET}' sheet of {path.name} lacks its Answer, Name key or "
                "Candidate key column; answer in the report as the import wrote it."
            ) from None
        answers: Answers = {}
        for number, row in enumerate(rows, start=2):
            cells = list(row) + [None] * len(header)
            answer = str(cells[at[ANSWER]] or "").strip().lower()
            key, candidate = cells[at[NAME_KEY]], cells[at[CANDIDATE_KEY]]
            if not answer or not key:
                continue
            if answer not in (SAME, DIFFERENT):
                raise ImportFileError(
                    f"Row {number} of the '{QUESTIONS_SHEET}' sheet answers '{answer}'; write "
                    "'same' or 'different' (or leave it empty)."
                )
            if answer == SAME:
                if answers.get(key, DIFFERENT) != DIFFERENT:
                    raise ImportFileError(
                        f"Row {number} of the '{QUESTIONS_SHEET}' sheet answers 'same' for a "
                        "name already answered 'same' on another line: one place only."
                    )
                answers[str(key)] = str(candidate)
            else:
                answers.setdefault(str(key), DIFFERENT)
        return answers
    finally:
        wb.close()
