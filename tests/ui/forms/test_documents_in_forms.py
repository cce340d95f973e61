"""Documents in the forms, as a clerk uses them: files dropped anywhere on a decision's
form (or chosen with Attach...) are listed with their kind, size and date; Open hands a
checked, read-only temporary copy to the system's viewer; Save a copy... writes the bytes
where the clerk says; Detach... takes one off the list (kept, audited). A bad file, a
record not saved yet, a read-only registry and a damaged stored copy each get their
sentence. The questions are answered here (never exec())."""

import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.domain.attachments import MAX_BYTES
from desktop.services import attachment_files, attachments, history
from desktop.ui.forms import open_decision, open_exchange, open_partnership
from desktop.ui.forms.partnership_tabs import cells
from tests.databases import outside_connection
from tests.services.documents_on_file import a_file, norfolk_records, stored


@pytest.fixture(autouse=True)
def _own_temporary_copies(tmp_path, monkeypatch):
    monkeypatch.setattr(attachment_files.temporary_copies, "base", tmp_path / "opened")
    yield
    attachment_files.temporary_copies.clear()


@pytest.fixture
def told(monkeypatch):
    """What the message boxes said."""
    said: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        said.append(" ".join(text.split()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


class Viewer(list):
    """The system's viewer: the files it was asked to show, and whether it could."""

    can_open = True


@pytest.fixture
def viewer(monkeypatch):
    shown = Viewer()

    def open_url(url: QUrl) -> bool:
        shown.append(Path(url.toLocalFile()))
        return shown.can_open

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return shown


def drop(widget, files: list[Path]) -> None:
    """Files dragged from the file manager and let go over `widget`."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    entering = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, entering)
    assert entering.isAccepted(), "the form does not take the files"
    dropped = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, dropped)


def wait_done(qtbot, presenter) -> None:
    qtbot.waitUntil(lambda: presenter.busy is None, timeout=30_000)


def test_files_dropped_on_a_decision_form_are_listed_and_kept(clerk, sample_db, tmp_path, told):
    did = norfolk_records(sample_db)["decision"]
    dialog = clerk.show(open_decision(None, sample_db, did))
    form = dialog.form
    letter = a_file(tmp_path, "Letter of 28 February 2022.pdf", 300_000)
    scan = a_file(tmp_path, "Resolution.docx", MAX_BYTES, seed=2)
    before = form.actor_name.text()
    drop(form.actor_name, [letter, scan])  # on a field: the field keeps its text
    # The 25 MB file is read, hashed and stored in the background, not in this event.
    assert form.documents.busy is not None
    wait_done(clerk.qtbot, form.documents)
    assert form.actor_name.text() == before and not form.is_dirty()
    today = attachments.attachments_of(sample_db, "decision", did)[0].attached_on
    who = sample_db.who
    assert form.documents.box.lines_shown() == [
        ["Letter of 28 February 2022.pdf", "PDF document", "293 KB", today, who],
        ["Resolution.docx", "Word document", "25 MB", today, who],
    ]
    assert [r[5] for r in stored(sample_db)] == [letter.read_bytes(), scan.read_bytes()]
    assert told == []


def test_attach_open_save_and_detach(clerk, sample_db, tmp_path, told, viewer, monkeypatch):
    ids = norfolk_records(sample_db)
    dialog = clerk.show(open_exchange(None, sample_db, ids["exchange"]))
    box = dialog.form.documents.box
    photo = a_file(tmp_path, "Signpost at Town Point Park.jpg", 80_000)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], "All files (*)")
    )
    clerk.qtbot.mouseClick(box.attach_button, Qt.MouseButton.LeftButton)
    wait_done(clerk.qtbot, dialog.form.documents)
    assert [row[0] for row in box.lines_shown()] == ["Signpost at Town Point Park.jpg"]

    clerk.qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    clerk.qtbot.waitUntil(lambda: len(viewer) == 1)
    (opened,) = viewer
    assert opened.name == photo.name and opened.read_bytes() == photo.read_bytes()
    assert not opened.stat().st_mode & stat.S_IWUSR  # the viewer's edits are not ours
    attachment_files.temporary_copies.clear()  # as when the app ends
    assert not opened.exists()

    copy = tmp_path / "copy.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    clerk.qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    clerk.qtbot.waitUntil(copy.exists)
    wait_done(clerk.qtbot, dialog.form.documents)
    assert copy.read_bytes() == photo.read_bytes()
    assert box.note.text() == f"Saved a copy as {copy}."

    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    clerk.qtbot.mouseClick(box.detach_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Detach “Signpost at Town Point Park.jpg” from this exchange? It leaves the list but "
        "is kept in the registry, with its history, and can be attached again."
    ]
    assert box.lines_shown() == []
    assert stored(sample_db)[0][4] is True  # archived, bytes kept
    story = history.record_history(sample_db, "exchange", ids["exchange"])
    assert [h.action for h in story if h.record.startswith("Document")][-1] == "Detached"
    assert told == []


def test_the_partnership_tab_lists_its_decisions_documents(
    clerk, sample_db, tmp_path, told, monkeypatch
):
    ids = norfolk_records(sample_db)
    dialog = clerk.show(open_partnership(None, sample_db, ids["partnership"]))
    form = dialog.form
    tabs = form.tabs
    assert tabs.tabText(tabs.indexOf(form.documents_tab)) == "Docu&ments"
    # A letter dropped on the decision's window opened from the timeline ...
    form._on_decision_open_requested(ids["decision"])
    child = clerk.show(form.child_dialog)
    drop(child.form, [a_file(tmp_path, "letter.pdf", 1000)])
    wait_done(clerk.qtbot, child.form.documents)
    # ... is in the partnership's tab at once, said to be the decision's.
    rows = form.documents.box.lines_shown()
    assert [(r[0], r[5]) for r in rows] == [
        ("letter.pdf", "Decision: Reaffirm/continue, 28 February 2022")
    ]
    assert tabs.tabText(tabs.indexOf(form.documents_tab)) == "Docu&ments (1)"
    story = cells(form.history_tab.table)
    assert ["Attached", "Document letter.pdf", "Name"] in [row[2:5] for row in story]
    # Detached from the partnership's list, it is said whose it is.
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    clerk.qtbot.mouseClick(form.documents.box.detach_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith(
        "Detach “letter.pdf” from Decision: Reaffirm/continue, 28 February 2022? "
    )
    assert form.documents.box.lines_shown() == []
    assert tabs.tabText(tabs.indexOf(form.documents_tab)) == "Docu&ments"


def test_bad_files_are_refused_in_one_sentence_each(clerk, sample_db, tmp_path, told):
    did = norfolk_records(sample_db)["decision"]
    dialog = clerk.show(open_decision(None, sample_db, did))
    empty = tmp_path / "empty.pdf"
    empty.touch()
    good = a_file(tmp_path, "good.pdf", 10)
    drop(dialog.form, [good, empty])
    wait_done(clerk.qtbot, dialog.form.documents)
    assert told == [
        "'empty.pdf' is empty (0 bytes): there is nothing in it to keep. Scan or save it "
        "again, then attach it. None of the 2 files was attached."
    ]
    assert dialog.form.documents.box.lines_shown() == [] and stored(sample_db) == []


def test_a_new_decision_is_saved_before_its_documents(clerk, sample_db, tmp_path, told):
    pid = norfolk_records(sample_db)["partnership"]
    dialog = clerk.show(open_decision(None, sample_db, partnership_id=pid))
    box = dialog.form.documents.box
    assert not box.attach_button.isEnabled()
    assert box.note.text() == "Save the decision first, then attach its documents."
    drop(dialog.form, [a_file(tmp_path, "letter.pdf", 10)])
    assert told == ["Save the decision first, then attach its documents."]
    assert stored(sample_db) == []


def test_a_damaged_stored_copy_is_not_opened(clerk, sample_db, tmp_path, told, viewer):
    did = norfolk_records(sample_db)["decision"]
    (line,) = attachments.attach_files(
        sample_db, "decision", did, [a_file(tmp_path, "letter.pdf", 100)]
    )
    with outside_connection(sample_db) as conn:
        conn.execute(sa.text("UPDATE attachment_content SET data = x'00'"))
        conn.commit()
    dialog = clerk.show(open_decision(None, sample_db, did))
    dialog.form.documents.open(line.id)
    wait_done(clerk.qtbot, dialog.form.documents)
    assert viewer == []
    assert len(told) == 1 and told[0].startswith(
        "The copy of 'letter.pdf' kept in the registry is not the file attached on "
    )


def test_a_kind_no_program_opens_is_said_so(clerk, sample_db, tmp_path, told, viewer):
    did = norfolk_records(sample_db)["decision"]
    attachments.attach_files(sample_db, "decision", did, [a_file(tmp_path, "minutes.xyz", 100)])
    viewer.can_open = False
    dialog = clerk.show(open_decision(None, sample_db, did))
    clerk.qtbot.keyClick(dialog.form.documents.box.table, Qt.Key.Key_Return)  # Enter opens
    clerk.qtbot.waitUntil(lambda: told != [])
    assert told == [
        "No program on this computer opens “minutes.xyz”. Use Save a copy... and open the "
        "copy with the program it needs."
    ]


def test_read_only_registry_opens_documents_but_attaches_none(
    clerk, sample_db, tmp_path, told, viewer, monkeypatch
):
    did = norfolk_records(sample_db)["decision"]
    attachments.attach_files(sample_db, "decision", did, [a_file(tmp_path, "letter.pdf", 100)])
    monkeypatch.setattr(sample_db, "read_only", "the file is read-only for you")
    dialog = clerk.show(open_decision(None, sample_db, did))
    box = dialog.form.documents.box
    assert not box.attach_button.isEnabled() and not box.detach_button.isEnabled()
    assert box.open_button.isEnabled()
    assert box.note.text() == (
        "Read-only: documents can be opened and saved, not attached or detached."
    )
    drop(dialog.form, [a_file(tmp_path, "more.pdf", 10)])
    assert told == ["Nothing can be attached: the file is read-only for you."]
    clerk.qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    clerk.qtbot.waitUntil(lambda: len(viewer) == 1)
    assert len(stored(sample_db)) == 1
