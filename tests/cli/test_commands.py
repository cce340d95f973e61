"""The command line as a clerk or a script uses it: output, and one-line errors."""

import json
import subprocess
import sys

import pytest

from desktop.app import main
from tests.databases import cli_args
from tests.lock_holder import holding_the_write_lock


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_with_samples_then_reports_up_to_date(blank_database, capsys):
    code, out, _ = run(capsys, *cli_args(blank_database), "init")
    assert code == 0 and "with 116 sample partnerships" in out
    code, out, _ = run(capsys, *cli_args(blank_database), "init")
    assert code == 0 and "is up to date" in out


def test_init_empty(blank_database, capsys):
    assert run(capsys, *cli_args(blank_database), "init", "--empty")[0] == 0
    code, out, _ = run(capsys, *cli_args(blank_database), "partnerships")
    assert code == 0 and out.strip() == "No partnerships match."


def test_partnerships_filtered_as_json(sample_db, capsys):
    code, out, _ = run(
        capsys,
        *cli_args(sample_db),
        "partnerships",
        "--country",
        "Russia",
        "--status",
        "suspended",
        "--as-of",
        "2022-03-02",
        "--format",
        "json",
    )
    assert code == 0
    assert [(r["local"], r["partner"], r["status"]) for r in json.loads(out)] == [
        ("Chicago", "Moscow", "suspended")
    ]


def test_partnerships_table_for_norfolk(sample_db, capsys):
    code, out, _ = run(capsys, *cli_args(sample_db), "partnerships", "--local", "norfolk")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:2] == ["id", "local"]
    assert len(lines) == 2 + 10
    assert any("Kaliningrad" in line and "1992" in line and "Active" in line for line in lines)


@pytest.mark.sqlite_only("SISTER_CITIES_DB names a file; a server is --database-url")
def test_environment_variable_chooses_the_database(sample_db, capsys, monkeypatch):
    monkeypatch.setenv("SISTER_CITIES_DB", str(sample_db.path))
    code, out, _ = run(capsys, "partnerships", "--format", "csv", "--local", "Chicago")
    assert code == 0 and out.splitlines()[0].startswith("id,local,")
    assert len(out.splitlines()) == 3


def test_check_reports_schema_and_integrity(sample_db, capsys):
    code, out, _ = run(capsys, *cli_args(sample_db), "check")
    from desktop.store.migrate import head_revision

    assert code == 0 and "Integrity: ok" in out and f"Schema: {head_revision()}" in out


def one_line_error(err):
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    return lines[0]


def test_wrong_arguments(capsys):
    code, _, err = run(capsys, "partnerships", "--status", "asleep")
    assert code == 2
    assert "'asleep' is not one of: Proposed, Active, Suspended, Ended" in one_line_error(err)
    code, _, err = run(capsys, "partnerships", "--as-of", "31/02/2022")
    assert code == 2 and "not a real date" in one_line_error(err)
    code, _, err = run(capsys, "partnerships", "--country", "Atlantis")
    assert code == 2 and "not a country I know" in one_line_error(err)
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "invalid choice" in one_line_error(err)


def test_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "absent.sqlite"), "partnerships")
    assert code == 1 and "There is no database at" in one_line_error(err)
    assert not (tmp_path / "absent.sqlite").exists()


def test_not_a_database(tmp_path, capsys):
    bogus = tmp_path / "budget.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "--db", str(bogus), "check")
    assert code == 1 and "is not a database file" in one_line_error(err)


@pytest.mark.sqlite_only("which program holds a SQLite file's lock is read off the file")
def test_locked_database_names_the_program_holding_it(sample_db, capsys, monkeypatch):
    monkeypatch.setattr("desktop.store.engine.BUSY_TIMEOUT_MS", 200)
    sample_db.close()
    with holding_the_write_lock(sample_db.path, exclusive=True) as holder:
        code, _, err = run(capsys, "--db", str(sample_db.path), "init")
    assert code == 1
    message = one_line_error(err)
    assert "is busy:" in message and f"(process {holder.pid}, user " in message
    assert "is writing to it. Wait for it to finish, or close it, then try again." in message


def test_python_dash_m_desktop_is_the_same_command(sample_db):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            *cli_args(sample_db),
            "partnerships",
            "--local",
            "Chicago",
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "Moscow" in result.stdout


def test_csv_output_keeps_formula_like_names_as_text(empty_db, capsys):
    from desktop.services.communities import create_community
    from desktop.services.partnerships import create_partnership

    home = create_community(empty_db, {"name": '=HYPERLINK("http://x","y")', "country": "US"})
    away = create_community(empty_db, {"name": "@SUM(A1)", "country": "FR"})
    create_partnership(
        empty_db, {"local_id": home.id, "partner_id": away.id, "established_on": None}
    )
    code, out, _ = run(capsys, *cli_args(empty_db), "partnerships", "--format", "csv")
    assert code == 0
    assert "'=HYPERLINK" in out and ",'@SUM(A1)," in out


def test_a_missing_database_names_the_command_that_creates_it(tmp_path, capsys):
    missing = tmp_path / "office.sqlite"
    code, _, err = run(capsys, "--db", str(missing), "check")
    assert code == 1 and f"sister-cities --db {missing} init" in one_line_error(err)


def test_unarchive_brings_a_record_back(sample_db, capsys):
    from desktop.services import archive, lookup
    from tests.pdf_reading import sample_partnership_id

    pid = sample_partnership_id(sample_db, "Chicago", "Moscow")
    archive.archive(sample_db, "partnership", pid)
    code, out, _ = run(capsys, *cli_args(sample_db), "unarchive", "partnership", str(pid))
    assert (
        code == 0
        and out.strip() == f"Restored partnership {pid} from the archive: Chicago – Moscow."
    )
    assert lookup.partnership_record(sample_db, pid)["archived_at"] is None
    code, out, _ = run(capsys, *cli_args(sample_db), "unarchive", "partnership", str(pid))
    assert code == 0 and "is not archived; nothing changed" in out
    code, _, err = run(capsys, *cli_args(sample_db), "unarchive", "partnership", "99999")
    assert code == 1 and "There is no partnership number 99999" in err
