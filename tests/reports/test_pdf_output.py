"""The PDF is written whole or not at all; paper follows the setting or the locale."""

from datetime import date

import pytest
from pypdf import PdfReader

from desktop.reports.pdf import (
    PageSetup,
    PrintableDocument,
    default_paper,
    paper_or_default,
    write_pdf,
)
from desktop.services.progress import Cancelled, Progress

LONG = PrintableDocument(
    "Long", "<table><thead><tr><th>N</th></tr></thead>" + "<tr><td>row</td></tr>" * 400 + "</table>"
)


@pytest.fixture(autouse=True)
def _qt(qapp):
    return qapp


def cancel_after(steps: int) -> Progress:
    calls = []
    return Progress(report=lambda *a: calls.append(a), is_cancelled=lambda: len(calls) > steps)


def test_a_cancelled_pdf_leaves_no_file(tmp_path):
    out = tmp_path / "long.pdf"
    with pytest.raises(Cancelled):
        write_pdf(LONG, out, PageSetup(), cancel_after(3))
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_pdf_keeps_the_previous_file_whole(tmp_path):
    out = tmp_path / "long.pdf"
    write_pdf(PrintableDocument("Short", "<p>first</p>"), out, PageSetup())
    before = out.read_bytes()
    with pytest.raises(Cancelled):
        write_pdf(LONG, out, PageSetup(), cancel_after(2))
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["long.pdf"]


def test_a_missing_folder_is_refused_before_any_work(tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        write_pdf(LONG, tmp_path / "nowhere" / "x.pdf", PageSetup())


@pytest.mark.parametrize(("paper", "width_pt"), [("A4", 595), ("Letter", 612)])
def test_paper_size(tmp_path, paper, width_pt):
    out = tmp_path / "p.pdf"
    write_pdf(
        PrintableDocument("T", "<p>x</p>"), out, PageSetup(paper=paper, printed_on=date(2026, 1, 1))
    )
    box = PdfReader(str(out)).pages[0].mediabox
    assert round(float(box.width)) == width_pt


def test_paper_defaults_to_the_locale():
    assert default_paper("en_US") == "Letter"
    assert default_paper("fr_CA.UTF-8") == "Letter"
    assert default_paper("de_DE") == "A4"
    assert default_paper("en_GB") == "A4"
    assert default_paper("") == "A4"
    assert paper_or_default("letter", "de_DE") == "Letter"
    assert paper_or_default(None, "en_US") == "Letter"
