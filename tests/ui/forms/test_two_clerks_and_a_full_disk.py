"""Saving when the registry is not ours alone: another process holds the write lock,
another process saved the same record, or the disk is full. The clerk is told what
happened in plain words, the typed changes stay in the form, and a retry saves them."""

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from desktop.services import lookup
from desktop.services.history import record_history
from desktop.services.opening import open_registry
from desktop.store.backups import integrity_problems
from desktop.store.database import open_database
from desktop.ui.forms import open_partnership, record_dialog
from tests.databases import outside_connection, target
from tests.lock_holder import holding_the_write_lock

OTHER_CLERK = textwrap.dedent(
    """
    import sys
    from desktop.services.partnerships import update_partnership
    from desktop.store.database import open_database
    from desktop.store.errors import RecordChanged

    db = open_database(sys.argv[1], create=False)
    try:
        update_partnership(db, int(sys.argv[2]), {"notes": sys.argv[3]}, int(sys.argv[4]))
        print("saved")
    except RecordChanged as exc:
        print(f"refused: {exc}")
    finally:
        db.close()
    """
)


def other_clerk_saves(db, partnership_id, notes, version):
    """A second clerk, in a process of their own, saves the partnership's notes."""
    result = subprocess.run(
        [sys.executable, "-c", OTHER_CLERK, target(db), str(partnership_id), notes, str(version)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def norfolk_kaliningrad(db) -> int:
    with outside_connection(db) as con:
        return con.exec_driver_sql(
            "SELECT p.id FROM partnership p JOIN community l ON l.id = p.local_id "
            "JOIN community f ON f.id = p.partner_id "
            "WHERE l.name = 'Norfolk' AND f.name = 'Kaliningrad'"
        ).scalar_one()


def open_norfolk(clerk, db):
    dialog = clerk.show(open_partnership(None, db, norfolk_kaliningrad(db)))
    assert dialog.form.partner.text().startswith("Kaliningrad")
    return dialog


# Two clerks at once, each in a process of their own: on one file, and on one server.
@pytest.mark.both_databases
def test_another_process_saved_the_record_meanwhile(clerk, questions, sample_db):
    dialog = open_norfolk(clerk, sample_db)
    form = dialog.form
    pid = form.record_id
    assert other_clerk_saves(sample_db, pid, "Signpost covered", form.version) == "saved"
    clerk.type(form.notes, "My note, typed before I knew")
    questions.record_changed = record_dialog.RELOAD
    clerk.save(dialog)
    assert questions.asked[-1].startswith("record changed: Someone else saved this record")
    assert form.notes.toPlainText() == "Signpost covered"  # theirs, nothing lost

    clerk.type(form.notes, "Mine, on purpose")
    assert other_clerk_saves(sample_db, pid, "Theirs again", form.version) == "saved"
    questions.record_changed = record_dialog.OVERWRITE
    clerk.save(dialog)
    assert lookup.partnership_record(sample_db, pid)["notes"] == "Mine, on purpose"
    # Overwritten, not lost: the other clerk's text is in the history.
    history = [(e.old, e.new) for e in record_history(sample_db, "partnership", pid)]
    assert ("Theirs again", "Mine, on purpose") in history


@pytest.mark.both_databases
def test_two_processes_saving_at_the_same_instant_cannot_both_win(sample_db, tmp_path):
    """Both start from the same version; the database serialises them (SQLite's write lock,
    the registry's advisory lock on PostgreSQL) and the version check refuses the second:
    exactly one saved, the other told, no update lost silently."""
    version = lookup.partnership_record(sample_db, 1)["version"]
    script = (
        textwrap.dedent(
            """
        import sys, time
        from pathlib import Path
        go = Path(sys.argv[5])
        while not go.exists():
            time.sleep(0.001)
        """
        )
        + OTHER_CLERK
    )
    go = tmp_path / "go"
    clerks = [
        subprocess.Popen(
            [sys.executable, "-c", script, target(sample_db), "1", notes, str(version), go],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for notes in ("Written by Ann", "Written by Bob")
    ]
    go.touch()
    outcomes = sorted(p.communicate(timeout=60)[0].strip() for p in clerks)
    assert outcomes[0].startswith("refused: Someone else saved this record")
    assert outcomes[1] == "saved"
    final = lookup.partnership_record(sample_db, 1)
    assert final["notes"] in ("Written by Ann", "Written by Bob")
    assert final["version"] == version + 1
    changes = [e for e in record_history(sample_db, "partnership", 1) if e.new == final["notes"]]
    assert len(changes) == 1


@pytest.fixture
def impatient_db(tmp_path, _sample_file, clerk):
    """The sample registry opened as the window opens it, waiting only a moment for a lock."""
    path = tmp_path / "registry.sqlite"
    path.write_bytes(_sample_file.read_bytes())
    db, _ = open_registry(path, busy_timeout_ms=300)
    yield db
    clerk.close_all()
    db.close()


@pytest.mark.sqlite_only("another program holds the SQLite file's write lock")
def test_a_locked_registry_says_who_holds_it_and_retry_saves(
    clerk, questions, monkeypatch, impatient_db
):
    db = impatient_db
    dialog = open_norfolk(clerk, db)
    asked = []
    with holding_the_write_lock(db.path) as holder:

        def retry(parent, message):
            asked.append(message)
            return False  # Cancel: keep the form, try later

        monkeypatch.setattr(record_dialog, "ask_retry_when_busy", retry)
        clerk.type(dialog.form.notes, "Typed while a colleague imports")
        clerk.save(dialog)
    assert len(asked) == 1
    assert "is busy:" in asked[0] and f"(process {holder.pid}, user " in asked[0]
    assert dialog.form.notes.toPlainText() == "Typed while a colleague imports"
    assert dialog.form.is_dirty()
    saved = lookup.partnership_record(db, dialog.form.record_id)["notes"]
    assert saved != "Typed while a colleague imports"

    monkeypatch.setattr(record_dialog, "ask_retry_when_busy", lambda *_: True)
    clerk.save(dialog)  # the colleague has finished: the same form saves
    saved = lookup.partnership_record(db, dialog.form.record_id)["notes"]
    assert saved == "Typed while a colleague imports"
    assert not dialog.form.is_dirty()


@pytest.mark.sqlite_only("another program holds the SQLite file's write lock")
def test_retry_waits_for_the_lock_to_go(clerk, questions, monkeypatch, impatient_db):
    """Retry is pressed while the colleague is still writing: asked again, then saved."""
    db = impatient_db
    dialog = open_norfolk(clerk, db)
    answers = []
    with holding_the_write_lock(db.path) as holder:

        def retry(parent, message):
            answers.append(message)
            if len(answers) == 2:  # the colleague finishes before the second Retry
                holder.stdin.close()
                holder.wait(timeout=10)
            return True

        monkeypatch.setattr(record_dialog, "ask_retry_when_busy", retry)
        clerk.type(dialog.form.notes, "Saved on the second retry")
        clerk.save(dialog)
    assert len(answers) == 2
    saved = lookup.partnership_record(db, dialog.form.record_id)["notes"]
    assert saved == "Saved on the second retry"


@pytest.mark.sqlite_only("the SQLite file on a full disk (a server's disk is its own)")
def test_a_full_disk_keeps_the_form_and_the_registry_whole(
    clerk, questions, small_disk, _sample_file
):
    path = small_disk.root / "registry.sqlite"
    path.write_bytes(_sample_file.read_bytes())
    db = open_database(path)
    try:
        dialog = open_norfolk(clerk, db)
        before = lookup.partnership_record(db, dialog.form.record_id)["notes"]
        small_disk.fill()
        # Needs new pages in the -wal file, which has none to spare after only reading.
        long_note = ("Minutes of the council meeting. " * 280).strip()
        dialog.form.notes.setPlainText(long_note)
        clerk.save(dialog)
        assert questions.errors == [
            f"The disk holding {small_disk.root} is full, so nothing was written there. Free "
            "some space (empty the recycle bin, move old files away) and try again."
        ]
        assert dialog.form.notes.toPlainText() == long_note
        assert lookup.partnership_record(db, dialog.form.record_id)["notes"] == before
        small_disk.free()
        clerk.save(dialog)
        assert lookup.partnership_record(db, dialog.form.record_id)["notes"] == long_note
    finally:
        clerk.close_all()
        db.close()
    assert integrity_problems(path) == []
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM partnership").fetchone() == (116,)
    con.close()
