"""What a document may be and how it reads: the limit, its kind from its name, its size."""

from desktop.domain.attachments import (
    MAX_BYTES,
    NAME_LENGTH,
    describe_size,
    kind_label,
    kind_of,
    size_problem,
    stored_name,
)


def test_the_kind_comes_from_the_name_whatever_its_case():
    assert kind_of("Resolution 22-14.PDF") == "application/pdf"
    assert kind_label(kind_of("letter.docx")) == "Word document"
    assert kind_label(kind_of("minutes.eml")) == "E-mail message"
    assert kind_label(kind_of("signing.JPEG")) == "JPEG image"
    assert kind_of("scan.xyz") == "application/octet-stream"
    assert kind_label(kind_of("scan.xyz"), "scan.xyz") == ".xyz file"
    assert kind_label(kind_of("README"), "README") == "File"


def test_sizes_read_as_a_file_manager_says_them():
    assert [describe_size(n) for n in (1, 312, 48 * 1024, 1_300_000, MAX_BYTES)] == [
        "1 byte",
        "312 bytes",
        "48 KB",
        "1.2 MB",
        "25 MB",
    ]


def test_an_empty_file_and_one_over_the_limit_are_refused_in_one_sentence_each():
    assert size_problem("scan.pdf", 1) is None
    assert size_problem("scan.pdf", MAX_BYTES) is None
    assert size_problem("scan.pdf", 0) == (
        "'scan.pdf' is empty (0 bytes): there is nothing in it to keep. Scan or save it "
        "again, then attach it."
    )
    assert size_problem("scan.pdf", MAX_BYTES + 1) == (
        "'scan.pdf' is 25 MB, over the limit of 25 MB a document; save it smaller (a scan "
        "at a lower resolution) or in parts, then attach those."
    )


def test_a_name_keeps_its_extension_and_loses_its_folder_and_control_characters():
    assert stored_name("C:\\Scans\\resolution.pdf") == "resolution.pdf"
    assert stored_name("line\nbreak.pdf") == "line_break.pdf"
    long = stored_name("x" * 400 + ".pdf")
    assert len(long) == NAME_LENGTH and long.endswith(".pdf")
