"""File > Print..., Print preview and Save as PDF, with the dialogs stood in for (never
exec'd in a test): what the clerk gets is the PDF, read back, or no file at all."""

import threading
from datetime import date
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.reports.documents import builders
from desktop.reports.pdf import PageSetup
from desktop.services.progress import Progress
from desktop.settings import OFFICE_NAME, PAPER_SIZE, Settings
from desktop.ui.printing import print_actions
from desktop.ui.worker import running_workers
from tests.pdf_reading import page_texts, sample_partnership_id

SETUP = PageSetup(paper="A4", office="Office of International Relations")


def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def profile_build(db, local="Norfolk", partner="Kaliningrad"):
    return partial(
        builders.build_profile, db, sample_partnership_id(db, local, partner), date(2022, 3, 2)
    )


def choose_file(monkeypatch, path):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def collect_warnings(monkeypatch) -> list[str]:
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    return warnings


def test_save_as_pdf_writes_the_profile(qtbot, sample_db, tmp_path, monkeypatch):
    out = tmp_path / "norfolk-kaliningrad"  # the clerk left the extension off
    choose_file(monkeypatch, out)
    saved = []
    worker = print_actions.save_pdf(
        window(qtbot), profile_build(sample_db), "x.pdf", SETUP, saved.append
    )
    assert worker is not None
    qtbot.waitUntil(lambda: bool(saved), timeout=30000)
    pdf = tmp_path / "norfolk-kaliningrad.pdf"
    assert saved == [f"Saved {pdf} (1 page)."]
    text = page_texts(pdf)[0]
    assert "Status: Active since 1992" in text and "Mayor Kenny Alexander" in text


def test_cancelling_the_file_dialog_does_nothing(qtbot, sample_db, tmp_path, monkeypatch):
    choose_file(monkeypatch, "")
    assert print_actions.save_pdf(window(qtbot), profile_build(sample_db), "x.pdf", SETUP) is None
    assert list(tmp_path.iterdir()) == [tmp_path / "registry.sqlite"] or not list(
        tmp_path.glob("*.pdf")
    )


def test_a_cancelled_pdf_leaves_no_file(qtbot, sample_db, tmp_path, monkeypatch):
    out = tmp_path / "out" / "list.pdf"
    out.parent.mkdir()
    choose_file(monkeypatch, out)
    go = threading.Event()

    def slow_build(progress: Progress):
        go.wait(10)
        progress.step(1, 2, "Reading")  # raises Cancelled: the clerk pressed Cancel
        raise AssertionError("not reached")

    worker = print_actions.save_pdf(window(qtbot), slow_build, "list.pdf", SETUP)
    worker.cancel()
    go.set()
    qtbot.waitUntil(lambda: worker not in running_workers(), timeout=30000)
    assert list(out.parent.iterdir()) == []


def test_a_failure_is_said_plainly_and_leaves_no_file(qtbot, sample_db, tmp_path, monkeypatch):
    out = tmp_path / "out" / "p.pdf"
    out.parent.mkdir()
    choose_file(monkeypatch, out)
    warnings = collect_warnings(monkeypatch)
    build = partial(builders.build_profile, sample_db, 9999, None)
    print_actions.save_pdf(window(qtbot), build, "p.pdf", SETUP)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30000)
    assert warnings == ["Nothing was printed: There is no partnership number 9999 in the registry."]
    assert list(out.parent.iterdir()) == []


class FakePrintDialog:
    """Accepts at once, with the printer pointed at a PDF file (what 'Print to file' does)."""

    output = ""
    shown = []

    def __init__(self, printer, parent=None):
        self.printer = printer

    def setWindowTitle(self, title):
        FakePrintDialog.shown.append(title)

    def exec(self):
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(FakePrintDialog.output)
        return QDialog.DialogCode.Accepted


def test_print_goes_through_the_print_dialog(qtbot, sample_db, tmp_path, monkeypatch):
    FakePrintDialog.output, FakePrintDialog.shown = str(tmp_path / "printed.pdf"), []
    monkeypatch.setattr(print_actions, "QPrintDialog", FakePrintDialog)
    print_actions.print_document(
        window(qtbot), profile_build(sample_db, "Chicago", "Moscow"), SETUP
    )
    qtbot.waitUntil(lambda: bool(FakePrintDialog.shown), timeout=30000)
    assert FakePrintDialog.shown == ["Print Partnership profile: Chicago - Moscow"]
    text = page_texts(tmp_path / "printed.pdf")[0]
    assert "Suspended since 1 March 2022 by Mayor Lori Lightfoot" in text
    assert "Office of International Relations" in text and "Page 1 of 1" in text


class FakePreviewDialog(QObject):
    """Asks for the pages once, as the real preview does when it opens."""

    paintRequested = Signal(object)
    output = ""
    opened = []

    def __init__(self, printer, parent=None):
        super().__init__()
        self.printer = printer

    def setWindowTitle(self, title):
        FakePreviewDialog.opened.append(title)

    def resize(self, *size):
        pass

    def exec(self):
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(FakePreviewDialog.output)
        self.paintRequested.emit(self.printer)
        return 0


def test_preview_paints_the_pages(qtbot, sample_db, tmp_path, monkeypatch):
    FakePreviewDialog.output, FakePreviewDialog.opened = str(tmp_path / "preview.pdf"), []
    monkeypatch.setattr(print_actions, "QPrintPreviewDialog", FakePreviewDialog)
    build = partial(builders.build_calendar, sample_db, 2020)
    print_actions.preview_document(window(qtbot), build, SETUP)
    qtbot.waitUntil(lambda: bool(FakePreviewDialog.opened), timeout=30000)
    assert FakePreviewDialog.opened == ["Print preview: Exchange calendar 2020"]
    assert "Kaliningrad delegation to Norfolk" in page_texts(tmp_path / "preview.pdf")[0]


def test_page_setup_comes_from_the_settings(tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    settings.set(OFFICE_NAME, "Office of International Relations")
    settings.set(PAPER_SIZE, "Letter")
    setup = print_actions.page_setup(settings)
    assert (setup.office, setup.paper) == ("Office of International Relations", "Letter")
    settings.set(PAPER_SIZE, "")
    assert print_actions.page_setup(settings).paper in ("A4", "Letter")  # the locale's
