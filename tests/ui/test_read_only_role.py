"""Council staff on the office's server: a database role granted only SELECT. The app
says so in a banner, turns editing off, and a write that gets through anyway is refused
with a plain message; reading, searching and printing work as for a clerk. On the command
line, an import is refused before the file is read."""

import pytest
import sqlalchemy as sa

from desktop.app import main
from desktop.services.lookup import partnership_record
from desktop.services.partnerships import update_partnership
from desktop.settings import Settings
from desktop.store.database import open_database
from desktop.store.errors import ReadOnlyRegistry
from desktop.ui.forms import open_partnership
from desktop.ui.window.main_window import MainWindow
from tests.databases import cli_args
from tests.services.importing.office_lists import row_counts, write_office_workbook

READER = "council_staff"


@pytest.fixture
def council_db(request):
    """The sample registry on the test server, opened as a role that may only read."""
    server = request.getfixturevalue("postgres")
    name = server.create_database("council", request.getfixturevalue("_postgres_sample"))
    request.addfinalizer(lambda: server.drop_database(name))
    with server.admin.connect() as conn:
        if not conn.execute(
            sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": READER}
        ).first():
            conn.exec_driver_sql(f"CREATE ROLE {READER} LOGIN")
    owner = sa.create_engine(server.url(name))
    with owner.begin() as conn:  # the registry's owner grants reading, as the README says
        conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}")
    owner.dispose()
    db = open_database(server.url(name).set(username=READER))
    yield db
    db.close()


def test_a_read_only_role_is_told_and_cannot_change_records(qtbot, council_db, tmp_path):
    db = council_db
    assert db.who == READER
    assert (
        db.read_only == f"your database user '{READER}' may look at the registry but not change it"
    )
    with pytest.raises(ReadOnlyRegistry, match="your database account is read-only"):
        update_partnership(db, 1, {"notes": "council staff cannot write this"})
    assert partnership_record(db, 1)["notes"] != "council staff cannot write this"

    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.text().startswith(
        f"Read-only: your database user '{READER}' may look at the registry but not change it."
    )
    assert not window.actions.new.isEnabled() and not window.actions.import_list.isEnabled()
    view = window.views["partnerships"]
    qtbot.waitUntil(lambda: view.count_line.text() == "116 of 116 partnerships", timeout=20000)
    dialog = open_partnership(window, db, 1)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and not dialog.archive_button.isEnabled()
    assert dialog.read_only_note.isVisible()
    dialog.form.notes.setPlainText("typed anyway")
    assert dialog.save() is False
    dialog.form.mark_clean()


def test_an_import_by_a_read_only_role_is_refused_before_reading(council_db, tmp_path, capsys):
    path = write_office_workbook(tmp_path / "office.xlsx")
    before = row_counts(council_db)
    us = ["--local-country", "United States"]
    code = main([*cli_args(council_db), "import", str(path), "--header-row", "2", *us])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""  # no plan printed for an import that cannot happen
    assert err == (
        f"sister-cities: Nothing can be imported: your database user '{READER}' may look at "
        "the registry but not change it. Ask whoever runs the registry for a clerk's account "
        "(--dry-run still checks the file).\n"
    )
    assert row_counts(council_db) == before
    code = main([*cli_args(council_db), "import", str(path), "--header-row", "2", "--dry-run", *us])
    assert "Dry run: nothing was written." in capsys.readouterr().out
