"""Source documents on both databases: kept byte for byte and read back checked, every
attach and detach in the audit trail (written by the app on SQLite, by the server on
PostgreSQL, the same entries), and each bad input refused in one sentence with nothing
half-stored."""

import pytest
import sqlalchemy as sa

from desktop.domain.attachments import MAX_BYTES
from desktop.services import attachment_files, attachments, history
from desktop.services.progress import Progress
from desktop.store.database import open_database
from desktop.store.errors import StoreError
from tests.databases import outside_connection, target
from tests.services.documents_on_file import (
    a_file,
    document_entries,
    make_unreadable,
    norfolk_records,
    sha,
    stored,
)


@pytest.fixture(autouse=True)
def _own_temporary_copies(tmp_path, monkeypatch):
    monkeypatch.setattr(attachment_files.temporary_copies, "base", tmp_path / "opened")
    yield
    attachment_files.temporary_copies.clear()


def test_documents_come_back_byte_for_byte_and_checked(sample_db, tmp_path):
    ids = norfolk_records(sample_db)
    letter = a_file(tmp_path, "Letter of 28 February 2022.pdf", 300_000, seed=1)
    photo = a_file(tmp_path, "Signpost.JPG", MAX_BYTES, seed=2)  # the limit itself is allowed
    lines = attachments.attach_files(sample_db, "decision", ids["decision"], [letter, photo])
    assert [(x.name, x.kind_label, x.size_text, x.owner) for x in lines] == [
        ("Letter of 28 February 2022.pdf", "PDF document", "293 KB", "decision"),
        ("Signpost.JPG", "JPEG image", "25 MB", "decision"),
    ]
    assert [(r[1], r[2], r[3], r[5]) for r in stored(sample_db)] == [
        (letter.name, 300_000, sha(letter.read_bytes()), letter.read_bytes()),
        (photo.name, MAX_BYTES, sha(photo.read_bytes()), photo.read_bytes()),
    ]
    opened = attachments.temporary_copy(sample_db, lines[0].id)
    assert opened.name == letter.name and opened.read_bytes() == letter.read_bytes()
    copy = attachments.save_copy(sample_db, lines[1].id, tmp_path / "saved.jpg")
    assert copy.read_bytes() == photo.read_bytes()
    # The partnership lists its decisions' documents, named by their decision.
    (first, second) = attachments.partnership_documents(sample_db, ids["partnership"])
    assert first.owner_label == "Decision: Reaffirm/continue, 28 February 2022"
    assert second.name == "Signpost.JPG"


def test_attach_and_detach_are_in_the_trail_alike_on_both_databases(sample_db, tmp_path):
    ids = norfolk_records(sample_db)
    scan = a_file(tmp_path, "resolution.pdf", 1234)
    (line,) = attachments.attach_files(sample_db, "exchange", ids["exchange"], [scan])
    attachments.detach(sample_db, line.id)
    entries = document_entries(sample_db)
    assert [e[:3] for e in entries] == [
        ("create", line.id, "exchange_id"),
        ("create", line.id, "name"),
        ("create", line.id, "kind"),
        ("create", line.id, "size"),
        ("create", line.id, "sha256"),
        ("archive", line.id, "archived_at"),
    ]
    assert [e[3] for e in entries[:5]] == [
        str(ids["exchange"]),
        "resolution.pdf",
        "application/pdf",
        "1234",
        sha(scan.read_bytes()),
    ]
    # Detached: out of the lists, kept with its bytes, and back on request.
    assert attachments.partnership_documents(sample_db, ids["partnership"]) == []
    assert stored(sample_db)[0][4:] == (True, scan.read_bytes())
    assert attachments.reattach(sample_db, line.id) is True
    assert [x.id for x in attachments.attachments_of(sample_db, "exchange", ids["exchange"])] == [
        line.id
    ]
    assert document_entries(sample_db)[-1][0] == "restore"
    # The partnership's history tells the story in the forms' words.
    told = [
        (h.action, h.record, h.field)
        for h in history.record_history(sample_db, "partnership", ids["partnership"])
        if h.record.startswith("Document")
    ]
    assert told[0] == ("Attached", "Document resolution.pdf", "Exchange")
    assert ("Detached", "Document resolution.pdf", "Archived at") in told
    assert told[-1] == ("Attached again", "Document resolution.pdf", "Archived at")


def test_a_document_changed_inside_the_database_is_not_opened(sample_db, tmp_path, backend):
    ids = norfolk_records(sample_db)
    (line,) = attachments.attach_files(
        sample_db, "partnership", ids["partnership"], [a_file(tmp_path, "letter.pdf", 5000)]
    )
    with outside_connection(sample_db) as conn:
        if backend == "postgresql":  # the owner may switch the guard off; a clerk may not
            conn.exec_driver_sql("ALTER TABLE attachment_content DISABLE TRIGGER USER")
        conn.execute(
            sa.text("UPDATE attachment_content SET data = :d WHERE attachment_id = :i"),
            {"d": b"forged" * 100, "i": line.id},
        )
        conn.commit()
    with pytest.raises(attachments.DocumentDamaged) as refused:
        attachments.temporary_copy(sample_db, line.id)
    assert str(refused.value).startswith(
        "The copy of 'letter.pdf' kept in the registry is not the file attached on "
    )
    assert "its SHA-256 checksum differs" in str(refused.value)
    with pytest.raises(attachments.DocumentDamaged):
        attachments.save_copy(sample_db, line.id, tmp_path / "copy.pdf")
    assert not (tmp_path / "copy.pdf").exists()


def test_on_a_server_the_bytes_once_written_never_change(sample_db, tmp_path, backend):
    if backend != "postgresql":
        pytest.skip("a server's guard: a registry file is anybody's who may write it (README)")
    ids = norfolk_records(sample_db)
    attachments.attach_files(
        sample_db, "partnership", ids["partnership"], [a_file(tmp_path, "letter.pdf", 50)]
    )
    for sql in (
        "UPDATE attachment_content SET data = 'x'",
        "DELETE FROM attachment_content",
        "TRUNCATE attachment_content",
    ):
        with outside_connection(sample_db) as conn, pytest.raises(sa.exc.DBAPIError) as refused:
            conn.exec_driver_sql(sql)
        assert "never changed or removed" in str(refused.value.orig)
    assert stored(sample_db)[0][5] == (tmp_path / "letter.pdf").read_bytes()


# --- bad input: one sentence each, nothing stored ---------------------------------------------


def refused(db, owner, owner_id, paths, progress=None) -> list[str]:
    with pytest.raises(attachments.AttachmentRefused) as caught:
        attachments.attach_files(db, owner, owner_id, paths, progress)
    assert stored(db) == [] and document_entries(db) == []  # nothing half-stored
    return caught.value.problems


def test_each_bad_file_is_named_and_nothing_is_attached(sample_db, tmp_path, monkeypatch):
    pid = norfolk_records(sample_db)["partnership"]
    good = a_file(tmp_path, "good.pdf", 100)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    big = tmp_path / "big.pdf"
    with big.open("wb") as f:  # sparse: no disk used
        f.truncate(MAX_BYTES + 1)
    folder = tmp_path / "scans"
    folder.mkdir()
    unreadable = a_file(tmp_path, "locked.pdf", 100)
    make_unreadable(unreadable, monkeypatch)
    gone = tmp_path / "gone.pdf"
    assert refused(sample_db, "partnership", pid, [good, empty, big, folder, unreadable, gone]) == [
        "'empty.pdf' is empty (0 bytes): there is nothing in it to keep. Scan or save it "
        "again, then attach it.",
        "'big.pdf' is 25 MB, over the limit of 25 MB a document; save it smaller (a scan at "
        "a lower resolution) or in parts, then attach those.",
        "'scans' is a folder; attach the files in it instead.",
        "'locked.pdf' could not be read: you may not open it. Ask its owner for access, or "
        "copy it somewhere you may read it, then attach the copy.",
        "'gone.pdf' is no longer there: it was moved, renamed or deleted. Choose it again "
        "from where it is now.",
        "None of the 6 files was attached.",
    ]


def test_a_file_that_vanishes_while_others_are_stored_leaves_nothing(sample_db, tmp_path):
    pid = norfolk_records(sample_db)["partnership"]
    first, second, third = (a_file(tmp_path, f"{n}.pdf", 40_000, seed=n) for n in (1, 2, 3))

    def meanwhile(done, total, message):
        if message == "Stored 2.pdf":  # two are in the transaction: the third goes away
            third.unlink()

    problems = refused(sample_db, "partnership", pid, [first, second, third], Progress(meanwhile))
    assert problems == [
        "'3.pdf' is no longer there: it was moved, renamed or deleted. Choose it again from "
        "where it is now.",
        "None of the 3 files was attached.",
    ]


def test_a_file_that_grows_past_the_limit_after_it_was_chosen(sample_db, tmp_path):
    pid = norfolk_records(sample_db)["partnership"]
    scan = a_file(tmp_path, "scan.pdf", 10)
    chosen = attachment_files.inspect(scan)
    with scan.open("r+b") as f:
        f.truncate(MAX_BYTES + 5)
    with pytest.raises(attachment_files.AttachmentProblem, match="over the limit of 25 MB"):
        attachment_files.read(chosen)
    assert refused(sample_db, "decision", norfolk_records(sample_db)["decision"], [scan])[0] == (
        "'scan.pdf' is 25 MB, over the limit of 25 MB a document; save it smaller (a scan at "
        "a lower resolution) or in parts, then attach those."
    )
    assert pid


def test_a_missing_or_archived_record_is_said_so(sample_db, tmp_path):
    ids = norfolk_records(sample_db)
    scan = a_file(tmp_path, "scan.pdf", 10)
    with pytest.raises(StoreError, match=r"There is no decision number 99999 in the registry\."):
        attachments.attach_files(sample_db, "decision", 99999, [scan])
    from desktop.services.exchanges import archive_exchange

    archive_exchange(sample_db, ids["exchange"])
    assert refused(sample_db, "exchange", ids["exchange"], [scan]) == [
        "That exchange is archived; restore it first (Edit > Restore from archive), then "
        "attach its documents."
    ]


@pytest.mark.sqlite_only("a registry file this user may not write")
def test_a_read_only_registry_file_attaches_nothing(sample_db, tmp_path, monkeypatch):
    path = sample_db.path
    sample_db.close()
    monkeypatch.setattr("desktop.store.file_look.may_write", lambda p: False)
    db = open_database(path)
    try:
        scan = a_file(tmp_path, "scan.pdf", 10)
        assert refused(db, "partnership", 1, [scan]) == [
            f"Nothing can be attached: the file {path} is read-only for you (you see the "
            "registry as it was when opened; open it again to see later changes)."
        ]
    finally:
        db.close()


def test_a_server_that_only_allows_reading_attaches_nothing(sample_db, tmp_path, backend, request):
    if backend != "postgresql":
        pytest.skip("a server's setting (the file's own case is the test above)")
    postgres = request.getfixturevalue("postgres")
    name = sample_db.url.database
    sample_db.close()
    with postgres.admin.connect() as conn:
        conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    db = open_database(target(sample_db))
    try:
        scan = a_file(tmp_path, "scan.pdf", 10)
        assert refused(db, "partnership", 1, [scan]) == [
            "Nothing can be attached: the database server only allows reading."
        ]
        with pytest.raises(attachments.AttachmentRefused, match="Nothing can be detached"):
            attachments.detach(db, 1)
    finally:
        db.close()
        with postgres.admin.connect() as conn:
            conn.exec_driver_sql(f'ALTER DATABASE "{name}" RESET default_transaction_read_only')


def test_saving_a_partnerships_documents_twice_adds_only_new_ones(sample_db, tmp_path):
    ids = norfolk_records(sample_db)
    one = a_file(tmp_path, "letter.pdf", 700, seed=1)
    attachments.attach_files(sample_db, "decision", ids["decision"], [one])
    other = tmp_path / "other"
    other.mkdir()
    two = a_file(other, "letter.pdf", 900, seed=2)  # another letter of the same name
    attachments.attach_files(sample_db, "exchange", ids["exchange"], [two])
    out = tmp_path / "out"
    out.mkdir()
    (out / "letter.pdf").write_bytes(b"a clerk's own file, not ours")
    first = attachments.save_partnership_documents(sample_db, ids["partnership"], out)
    assert [(s.path.name, s.already_there) for s in first] == [
        ("letter (2).pdf", False),
        ("letter (3).pdf", False),
    ]
    assert (out / "letter.pdf").read_bytes() == b"a clerk's own file, not ours"
    assert (out / "letter (2).pdf").read_bytes() == one.read_bytes()
    assert (out / "letter (3).pdf").read_bytes() == two.read_bytes()
    again = attachments.save_partnership_documents(sample_db, ids["partnership"], out)
    assert [(s.path.name, s.already_there) for s in again] == [
        ("letter (2).pdf", True),
        ("letter (3).pdf", True),
    ]
    assert sorted(p.name for p in out.iterdir()) == [
        "letter (2).pdf",
        "letter (3).pdf",
        "letter.pdf",
    ]


def test_check_names_a_document_whose_details_another_program_changed(sample_db, tmp_path):
    from desktop.store.domain_check import out_of_domain

    ids = norfolk_records(sample_db)
    (line,) = attachments.attach_files(
        sample_db, "partnership", ids["partnership"], [a_file(tmp_path, "letter.pdf", 10)]
    )
    with outside_connection(sample_db) as conn:
        conn.execute(sa.text("UPDATE attachment SET name = 'let\x01ter.pdf' WHERE id = :i"),
                     {"i": line.id})  # fmt: skip
        conn.commit()
        found = [p.describe() for p in out_of_domain(conn)]
    assert found == [
        f"attachment {line.id} (let\\x01ter.pdf): name is 'let\\x01ter.pdf', which holds a "
        "control character (not text)"
    ]
