"""A full disk or a read-only folder while exporting the briefing or saving a PDF: a plain
message, no half file, and last week's file of the same name untouched. On a real small
file system, so the failure is the operating system's own."""

from datetime import date

import pytest

from desktop.reports.atomic import DestinationError
from desktop.reports.briefing_workbook import export_briefing
from desktop.reports.documents.builders import build_list
from desktop.reports.pdf import PageSetup, write_pdf
from desktop.store.queries import RecordFilter

LAST_WEEK = b"last week's file, which must survive"


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def only_files(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != "filler.bin")


def test_briefing_onto_a_full_disk(sample_db, small_disk):
    target = small_disk.root / "briefing.xlsx"
    target.write_bytes(LAST_WEEK)
    small_disk.fill(leave=8 * 1024)
    with pytest.raises(DestinationError) as failure:
        export_briefing(sample_db, target, RecordFilter(as_of=date(2026, 12, 1)))
    assert str(failure.value) == (
        f"The disk holding {small_disk.root} is full, so briefing.xlsx was not written. An "
        "earlier file of that name is unchanged. Free some space or choose another place, "
        "and try again."
    )
    assert target.read_bytes() == LAST_WEEK
    assert only_files(small_disk.root) == ["briefing.xlsx"]
    small_disk.free()
    export_briefing(sample_db, target, RecordFilter(as_of=date(2026, 12, 1)))
    assert target.read_bytes()[:2] == b"PK"


def test_pdf_onto_a_full_disk(sample_db, small_disk):
    target = small_disk.root / "list.pdf"
    target.write_bytes(LAST_WEEK)
    document = build_list(sample_db, RecordFilter(as_of=date(2026, 12, 1)))
    small_disk.fill(leave=16 * 1024)  # room for a start, not for the whole PDF
    with pytest.raises(DestinationError, match=r"is full, so list\.pdf was not written"):
        write_pdf(document, target, PageSetup())
    assert target.read_bytes() == LAST_WEEK
    assert only_files(small_disk.root) == ["list.pdf"]
    small_disk.free()
    assert write_pdf(document, target, PageSetup()) >= 2
    assert target.read_bytes().rstrip().endswith(b"%%EOF")


def test_export_into_a_read_only_folder(sample_db, small_disk):
    small_disk.read_only()
    try:
        with pytest.raises(DestinationError, match="You may not write in"):
            export_briefing(sample_db, small_disk.root / "briefing.xlsx", RecordFilter())
    finally:
        small_disk.read_only(False)
