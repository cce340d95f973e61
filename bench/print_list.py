"""How long the printed list report takes against Qt's own QTextDocument.print_ on the same
HTML, measured in the same run (a ratio, not a threshold).

    QT_QPA_PLATFORM=offscreen python bench/print_list.py [ROWS]
"""

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

from desktop.domain.dates import PartialDate
from desktop.domain.enums import DatePrecision, PartnershipKind, Status
from desktop.reports.documents.html_parts import STYLE_SHEET
from desktop.reports.documents.list_report import list_document
from desktop.reports.pdf import PageSetup, write_pdf
from desktop.services.documents.list_report import Grouping, ListReport, add_row
from desktop.services.listing import PartnershipRow


def report(rows: int) -> ListReport:
    r = ListReport("Partnerships", ["All partnerships"], Grouping.LOCAL, date(2022, 1, 1))
    for i in range(rows):
        add_row(
            r,
            PartnershipRow(
                i, f"Town {i // 25}", "Ohio", "US", f"Partner {i}", "", "FR",
                PartnershipKind.SISTER_CITY, PartialDate(date(1990, 1, 1), DatePrecision.YEAR),
                Status.ACTIVE,
            ),
        )  # fmt: skip
    return r


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    app = QGuiApplication([])  # noqa: F841
    document = list_document(report(rows))
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        writer = QPdfWriter(f"{folder}/baseline.pdf")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        text = QTextDocument()
        text.setDefaultStyleSheet(STYLE_SHEET)
        text.setHtml(document.html)
        text.print_(writer)
        baseline = time.perf_counter() - start
        del writer
        start = time.perf_counter()
        pages = write_pdf(document, f"{folder}/ours.pdf", PageSetup())
        ours = time.perf_counter() - start
    print(f"{rows:,} rows, {pages} pages")
    print(f"QTextDocument.print_ (no header/footer): {baseline:.2f} s")
    print(f"write_pdf (header, footer, 300 dpi layout): {ours:.2f} s  ratio {ours / baseline:.1f}x")


if __name__ == "__main__":
    main()
