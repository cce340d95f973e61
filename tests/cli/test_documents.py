"""Source documents on the command line, for offices that scan resolutions in bulk:
`attach` (all files in one transaction, or none), `documents` (list and save), and the
documents carried byte for byte by `copy --to` (SQLite and PostgreSQL, both ways) and by
`backup` and `restore`."""

import sqlite3

import pytest

from desktop.app import main
from desktop.services.registry_copy import copy_registry
from desktop.store.database import open_database
from tests.databases import cli_args
from tests.services.documents_on_file import (
    a_file,
    document_entries,
    norfolk_records,
    sha,
    stored,
)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_attach_several_scans_to_a_decision_then_list_and_save_them(sample_db, tmp_path, capsys):
    ids = norfolk_records(sample_db)
    scans = [a_file(tmp_path, f"Resolution 22-{n}.pdf", 20_000 + n, seed=n) for n in (1, 2, 3)]
    code, out, err = run(
        capsys, *cli_args(sample_db), "attach", "decision", ids["decision"], *scans
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        f"Attached 3 documents to decision {ids['decision']} "
        "(Decision: Reaffirm/continue, 28 February 2022):"
    )
    assert [r[1:4] for r in stored(sample_db)] == [
        (s.name, s.stat().st_size, sha(s.read_bytes())) for s in scans
    ]
    assert len(document_entries(sample_db)) == 3 * 5  # decision, name, kind, size, sha256

    code, out, err = run(capsys, *cli_args(sample_db), "documents", ids["partnership"])
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        f"Documents of partnership {ids['partnership']}, Norfolk, Virginia, United States - "
        "Kaliningrad, Kaliningrad Oblast, Russia:"
    )
    assert lines[1].split() == ["id", "attached", "to", "name", "kind", "size", "attached", "by"]
    assert "Resolution 22-1.pdf" in lines[3] and "PDF document" in lines[3]
    assert "20 KB" in lines[3] and "Decision: Reaffirm/continue, 28 February 2022" in lines[3]

    out_dir = tmp_path / "saved"
    out_dir.mkdir()
    code, out, _ = run(
        capsys, *cli_args(sample_db), "documents", ids["partnership"], "--save", out_dir
    )
    assert code == 0
    assert "Saved 3 documents to " in out and "each checked against its SHA-256" in out
    for scan in scans:
        assert (out_dir / scan.name).read_bytes() == scan.read_bytes()


def test_attach_refuses_every_bad_file_in_one_line_each_and_stores_nothing(
    sample_db, tmp_path, capsys
):
    pid = norfolk_records(sample_db)["partnership"]
    good = a_file(tmp_path, "good.pdf", 10)
    empty = tmp_path / "empty.pdf"
    empty.touch()
    code, out, err = run(
        capsys, *cli_args(sample_db), "attach", "partnership", pid, good, empty, tmp_path / "x.pdf"
    )
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "sister-cities: 'empty.pdf' is empty (0 bytes): there is nothing in it to keep. Scan "
        "or save it again, then attach it.",
        "sister-cities: 'x.pdf' is no longer there: it was moved, renamed or deleted. Choose "
        "it again from where it is now.",
        "sister-cities: None of the 3 files was attached.",
    ]
    assert stored(sample_db) == [] and document_entries(sample_db) == []
    code, _, err = run(capsys, *cli_args(sample_db), "attach", "community", 1, good)
    assert code == 2 and "invalid choice: 'community'" in err
    code, _, err = run(capsys, *cli_args(sample_db), "documents", 99999)
    assert (code, err) == (
        1,
        "sister-cities: There is no partnership number 99999 in the registry.\n",
    )


def test_documents_of_a_partnership_without_any(sample_db, capsys):
    pid = norfolk_records(sample_db)["partnership"]
    code, out, _ = run(capsys, *cli_args(sample_db), "documents", pid)
    assert code == 0
    assert out == (
        f"No documents are attached to partnership {pid} (Norfolk, Virginia, United States - "
        "Kaliningrad, Kaliningrad Oblast, Russia) or its records.\n"
    )


def test_copy_carries_the_documents_byte_for_byte_both_ways(
    sample_db, backend, request, tmp_path, capsys
):
    """On PostgreSQL: server -> file -> server; on SQLite: file -> file -> file."""
    ids = norfolk_records(sample_db)
    scans = [a_file(tmp_path, "letter.pdf", 3_000_000, seed=1)]
    scans += [a_file(tmp_path, f"photo-{n}.jpg", 400_000 + n, seed=n) for n in range(2, 9)]
    for owner, files in (("partnership", scans[:1]), ("exchange", scans[1:5])):
        assert run(capsys, *cli_args(sample_db), "attach", owner, ids[owner], *files)[0] == 0
    assert (
        run(capsys, *cli_args(sample_db), "attach", "decision", ids["decision"], *scans[5:])[0] == 0
    )
    kept = stored(sample_db)
    assert [r[5] for r in kept] == [s.read_bytes() for s in scans]

    as_file = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, *cli_args(sample_db), "copy", "--to", as_file)
    assert code == 0
    assert [line.split() for line in out.splitlines() if line.startswith("attachment")] == [
        ["attachment", "8", "8"],
        ["attachment_content", "8", "8"],
    ]
    copy = open_database(as_file)
    try:
        assert stored(copy) == kept
    finally:
        copy.close()
    if backend == "postgresql":  # an empty database of its own on the server
        destination = request.getfixturevalue("blank_database")
    else:
        destination = tmp_path / "copy-of-the-copy.sqlite"
    source = open_database(as_file)
    try:
        assert copy_registry(source, destination).complete
    finally:
        source.close()
    again = open_database(destination)
    try:
        assert stored(again) == kept
        assert document_entries(again) == document_entries(sample_db)  # the history too
    finally:
        again.close()


@pytest.mark.sqlite_only("backup and restore work on the registry file")
def test_a_backup_and_its_restore_bring_the_documents_back(sample_db, tmp_path, capsys):
    ids = norfolk_records(sample_db)
    first = a_file(tmp_path, "resolution.pdf", 2_500_000, seed=5)
    assert run(capsys, *cli_args(sample_db), "attach", "decision", ids["decision"], first)[0] == 0
    kept = stored(sample_db)
    path = sample_db.path
    sample_db.close()
    backup = tmp_path / "before.sqlite"
    code, out, _ = run(capsys, "--db", path, "backup", "--to", backup)
    assert code == 0 and "timeline entries, 1 documents, and passed" in out
    # After the backup: the document detached, another attached.
    later = a_file(tmp_path, "later.pdf", 1000, seed=6)
    assert run(capsys, "--db", path, "attach", "partnership", ids["partnership"], later)[0] == 0
    from desktop.services import attachments

    db = open_database(path)
    attachments.detach(db, kept[0][0])
    db.close()
    code, out, _ = run(capsys, "--db", path, "restore", backup)
    assert code == 0, out
    assert "timeline entries, 1 document." in out.splitlines()[0]
    db = open_database(path)
    try:
        assert stored(db) == kept  # attached again, the later one gone, byte for byte
    finally:
        db.close()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT count(*) FROM attachment_content").fetchone() == (1,)
    con.close()
