"""Values another program put in the registry (`UPDATE partnership SET kind='hacked'` in a
database tool): they passed `check` and `restore`, and then `partnerships`, `export`,
`print` and `copy` all ended in "unexpected error". Now `check` names the records, reads
show the record with the value marked, a copy refuses to carry them and a restore refuses
a backup that holds them."""

import openpyxl
import pytest
import sqlalchemy as sa

from desktop.app import main
from tests.databases import cli_args, outside_connection


@pytest.fixture(autouse=True)
def _qt(qapp):  # `print` run in-process reuses the test's application, as in test_print.py
    return qapp


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def hack(db, sql: str, **values) -> None:
    """Change the registry behind the app's back, as a database tool would."""
    with outside_connection(db) as conn:
        conn.execute(sa.text(sql), values)
        conn.commit()


def norfolk_kaliningrad(db) -> int:
    with outside_connection(db) as conn:
        return conn.exec_driver_sql(
            "SELECT p.id FROM partnership p JOIN community l ON l.id = p.local_id "
            "JOIN community r ON r.id = p.partner_id "
            "WHERE l.name = 'Norfolk' AND r.name = 'Kaliningrad'"
        ).scalar()


def test_a_kind_another_program_wrote_is_read_marked_and_named(sample_db, tmp_path, capsys):
    pid = norfolk_kaliningrad(sample_db)
    hack(sample_db, f"UPDATE partnership SET kind = 'hacked' WHERE id = {pid}")
    where = cli_args(sample_db)

    code, out, err = run(capsys, *where, "partnerships", "--local", "Norfolk")
    assert code == 0, err
    (line,) = [row for row in out.splitlines() if "Kaliningrad" in row]
    assert "hacked (invalid)" in line

    code, out, err = run(capsys, *where, "export", str(tmp_path / "briefing.xlsx"))
    assert code == 0, err
    sheet = openpyxl.load_workbook(tmp_path / "briefing.xlsx")["Partnerships"]
    (row,) = [r for r in sheet.iter_rows(values_only=True) if r[0] == pid]
    assert "hacked (invalid)" in row

    code, out, err = run(
        capsys, *where, "print", "profile", str(pid), "--pdf", str(tmp_path / "p.pdf")
    )
    assert code == 0, err
    code, out, err = run(capsys, *where, "print", "list", "--pdf", str(tmp_path / "l.pdf"))
    assert code == 0, err

    code, out, err = run(capsys, *where, "check")
    assert code == 1
    assert (
        f"  partnership {pid} (Norfolk - Kaliningrad): kind is 'hacked', which must be one of: "
        "sister_city, sister_county, sister_state_province, friendship_city" in out
    )

    code, out, err = run(capsys, *where, "copy", "--to", str(tmp_path / "copy.sqlite"))
    assert code == 1 and "Traceback" not in err
    assert "holds 1 value(s) the app never writes, put there by another program" in err
    assert not (tmp_path / "copy.sqlite").exists()


def test_check_finds_each_kind_of_foreign_value(sample_db, capsys):
    hack(sample_db, "UPDATE exchange SET status = 'lost' WHERE id = 1")
    hack(sample_db, "UPDATE decision SET action = 'annex' WHERE id = 1")
    hack(sample_db, "UPDATE community SET country = 'XX', latitude = 500 WHERE id = 2")
    hack(sample_db, "UPDATE partnership SET notes = :notes WHERE id = 2", notes="bell\x07")
    code, out, _ = run(capsys, *cli_args(sample_db), "check")
    assert code == 1
    found = [line.strip() for line in out.splitlines() if line.startswith("  ")]
    assert len(found) == 5
    assert any(line.startswith("exchange 1 (") and "status is 'lost'" in line for line in found)
    assert any("decision 1 (of partnership " in line and "'annex'" in line for line in found)
    assert any("latitude is 500" in line and "from -90 to 90" in line for line in found)
    assert any("country is 'XX', which is not an ISO 3166 country code" in line for line in found)
    assert any("notes is 'bell\\x07', which holds a control character" in line for line in found)


@pytest.mark.sqlite_only("SQLite keeps any text in a date column; a server refuses it")
def test_a_date_that_is_not_one_is_read_as_none_and_named(sample_db, capsys):
    pid = norfolk_kaliningrad(sample_db)
    hack(sample_db, f"UPDATE partnership SET established_on = 'garbage' WHERE id = {pid}")
    code, out, err = run(capsys, *cli_args(sample_db), "partnerships", "--format", "json")
    assert code == 0, err
    code, out, _ = run(capsys, *cli_args(sample_db), "check")
    assert code == 1
    assert f"partnership {pid} (Norfolk - Kaliningrad): established_on is 'garbage'" in out


@pytest.mark.sqlite_only("backups and restore are of registry files")
def test_a_restore_refuses_a_backup_that_fails_the_check(sample_db, tmp_path, capsys):
    where = cli_args(sample_db)
    backup = tmp_path / "mine.sqlite"
    assert run(capsys, *where, "backup", "--to", str(backup))[0] == 0
    hack(sample_db, "UPDATE partnership SET kind = 'hacked' WHERE id = 3")
    tainted = tmp_path / "tainted.sqlite"
    assert run(capsys, *where, "backup", "--to", str(tainted))[0] == 0
    code, _, err = run(capsys, *where, "restore", str(tainted))
    assert code == 1
    assert "tainted.sqlite holds values the app never writes (1, the first: partnership 3" in err
    assert run(capsys, *where, "restore", str(backup))[0] == 0
