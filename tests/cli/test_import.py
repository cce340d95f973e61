"""`sister-cities import` as a clerk or a script uses it."""

import json

import openpyxl

from desktop.cli import main
from tests.databases import cli_args
from tests.services.importing.office_lists import row_counts, write_office_workbook, write_workbook


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def mapping_file(tmp_path):
    path = tmp_path / "mapping.json"
    path.write_text(
        json.dumps(
            {
                "record_type": "partnership",
                "columns": {
                    "City": "local_name",
                    "State": "local_subdivision",
                    "Sister city": "partner_name",
                    "Country": "partner_country",
                    "Year": "established",
                    "Type": "kind",
                },
                "defaults": {"local_country": "US"},
            }
        )
    )
    return path


def test_dry_run_prints_the_summary_and_writes_nothing(sample_db, tmp_path, capsys):
    path = write_office_workbook(tmp_path / "office.xlsx")
    before = row_counts(sample_db)
    code, out, _ = run(
        capsys, *cli_args(sample_db), "import", path, "--header-row", "2", "--dry-run"
    )
    assert code == 1  # two rows would stop an all-or-nothing import
    assert "Row 31, Country: 'Ghano' is not a country I know. Did you mean Ghana" in out
    assert "Summary: 0 new, 115 matched to existing records, 2 rejected" in out
    assert "Dry run: nothing was written." in out
    assert row_counts(sample_db) == before


def test_all_or_nothing_refuses_then_valid_only_imports(empty_db, tmp_path, capsys):
    path = write_office_workbook(tmp_path / "office.xlsx")
    db = cli_args(empty_db)
    mapping = ["--mapping", mapping_file(tmp_path), "--header-row", "2"]
    before = row_counts(empty_db)
    code, _, err = run(capsys, *db, "import", path, *mapping)
    assert code == 1 and "2 of 117 rows have problems" in err and "Nothing was imported" in err
    assert row_counts(empty_db) == before

    rejects = tmp_path / "rejects.xlsx"
    code, out, _ = run(capsys, *db, "import", path, *mapping, "--valid-only", "--rejects", rejects)
    assert code == 0
    assert "Imported as batch 1: 114 new, 1 matched to existing records, 2 rejected" in out
    assert row_counts(empty_db)["partnership"] == 114
    reasons = [r[1] for r in openpyxl.load_workbook(rejects).active.iter_rows(values_only=True)]
    assert reasons[0] == "Reason" and len(reasons) == 3
    assert any("El Salvadoror" in r for r in reasons[1:])

    code, out, _ = run(capsys, *db, "import", path, *mapping, "--valid-only")
    assert code == 0 and "Nothing new to import: 0 new, 115 matched" in out


def test_a_bad_file_is_one_line_on_stderr(sample_db, tmp_path, capsys):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"%PDF-1.4 not a workbook")
    code, out, err = run(capsys, *cli_args(sample_db), "import", path)
    assert code == 1 and out == ""
    assert err.strip() == (
        "sister-cities: list.xlsx is a PDF document, not a spreadsheet, although its name "
        "ends in .xlsx. Choose the .xlsx or .csv file that holds the list."
    )


def test_a_named_sheet_and_a_missing_one(sample_db, tmp_path, capsys):
    path = write_workbook(
        tmp_path / "l.xlsx", [["Norfolk", "VA", "Toulon", "France", 1989]], title="Twins"
    )
    code, out, _ = run(capsys, *cli_args(sample_db), "import", path, "--sheet", "Twins")
    assert code == 0 and "Nothing new to import: 0 new, 1 matched" in out
    code, _, err = run(capsys, *cli_args(sample_db), "import", path, "--sheet", "Other")
    assert code == 1 and "has no sheet called 'Other'. Its sheets are: Twins." in err
