"""`sister-cities import` as a clerk or a script uses it."""

import json

import openpyxl

from desktop.app import main
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
    report = tmp_path / "office-import-report.xlsx"
    code, out, _ = run(
        capsys, *cli_args(sample_db), "import", path, "--header-row", "2", "--dry-run",
        "--local-country", "United States",
    )  # fmt: skip
    assert code == 1  # two rows would stop an all-or-nothing import
    assert "Row 31, Country: 'Ghano' is not a country I know. Did you mean Ghana" in out
    assert "Kalinigrad, Russia (rows 35): perhaps Kaliningrad, Kaliningrad Oblast, Russia?" in out
    assert "Dubna, Russia (rows 115): perhaps Dubna, Moscow Oblast, Russia?" in out
    assert "Summary: 2 new, 113 matched to existing records, 2 rejected" in out
    assert f"Every row, its outcome and the questions are in {report}." in out
    assert "Dry run: nothing was written." in out
    assert row_counts(sample_db) == before
    summary = dict(openpyxl.load_workbook(report)["Summary"].iter_rows(values_only=True))
    assert summary["What this is"] == "A check: nothing was written"
    assert (summary["Rows in the list"], summary["New"], summary["Matched to existing records"],
            summary["Rejected"]) == (117, 2, 113, 2)  # fmt: skip


def test_without_the_local_country_it_says_so(sample_db, tmp_path, capsys):
    """The local country is never taken from what the registry happens to hold."""
    path = write_office_workbook(tmp_path / "office.xlsx")
    code, _, err = run(capsys, *cli_args(sample_db), "import", path, "--header-row", "2")
    assert code == 1 and "Say which column holds: Local country" in err


def test_all_or_nothing_refuses_then_valid_only_imports(empty_db, tmp_path, capsys):
    path = write_office_workbook(tmp_path / "office.xlsx")
    db = cli_args(empty_db)
    mapping = ["--mapping", mapping_file(tmp_path), "--header-row", "2"]
    before = row_counts(empty_db)
    code, _, err = run(capsys, *db, "import", path, *mapping)
    assert code == 1 and "2 of 117 rows have problems" in err and "Nothing was imported" in err
    assert row_counts(empty_db) == before

    report = tmp_path / "report.xlsx"
    code, out, _ = run(capsys, *db, "import", path, *mapping, "--valid-only", "--report", report)
    assert code == 0
    assert "Imported as batch 1: 115 new, 0 matched to existing records, 2 rejected" in out
    assert "To take it back: sister-cities import --undo 1" in out
    assert row_counts(empty_db)["partnership"] == 115
    rows = list(openpyxl.load_workbook(report)["Rows"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Row in file", "Outcome", "What happened", "Problems")
    assert len(rows) == 1 + 117  # every row, not only the rejected ones
    assert [r[1] for r in rows[1:]].count("Rejected") == 2
    assert any("El Salvadoror" in (r[3] or "") for r in rows[1:])

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
    us = ["--local-country", "US"]
    code, out, _ = run(capsys, *cli_args(sample_db), "import", path, "--sheet", "Twins", *us)
    # Norfolk - Toulon is there, established at a date unknown: the list's year fills it in
    # (the sample records are batch 1).
    assert code == 0
    assert (
        "Imported as batch 2: 0 new, 1 matched to existing records (1 with details filled in)"
        in out
    )
    code, _, err = run(capsys, *cli_args(sample_db), "import", path, "--sheet", "Other", *us)
    assert code == 1 and "has no sheet called 'Other'. Its sheets are: Twins." in err


def test_the_questions_are_answered_in_the_report_and_fed_back(empty_db, tmp_path, capsys):
    db = cli_args(empty_db)
    path = tmp_path / "twins.csv"
    path.write_text(
        "City,Country,Sister city,Sister city country\n"
        "Norfolk,United States,Kaliningrad,Russia\n"
        "Roanoke,United States,Kalinigrad,Russia\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, *db, "import", path, "--dry-run")
    assert code == 0
    assert "1 names look like others" in out
    assert "Kalinigrad, Russia (rows 3): perhaps Kaliningrad, Russia?" in out
    report = tmp_path / "twins-import-report.xlsx"
    wb = openpyxl.load_workbook(report)
    sheet = wb["Questions"]
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Question", "Name in the list"] and sheet.max_row == 2
    assert sheet.cell(2, header.index("Answer") + 1).value is None
    sheet.cell(2, header.index("Answer") + 1).value = "same"
    wb.save(report)

    code, out, _ = run(capsys, *db, "import", path, "--answers", report)
    assert code == 0
    assert "Imported as batch 1: 2 new, 0 matched to existing records, 0 rejected; 3 new " \
        "communities." in out  # fmt: skip
    code, out, _ = run(capsys, *db, "partnerships", "--format", "csv")
    assert out.count("Kaliningrad") == 2 and "Kalinigrad" not in out


def test_natural_headers_are_understood_and_an_unsure_guess_is_asked(empty_db, tmp_path, capsys):
    db = cli_args(empty_db)
    natural = tmp_path / "natural.csv"
    natural.write_text(
        "City,Country,Sister city,Sister city country\nGraz,Austria,Pula,Croatia\n", "utf-8"
    )
    code, out, _ = run(capsys, *db, "import", natural)
    assert code == 0
    assert (
        "  Country -> Local country\n" in out and "  Sister city country -> Partner country" in out
    )
    # 'Country' before every name, and no other country column: either side's.
    unsure = tmp_path / "unsure.csv"
    unsure.write_text("Country,City,Sister city\nAustria,Linz,Pula\n")
    code, out, err = run(capsys, *db, "import", unsure)
    assert code == 1 and "Country -> Local country  ? taken as our community's country" in out
    assert "run again with --accept-guess" in err
    code, _, err = run(capsys, *db, "import", unsure, "--accept-guess")
    assert code == 1 and "Say which column holds: Partner country" in err


def test_imports_lists_them_and_undo_takes_one_back(empty_db, tmp_path, capsys):
    db = cli_args(empty_db)
    path = tmp_path / "twins.csv"
    path.write_text("city1,country1,city2,country2\nGraz,Austria,Pula,Croatia\n", "utf-8")
    assert run(capsys, *db, "import", path)[0] == 0
    code, out, _ = run(capsys, *db, "imports")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["Batch", "When", "(UTC)"]
    assert lines[1].split()[0] == "1" and lines[1].endswith("twins.csv")
    code, out, _ = run(capsys, *db, "import", "--undo", "1")
    assert code == 0 and out.startswith("Import 1 undone: 3 records archived")
    code, out, _ = run(capsys, *db, "imports")
    assert out.splitlines()[1].endswith("(undone by " + empty_db.who + ")")
    code, _, err = run(capsys, *db, "import", "--undo", "1")
    assert code == 1 and "This import was already undone by" in err


def test_a_report_that_cannot_be_written_stops_the_import_before_it_writes(
    empty_db, tmp_path, capsys
):
    path = tmp_path / "twins.csv"
    path.write_text("city1,country1,city2,country2\nGraz,Austria,Pula,Croatia\n", "utf-8")
    code, _, err = run(
        capsys, *cli_args(empty_db), "import", path, "--report", tmp_path / "none" / "r.xlsx"
    )
    assert code == 1 and "does not exist" in err
    assert row_counts(empty_db)["partnership"] == 0


def test_our_country_given_makes_an_unsure_country_column_the_partners(empty_db, tmp_path, capsys):
    path = tmp_path / "ours.csv"
    path.write_text("Country,City,Sister city\nAustria,Linz,Pula\n", "utf-8")
    code, out, _ = run(capsys, *cli_args(empty_db), "import", path, "--local-country", "Croatia")
    assert code == 0 and "  Country -> Partner country\n" in out


def test_an_answer_that_fits_no_question_is_said(empty_db, tmp_path, capsys):
    db = cli_args(empty_db)
    path = tmp_path / "twins.csv"
    path.write_text(
        "City,Country,Sister city,Sister city country\n"
        "Norfolk,United States,Kaliningrad,Russia\nRoanoke,United States,Kalinigrad,Russia\n",
        encoding="utf-8",
    )
    run(capsys, *db, "import", path, "--dry-run")
    report = tmp_path / "twins-import-report.xlsx"
    wb = openpyxl.load_workbook(report)
    sheet = wb["Questions"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("Answer") + 1).value = "same"
    sheet.cell(2, header.index("Candidate key") + 1).value = "n:RU|somewhere else|"
    wb.save(report)
    _, out, _ = run(capsys, *db, "import", path, "--answers", report, "--dry-run")
    assert "Note: the answer for 'n:RU|kalinigrad|'" in out and "it was not used" in out
