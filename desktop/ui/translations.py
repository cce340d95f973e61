"""The app's translations, installed once at start: for now English's plural forms (see
plurals.py); other languages go beside it as sister_cities_<language>.qm."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"


def install(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load the translation for the locale's language, else English's; None if neither."""
    translator = QTranslator(app)
    language = (locale or QLocale()).name().split("_")[0]
    for name in (f"sister_cities_{language}", "sister_cities_en"):
        if translator.load(str(FOLDER / f"{name}.qm")):
            app.installTranslator(translator)
            return translator
    return None
