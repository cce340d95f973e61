"""`sister-cities export`: the briefing from the command line."""

from openpyxl import load_workbook

from desktop.app import main
from tests.databases import cli_args


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_russian_partnerships_as_of_a_date(sample_db, tmp_path, capsys):
    out_file = tmp_path / "briefing.xlsx"
    code, out, err = run(
        capsys,
        *cli_args(sample_db),
        "export",
        str(out_file),
        "--country",
        "Russia",
        "--as-of",
        "2022-03-02",
    )
    assert code == 0, err
    assert out.strip() == (
        f"Wrote {out_file}: 69 partnerships, 2 exchanges, 6 timeline entries, 1 needing attention."
    )
    wb = load_workbook(out_file)
    cover = {r[0]: r[1] for r in wb["Cover"].iter_rows(values_only=True) if r[0]}
    assert cover["Selection"] == "Partnerships with communities in Russia, all statuses"
    assert cover["Suspended or ended"] == "1 of 69 (1.4%)"


def test_export_only_suspended_ones(sample_db, tmp_path, capsys):
    out_file = tmp_path / "suspended.xlsx"
    code, out, _ = run(
        capsys,
        *cli_args(sample_db),
        "export",
        str(out_file),
        "--status",
        "suspended",
        "--as-of",
        "2022-03-02",
    )
    assert code == 0 and "1 partnerships" in out
    wb = load_workbook(out_file)
    assert [r[1] for r in wb["Partnerships"].iter_rows(min_row=2, values_only=True)] == ["Chicago"]


def test_missing_folder_is_one_plain_line_and_no_file(sample_db, tmp_path, capsys):
    target = tmp_path / "no such folder" / "b.xlsx"
    code, out, err = run(capsys, *cli_args(sample_db), "export", str(target))
    assert code == 1 and out == ""
    assert err.startswith("sister-cities: The folder") and "does not exist" in err
    assert len(err.strip().splitlines()) == 1
    assert not target.parent.exists()


def test_a_name_without_xlsx_is_refused(sample_db, tmp_path, capsys):
    code, _, err = run(capsys, *cli_args(sample_db), "export", str(tmp_path / "b.csv"))
    assert code == 1 and "ending in .xlsx" in err
    assert not (tmp_path / "b.csv").exists()


def test_bad_status_is_a_usage_error(sample_db, tmp_path, capsys):
    code, _, err = run(
        capsys, "--db", str(sample_db.path), "export", str(tmp_path / "b.xlsx"), "--status", "odd"
    )
    assert code == 2 and "'odd' is not one of" in err
