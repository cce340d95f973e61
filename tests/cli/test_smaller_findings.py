"""The smaller findings of the attack on the app, each as a clerk meets it: a local filter
on a name with an accent, a date far in the future, a crash log that quoted records, and
a full-width '＝' in an export."""

import csv
import io
import sqlite3

import pytest
import sqlalchemy as sa

from desktop import cli
from desktop.app import main
from desktop.domain.spreadsheet_text import as_plain_text, looks_like_formula
from tests.databases import cli_args, outside_connection


@pytest.fixture(autouse=True)
def _qt(qapp):  # `print` run in-process reuses the test's application
    return qapp


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rename_local(db, old: str, new: str) -> None:
    with outside_connection(db) as conn:
        conn.execute(sa.text("UPDATE community SET name = :new WHERE name = :old"), locals())
        conn.commit()


@pytest.mark.parametrize("typed", ["Örebro", "örebro", "ÖREBRO", " Örebro "])
def test_a_local_community_with_an_accent_is_found_in_any_case(sample_db, capsys, typed):
    """SQL's lower() folds A-Z only and Python's every letter: `--local Örebro` matched
    nothing, and `export --local Örebro` wrote an empty briefing with exit 0."""
    rename_local(sample_db, "Norfolk", "Örebro")
    code, out, err = run(
        capsys, *cli_args(sample_db), "partnerships", "--local", typed, "--format", "csv"
    )
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["local"] for r in rows} == {"Örebro"}
    assert "Kaliningrad" in {r["partner"] for r in rows}


def test_a_local_filter_that_matches_nothing_says_so(sample_db, tmp_path, capsys):
    rename_local(sample_db, "Norfolk", "Örebro")
    out_file = tmp_path / "briefing.xlsx"
    for command in (
        ["partnerships", "--local", "Orebro"],
        ["export", str(out_file), "--local", "Orebro"],
        ["print", "list", "--local", "Orebro", "--pdf", str(tmp_path / "list.pdf")],
    ):
        code, _, err = run(capsys, *cli_args(sample_db), *command)
        assert code == 1, command
        assert err == (
            "sister-cities: No local community of the registry is called 'Orebro'. Did you "
            "mean Örebro?\n"
        ), command
    assert not out_file.exists() and not (tmp_path / "list.pdf").exists()


def test_an_export_of_nothing_is_not_written(sample_db, tmp_path, capsys):
    out_file = tmp_path / "briefing.xlsx"
    code, _, err = run(
        capsys, *cli_args(sample_db), "export", str(out_file), "--local", "Norfolk",
        "--country", "AQ",
    )  # fmt: skip
    assert code == 1
    assert "No partnership matches these filters (--country AQ --local Norfolk)" in err
    assert not out_file.exists()


def test_a_date_past_the_years_kept_says_so(capsys):
    """'--as-of 9999-12-31' was told 'the year must have four digits'."""
    code, _, err = run(capsys, "partnerships", "--as-of", "9999-12-31")
    assert code == 2
    assert (
        "'9999-12-31': the year 9999 is outside the years the registry keeps (1000 to 2999)" in err
    )


PRIVATE = "Mayor Smith's private note"  # (a constant: a traceback quotes its source lines)


def test_the_crash_log_keeps_record_data_out(tmp_path, monkeypatch):
    """The log held the SQL parameters and messages quoting names and notes."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    engine = sa.create_engine("sqlite://", hide_parameters=True)
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE partnership (notes TEXT CHECK (notes = 'none'))")
        try:
            conn.execute(sa.text("INSERT INTO partnership VALUES (:notes)"), {"notes": PRIVATE})
        except sa.exc.IntegrityError as exc:
            try:
                raise ValueError(f"'{PRIVATE}' is not valid") from exc
            except ValueError:
                log = cli.crash_log()
    written = log.read_text()
    assert "Mayor Smith" not in written
    assert "sqlalchemy.exc.IntegrityError (its message is not logged)" in written
    assert "[SQL: INSERT INTO partnership VALUES (?)]" in written
    assert "builtins.ValueError (its message is not logged)" in written
    assert 'File "' in written and "test_the_crash_log_keeps_record_data_out" in written


@pytest.mark.parametrize("text", ["＝1+1", "＋1", "－1", "＠SUM(A1)", "﹦1", "−1"])
def test_look_alikes_of_formula_characters_are_kept_as_text(sample_db, capsys, text):
    """Full-width '＝' was left unprefixed in exports."""
    assert looks_like_formula(text) and as_plain_text(text) == "'" + text
    with outside_connection(sample_db) as conn:
        conn.execute(
            sa.text("UPDATE community SET name = :n WHERE name = 'Kaliningrad'"), {"n": text}
        )
        conn.commit()
    code, out, _ = run(capsys, *cli_args(sample_db), "partnerships", "--format", "csv")
    assert code == 0
    assert "'" + text in out


def test_ordinary_text_is_left_alone():
    for text in ("Norfolk", "Ústí nad Labem", "１９９２", "", "São Paulo"):
        assert not looks_like_formula(text) and as_plain_text(text) == text


@pytest.mark.sqlite_only("about a registry file")
def test_check_of_a_foreign_database_does_not_say_damaged(tmp_path, capsys):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "--db", str(path), "check")
    assert code == 1 and "DAMAGED" not in out
    assert "Not a Sister City Registry database" in out
