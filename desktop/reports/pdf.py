"""Lay printed summaries out on pages: to a PDF file, a printer or the print preview.

The document's HTML is laid out by QTextDocument at the size of the body of a page (the
page less its header and footer); then each page is painted by hand, so every page gets the
office name and title at the top and "Page N of M" and the print date at the bottom. Table
header rows (<thead>) repeat on every page the table runs onto.
"""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop.domain.dates import format_day
from desktop.domain.words import translate
from desktop.reports.atomic import atomic_output, write_failed
from desktop.reports.documents.html_parts import STYLE_SHEET
from desktop.services.progress import Progress

PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# Where Letter is the office paper (the rest of the world uses A4).
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "SV", "PR", "PA"}
FONT_FAMILY = "DejaVu Sans"
FONT_FOLDER = Path("/usr/share/fonts/truetype/dejavu")
MARGINS_MM = QMarginsF(18, 14, 18, 12)
RESOLUTION = 300  # dots per inch of the PDF's layout grid


@dataclass(frozen=True)
class PrintableDocument:
    """A document ready for the page: its title (header and file metadata) and its HTML."""

    title: str
    html: str


@dataclass(frozen=True)
class PageSetup:
    paper: str = "A4"
    office: str = ""  # the office name in every page header
    printed_on: date = field(default_factory=date.today)


def default_paper(locale_name: str) -> str:
    """'Letter' for 'en_US', 'es_MX', 'fr_CA'...; 'A4' elsewhere."""
    territory = locale_name.replace("-", "_").split(".")[0].split("_")[-1].upper()
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def paper_or_default(paper: str | None, locale_name: str) -> str:
    for name in PAPERS:
        if paper and paper.strip().lower() == name.lower():
            return name
    return default_paper(locale_name)


def prepare(device: QPagedPaintDevice, setup: PageSetup) -> None:
    """Paper and margins on a PDF writer or printer (the print dialog may change them)."""
    layout = QPageLayout(
        QPageSize(PAPERS.get(setup.paper, QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def write_pdf(
    document: PrintableDocument,
    path: Path | str,
    setup: PageSetup,
    progress: Progress | None = None,
) -> int:
    """Write the PDF whole or not at all; returns the number of pages."""
    with atomic_output(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(document.title)
        writer.setCreator("Sister City Registry")
        prepare(writer, setup)
        pages = render(document, writer, setup, progress)
        del writer  # closes the file before it is moved into place
        if not _complete_pdf(temp):
            # QPdfWriter says nothing when a write fails (a full disk): the file ends short.
            raise write_failed(Path(path))
    return pages


def _complete_pdf(path: Path) -> bool:
    """A whole PDF ends with its %%EOF marker (give or take a line end)."""
    with path.open("rb") as f:
        f.seek(0, 2)
        f.seek(max(0, f.tell() - 32))
        return b"%%EOF" in f.read()


def render(
    document: PrintableDocument,
    device: QPagedPaintDevice,
    setup: PageSetup,
    progress: Progress | None = None,
) -> int:
    """Paint the document on `device` page by page; returns the number of pages."""
    progress = progress or Progress()
    ensure_fonts()
    page_width, page_height = device.width(), device.height()
    progress.step(0, 0, translate("Domain", "Laying out the pages"))
    header, footer = _mm(device, 11), _mm(device, 9)
    body = QSizeF(page_width, page_height - header - footer)
    text = _laid_out(document.html, device, body)
    pages = max(1, text.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            translate("Domain", "The printer or PDF file could not be opened for writing.")
        )
    try:
        for index in range(pages):
            progress.step(index, pages, f"Page {index + 1} of {pages}")
            if index:
                device.newPage()
            _header(painter, device, document.title, setup.office, header)
            painter.save()
            painter.translate(0, header - index * body.height())
            top = index * body.height()
            text.drawContents(painter, QRectF(0, top, body.width(), body.height()))
            painter.restore()
            footer_line = f"Printed {format_day(setup.printed_on)}"
            _footer(painter, device, footer_line, f"Page {index + 1} of {pages}", footer)
        progress.step(pages, pages, "Done")
    finally:
        painter.end()
    return pages


def ensure_fonts() -> None:
    """DejaVu covers Cyrillic, Greek and most accented names; register it when the system's
    font configuration does not already offer it."""
    if FONT_FAMILY in QFontDatabase.families():
        return
    for font in sorted(FONT_FOLDER.glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def _font(points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """DejaVu without ligatures: 'Office' must stay six letters in the PDF's text, so a
    search or a copy from the PDF finds it (with the ligature it reads 'O\ufb03ce')."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setWeight(weight)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _mm(device: QPagedPaintDevice, millimetres: float) -> float:
    return millimetres / 25.4 * device.logicalDpiY()


def _laid_out(html: str, device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)  # measure fonts at the device's resolution
    text.setDefaultFont(_font(9))
    text.setDefaultStyleSheet(STYLE_SHEET)
    text.setDocumentMargin(0)
    text.setHtml(html)
    text.setPageSize(body)
    return text


def _header(painter: QPainter, device, title: str, office: str, height: float) -> None:
    width = device.width()
    painter.save()
    painter.setFont(_font(8))
    box = QRectF(0, 0, width, height * 0.6)
    align = Qt.AlignmentFlag.AlignBottom
    if office:
        painter.setFont(_font(8, QFont.Weight.Bold))
        painter.drawText(box, align | Qt.AlignmentFlag.AlignLeft, office)
        painter.setFont(_font(8))
    right = painter.fontMetrics().elidedText(
        title, Qt.TextElideMode.ElideMiddle, int(width * (0.55 if office else 1.0))
    )
    painter.drawText(box, align | Qt.AlignmentFlag.AlignRight, right)
    painter.setPen(QPen(Qt.GlobalColor.gray, _mm(device, 0.2)))
    y = height * 0.7
    painter.drawLine(QPointF(0, y), QPointF(width, y))
    painter.restore()


def _footer(painter: QPainter, device, left: str, right: str, height: float) -> None:
    width, bottom = device.width(), device.height()
    painter.save()
    painter.setPen(QPen(Qt.GlobalColor.gray, _mm(device, 0.2)))
    y = bottom - height * 0.7
    painter.drawLine(QPointF(0, y), QPointF(width, y))
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(_font(8))
    box = QRectF(0, y, width, height * 0.7)
    painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, left)
    painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, right)
    painter.restore()
