"""Every kind of bad file gets a plain message, at the file or at the cell, and leaves the
registry exactly as it was."""

import re
import zipfile

import openpyxl
import pytest

from desktop.services.importing import reading
from desktop.services.importing.apply import ImportRefused, apply_plan
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.mapping import Mapping
from desktop.services.importing.plan import plan_file
from desktop.services.importing.reading import ImportFileError
from tests.services.importing.office_lists import HEADERS, row_counts, write_workbook

GOOD = ["Norfolk", "Virginia", "Toulon", "France", 1989, "Sister city"]


def mapping():
    m = guess_mapping(HEADERS)
    m.defaults["local_country"] = "US"
    return m


def renamed_pdf(tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n")
    return path, "is a PDF document, not a spreadsheet"


def renamed_text(tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_text("City,Sister city\nNorfolk,Toulon\n")
    return path, "is not an Excel workbook, although its name ends in .xlsx"


def password_protected(tmp_path):
    path = tmp_path / "list.xlsx"  # Excel writes an encrypted workbook as an OLE file
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return path, "is password-protected"


def truncated(tmp_path):
    good = write_workbook(tmp_path / "good.xlsx", [GOOD] * 50)
    path = tmp_path / "list.xlsx"
    path.write_bytes(good.read_bytes()[:1500])
    return path, "is damaged"


def missing_part(tmp_path):
    good = write_workbook(tmp_path / "good.xlsx", [GOOD])
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            if "worksheets" not in item.filename:
                dst.writestr(item, src.read(item))
    return path, "holds no worksheet that can be read"


def empty_sheet(tmp_path):
    path = tmp_path / "list.xlsx"
    openpyxl.Workbook().save(path)
    return path, "is empty"


def header_only(tmp_path):
    return write_workbook(tmp_path / "list.xlsx", []), "but no rows under them"


def empty_csv(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"")
    return path, "is empty (0 bytes)"


def mixed_encodings(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(
        b"City,Sister city,Country\n"
        + "São Paulo,Toulon,France\n".encode()
        + "Tromsø,Toulon,France\n".encode("cp1252")
    )
    return path, "mixes two text encodings: line 2 is written in UTF-8 but line 3 is not"


def binary_csv(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"City,Country\x00\x01\x02\x00" * 10)
    return path, "is not a text file"


def web_page(tmp_path):
    """A list copied off a website as the page itself, saved as .csv: one line of 300 KB
    whose quotes do not pair up as a CSV file's do. Working out its delimiter took the
    csv module's sniffer 90 s (the wizard's window frozen); now a moment."""
    path = tmp_path / "list.csv"
    rows = "".join(
        f'<div class="row" id="r{i}"><a href="/x/{i}">City {i}</a></div>' for i in range(5000)
    )
    path.write_text(f"<html><body>{rows}</body></html>\n")
    return path, "has a cell of more than 100,000 characters (in the row that begins at line 1)"


def old_xls(tmp_path):
    path = tmp_path / "list.xls"
    path.write_bytes(b"\x09\x08\x10\x00\x00\x06\x05\x00")
    return path, "a format Excel no longer uses"


@pytest.mark.parametrize(
    "make",
    [
        renamed_pdf,
        renamed_text,
        password_protected,
        truncated,
        missing_part,
        empty_sheet,
        header_only,
        empty_csv,
        mixed_encodings,
        binary_csv,
        web_page,
        old_xls,
    ],
)
def test_a_bad_file_is_refused_with_a_message_and_nothing_written(sample_db, tmp_path, make):
    path, message = make(tmp_path)
    before = row_counts(sample_db)
    with pytest.raises(ImportFileError, match=re.escape(message)):
        plan_file(sample_db, path, mapping=mapping())
    assert row_counts(sample_db) == before


def test_a_sheet_that_is_too_long_is_refused_while_reading(sample_db, tmp_path, monkeypatch):
    """Counted as the rows stream in, not from the sheet's own record of its size (which
    may be wrong: tests/services/importing/test_hostile_files.py)."""
    monkeypatch.setattr(reading, "MAX_ROWS", 20)
    path = write_workbook(tmp_path / "big.xlsx", [GOOD] * 30)
    before = row_counts(sample_db)
    with pytest.raises(ImportFileError, match="has more than 20 rows; one import takes at most"):
        plan_file(sample_db, path, mapping=mapping())
    csv_path = tmp_path / "big.csv"
    csv_path.write_text("City,State,Sister city,Country\n" + "Norfolk,VA,Toulon,France\n" * 30)
    with pytest.raises(ImportFileError, match="more than 20 rows"):
        plan_file(sample_db, csv_path, mapping=mapping())
    assert row_counts(sample_db) == before


def cell_problems(db, tmp_path, rows, **kw):
    path = write_workbook(tmp_path / "cells.xlsx", rows, **kw)
    plan = plan_file(db, path, mapping=mapping())
    before = row_counts(db)
    with pytest.raises(ImportRefused):
        apply_plan(db, plan)
    assert row_counts(db) == before
    return {(p.row, p.column): p.message for r in plan.rows for p in r.problems if p.error}


def test_problems_are_shown_at_their_cells(sample_db, tmp_path):
    problems = cell_problems(
        sample_db,
        tmp_path,
        [
            GOOD,
            ["Norfolk", "Virginia", "Toulon", "France", "nineteen ninety", "Sister city"],
            ["Norfolk", "Virginia", "X" * 200, "France", None, None],
            ["Norfolk", "Virginia", "Toulon", "Frnace", None, "Sister city"],
            ["Norfolk", "Virginia", None, "France", None, None],
            ["Norfolk", "Virginia", "Toulon", "France", None, "Cultural pact"],
            ["Norfolk", "Virginia", "Toulon", "France", "31/02/2020", None],
            ["Norfolk", "Virginia", "Norfolk, Virginia", "United States", None, None],
        ],
    )
    assert problems == {
        (3, "Year"): "'nineteen ninety' is not a date I can read: write 1992, March 2020, "
        "2022-02-28 or 28/02/2022",
        (4, "Sister city"): "Too long: at most 120 characters.",
        (5, "Country"): "'Frnace' is not a country I know. Did you mean France?",
        (6, "Sister city"): "Give the community's name.",
        (7, "Type"): "'Cultural pact' is not a kind of partnership; choose one of: Sister city, "
        "Sister county, Sister state/province, Friendship city.",
        (8, "Year"): "'31/02/2020' is not a real date (check the day and month)",
        (9, "Sister city"): "A community cannot partner with itself.",
    }


def test_a_formula_without_a_saved_value_is_a_cell_error(sample_db, tmp_path):
    problems = cell_problems(
        sample_db, tmp_path, [GOOD, ["Norfolk", "Virginia", '=UPPER("toulon")', "France"]]
    )
    assert problems == {(3, "Sister city"): reading._UNCACHED}


def test_a_cell_longer_than_excel_allows_is_a_cell_error(sample_db, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("City,State,Sister city,Country,Notes\nNorfolk,VA,Toulon,France," + "n" * 40000)
    plan = plan_file(sample_db, path, mapping=Mapping.load(_saved(tmp_path)))
    (row,) = plan.rows
    assert row.reasons() == "Notes: Too long: 40,000 characters in one cell."


def _saved(tmp_path):
    m = guess_mapping(["City", "State", "Sister city", "Country", "Notes"])
    m.defaults["local_country"] = "US"
    m.save(tmp_path / "mapping.json")
    return tmp_path / "mapping.json"


def test_cached_formula_values_and_excel_dates_are_read(empty_db, tmp_path):
    """A workbook saved by Excel carries each formula's value; openpyxl cannot compute
    them, so the test writes the cached value into the XML as Excel would."""
    path = write_workbook(tmp_path / "f.xlsx", [["Norfolk", "VA", "=A1", "France", None]])
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    xml = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = xml.replace(
        b"<f>A1</f><v></v>", b"<f>A1</f><v>Toulon</v>"
    ).replace(b'<c r="C2">', b'<c r="C2" t="str">')
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    plan = plan_file(empty_db, path, mapping=mapping())
    (row,) = plan.rows
    assert row.outcome == "new" and row.values[2] == "Toulon"
