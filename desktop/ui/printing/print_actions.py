"""File > Print..., Print preview and Save as PDF, for whatever the window asks to print.

The window passes `build`: a function of a Progress that gathers the records and returns the
PrintableDocument. It runs in a worker with a progress dialog the clerk can cancel; the
print and preview dialogs, and painting on a printer, stay on the GUI thread. A PDF is
written in the worker too, whole or not at all.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.reports.atomic import atomic_output
from desktop.reports.pdf import (
    PageSetup,
    PrintableDocument,
    paper_or_default,
    prepare,
    render,
    write_pdf,
)
from desktop.services.progress import Progress
from desktop.settings import OFFICE_NAME, PAPER_SIZE, Settings
from desktop.store.errors import StoreError
from desktop.ui.file_dialogs import PDF, PICTURE, ask_save_path
from desktop.ui.plurals import plural
from desktop.ui.worker import Worker, run_with_progress

Build = Callable[[Progress], PrintableDocument]
EXPECTED = (OSError, ValueError, StoreError)


def page_setup(settings: Settings) -> PageSetup:
    """The office name and paper from the settings; paper from the locale when unset."""
    paper = paper_or_default(settings.get(PAPER_SIZE), QLocale.system().name())
    return PageSetup(paper=paper, office=settings.get(OFFICE_NAME))


def print_document(parent: QWidget, build: Build, setup: PageSetup) -> Worker:
    """Build the document, then offer the print dialog and print it."""

    def on_built(document: PrintableDocument) -> None:
        printer = _printer_for(document, setup)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("PrintActions", "Print %1").replace(
                "%1", str(document.title)
            )
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            _paint(parent, document, printer, setup)

    return _in_worker(
        parent,
        build,
        QCoreApplication.translate("PrintActions", "Preparing the document..."),
        on_built,
    )


def preview_document(parent: QWidget, build: Build, setup: PageSetup) -> Worker:
    """Build the document, then show it in the print preview (which can print it)."""

    def on_built(document: PrintableDocument) -> None:
        printer = _printer_for(document, setup)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("PrintActions", "Print preview: %1").replace(
                "%1", str(document.title)
            )
        )
        screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
        dialog.resize(int(screen.width() * 0.7), int(screen.height() * 0.85))  # pages legible
        dialog.paintRequested.connect(lambda device: render(document, device, setup))
        dialog.exec()

    return _in_worker(
        parent,
        build,
        QCoreApplication.translate("PrintActions", "Preparing the preview..."),
        on_built,
    )


def save_pdf(
    parent: QWidget,
    build: Build,
    suggested_name: str,
    setup: PageSetup,
    on_saved: Callable[[str], None] | None = None,
    *,
    settings: Settings | None = None,
) -> Worker | None:
    """Ask where (in the folder last used for PDFs), then build and write the PDF in the
    worker. None if the clerk cancels."""
    chosen = ask_save_path(
        parent,
        settings,
        PDF,
        title=QCoreApplication.translate("PrintActions", "Save as PDF"),
        name=suggested_name,
        filter=QCoreApplication.translate("PrintActions", "PDF files (*.pdf)"),
        suffix=".pdf",
    )
    if chosen is None:
        return None
    path = str(chosen)

    def work(progress: Progress) -> str:
        document = build(progress)
        pages = write_pdf(document, path, setup, progress)
        return plural("Saved %1 (%n page(s)).", pages).replace("%1", path)

    def on_saved_message(message: str) -> None:
        if on_saved is not None:
            on_saved(message)

    return _in_worker(
        parent,
        work,
        QCoreApplication.translate("PrintActions", "Writing the PDF..."),
        on_saved_message,
    )


def save_png(
    parent: QWidget,
    make_png: Callable[[Progress], bytes],
    suggested_name: str,
    on_saved: Callable[[str], None] | None = None,
    *,
    settings: Settings | None = None,
) -> Worker | None:
    """Ask where, then draw the picture and write it, whole or not at all, in the worker."""
    chosen = ask_save_path(
        parent,
        settings,
        PICTURE,
        title=QCoreApplication.translate("PrintActions", "Save as PNG"),
        name=suggested_name,
        filter=QCoreApplication.translate("PrintActions", "PNG pictures (*.png)"),
        suffix=".png",
    )
    if chosen is None:
        return None

    def work(progress: Progress) -> str:
        data = make_png(progress)
        with atomic_output(chosen) as temp:
            temp.write_bytes(data)
        return QCoreApplication.translate("PrintActions", "Saved %1.").replace("%1", str(chosen))

    return _in_worker(
        parent,
        work,
        QCoreApplication.translate("PrintActions", "Writing the picture..."),
        on_saved or (lambda _m: None),
    )


def _printer_for(document: PrintableDocument, setup: PageSetup) -> QPrinter:
    """The printer the print and preview dialogs start from: the office's paper and
    margins, the document's title as the job's name."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare(printer, setup)
    printer.setDocName(document.title)
    return printer


def _in_worker(parent: QWidget, work, label: str, on_finished) -> Worker:
    return run_with_progress(
        parent,
        work,
        title=QCoreApplication.translate("PrintActions", "Printing"),
        label=label,
        on_finished=on_finished,
        failure=QCoreApplication.translate("PrintActions", "Nothing was printed:"),
        expected=EXPECTED,
    )


def _paint(parent: QWidget, document: PrintableDocument, printer: QPrinter, setup: PageSetup):
    try:
        render(document, printer, setup)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PrintActions", "Printing"),
            QCoreApplication.translate("PrintActions", "Nothing was printed: %1").replace(
                "%1", str(exc)
            ),
        )
