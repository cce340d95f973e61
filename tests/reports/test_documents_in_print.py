"""The printed profile and the briefing workbook list each record's documents: name,
kind, size, date, and which record keeps it; never their content. A detached document,
or one under an archived decision, is not listed."""

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from desktop.reports.briefing_workbook import export_briefing
from desktop.reports.documents import builders
from desktop.reports.pdf import PageSetup, write_pdf
from desktop.services import attachments
from desktop.store.queries import RecordFilter
from tests.pdf_reading import page_texts
from tests.services.documents_on_file import a_file, norfolk_records

SETUP = PageSetup(paper="A4", office="Office of International Relations")


@pytest.fixture(autouse=True)
def _qt(qapp):  # QTextDocument and QPdfWriter need a Qt application, even headless
    return qapp


@pytest.fixture
def norfolk_with_documents(sample_db, tmp_path):
    ids = norfolk_records(sample_db)
    attach = attachments.attach_files
    attach(
        sample_db,
        "partnership",
        ids["partnership"],
        [a_file(tmp_path, "Agreement 1992.pdf", 1_300_000)],
    )
    attach(
        sample_db,
        "decision",
        ids["decision"],
        [a_file(tmp_path, "Letter <Inscoe> & co.docx", 48 * 1024)],
    )
    (photo,) = attach(
        sample_db, "exchange", ids["exchange"], [a_file(tmp_path, "=cmd|calc.jpg", 700)]
    )
    (gone,) = attach(sample_db, "exchange", ids["exchange"], [a_file(tmp_path, "draft.pdf", 10)])
    attachments.detach(sample_db, gone.id)
    return ids, photo  # fmt: skip


def test_the_profile_lists_the_documents_of_the_partnership_and_its_records(
    sample_db, norfolk_with_documents, tmp_path
):
    ids, _ = norfolk_with_documents
    out = tmp_path / "profile.pdf"
    write_pdf(builders.build_profile(sample_db, ids["partnership"], date(2022, 3, 2)), out, SETUP)
    text = " ".join(page_texts(out))
    documents = text[text.index("Documents Document Kind Size Attached Kept with") :]
    today = f"{date.today().day} {date.today():%B %Y}"
    for expected in (
        f"Agreement 1992.pdf PDF document 1.2 MB {today} Partnership",
        f"Letter <Inscoe> & co.docx Word document 48 KB {today} Decision: Reaffirm/continue, "
        "28 February 2022",
        f"=cmd|calc.jpg JPEG image 700 bytes {today} Exchange: Old Dominion University",
    ):
        assert expected in documents, documents
    assert "draft.pdf" not in text  # detached


def test_the_briefing_workbook_has_a_documents_sheet(sample_db, norfolk_with_documents, tmp_path):
    ids, photo = norfolk_with_documents
    path = tmp_path / "briefing.xlsx"
    export_briefing(sample_db, path, RecordFilter(as_of=date(2022, 3, 2), country="RU"))
    ws = load_workbook(path)["Documents"]
    header, *rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert header == [
        "Partnership ID", "Local community", "Partner community", "Kept with", "Document",
        "Kind", "Size (bytes)", "Attached", "Attached by", "SHA-256",
    ]  # fmt: skip
    assert [r[:7] for r in rows] == [
        [ids["partnership"], "Norfolk", "Kaliningrad", "Partnership", "Agreement 1992.pdf",
         "PDF document", 1_300_000],
        [ids["partnership"], "Norfolk", "Kaliningrad",
         "Decision: Reaffirm/continue, 28 February 2022", "Letter <Inscoe> & co.docx",
         "Word document", 48 * 1024],
        [ids["partnership"], "Norfolk", "Kaliningrad",
         "Exchange: Old Dominion University and Norfolk Public Schools visits to Kaliningrad",
         "=cmd|calc.jpg", "JPEG image", 700],
    ]  # fmt: skip
    assert rows[2][9] == photo.sha256
    assert isinstance(rows[0][7], datetime) and rows[0][7].date() == date.today()
    # A name that looks like a formula stays text.
    assert ws.cell(4, 5).data_type == "s" and ws.cell(4, 5).quotePrefix
    # A selection without those partnerships lists none of their documents.
    other = tmp_path / "other.xlsx"
    export_briefing(sample_db, other, RecordFilter(as_of=date(2022, 3, 2), country="JP"))
    assert load_workbook(other)["Documents"].max_row == 1


def test_documents_of_an_archived_decision_are_not_listed(
    sample_db, norfolk_with_documents, tmp_path
):
    from desktop.services.decisions import archive_decision

    ids, _ = norfolk_with_documents
    archive_decision(sample_db, ids["decision"])
    path = tmp_path / "briefing.xlsx"
    export_briefing(sample_db, path, RecordFilter(as_of=date(2022, 3, 2), country="RU"))
    names = [r[4] for r in load_workbook(path)["Documents"].iter_rows(min_row=2, values_only=True)]
    assert names == ["Agreement 1992.pdf", "=cmd|calc.jpg"]
    assert [d.name for d in attachments.partnership_documents(sample_db, ids["partnership"])] == [
        "Agreement 1992.pdf",
        "=cmd|calc.jpg",
    ]
