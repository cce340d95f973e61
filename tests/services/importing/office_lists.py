"""Lists written out the way an office keeps them: the sample partnerships as a workbook
with a title line, a merged City column, country names as people write them, and the
typos of the articles ("Kalinigrad", "Ghano", "El Salvadoror", "Los-Alamos")."""

import json
from pathlib import Path

import openpyxl

from desktop.domain.countries import country_name
from desktop.services.sample_records import SAMPLE_DIR
from tests.databases import outside_connection

HEADERS = ["City", "State", "Sister city", "Country", "Year", "Type"]
KIND_LABELS = {
    "sister_city": "Sister city",
    "friendship_city": "Friendship city",
    "sister_county": "Sister county",
    "sister_state_province": "Sister state",
}
# What a clerk typed instead of the right name (the articles' own typos).
TYPO_PARTNERS = {"Kaliningrad": "Kalinigrad"}
TYPO_LOCALS = {"Los Alamos": "Los-Alamos"}
TYPO_COUNTRIES = {"Tema": "Ghano", "San Miguel": "El Salvadoror"}
REJECTED_BY_TYPO = {"Tema": "Did you mean Ghana", "San Miguel": "Did you mean El Salvador"}


def office_rows() -> list[list]:
    """The sample pairs as rows; Norfolk - Kaliningrad twice (it is on both lists), once
    with the typo and once without."""
    lists = json.loads((SAMPLE_DIR / "lists.json").read_text(encoding="utf-8"))
    rows = []
    for pair in lists["partnerships"]:
        (local, state, _), (partner, region, code) = pair["local"], pair["partner"]
        country = TYPO_COUNTRIES.get(partner) or (
            "Scotland" if region == "Scotland" else country_name(code)
        )
        year = pair.get("established")
        rows.append(
            [
                TYPO_LOCALS.get(local, local),
                state,
                TYPO_PARTNERS.get(partner, partner),
                country,
                int(year) if year and year.isdigit() else None,
                KIND_LABELS[pair["kind"]],
            ]
        )
    rows.append(["Norfolk", "Virginia", "Kaliningrad", "Russia", 1992, "Sister city"])
    return rows


def write_office_workbook(path: Path, rows: list[list] | None = None) -> Path:
    """A title line, then the header in row 2; the first local name merged down over the
    rows of the same city, as offices do."""
    rows = office_rows() if rows is None else rows
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sister cities"
    ws.append(["Our sister cities (from the 2018 annual report)"])
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    # Merge the City cells of the first run of equal local names.
    first = rows[0][0]
    run = 1
    while run < len(rows) and rows[run][0] == first and rows[run][1] == rows[0][1]:
        run += 1
    if run > 1:
        for r in range(4, 3 + run):
            ws.cell(row=r, column=1).value = None
        ws.merge_cells(start_row=3, start_column=1, end_row=2 + run, end_column=1)
    wb.save(path)
    return path


def write_workbook(path: Path, rows: list[list], headers=None, title="Sheet1") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(headers or HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def row_counts(db) -> dict[str, int]:
    """Rows per table, read on a connection of its own: what 'nothing was written' means."""
    tables = ["community", "partnership", "exchange", "decision", "audit_entry", "import_batch"]
    with outside_connection(db) as con:
        return {t: con.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables}
