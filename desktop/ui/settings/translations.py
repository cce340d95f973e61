"""The app's translations, installed once at start: the language Edit > Settings >
Language and dates names, else the computer's (QLocale), else English.

sister_cities_<language>.qm (built from the .ts beside it by `python3 dev.py`) holds the
app's texts; Qt's own qtbase_<language>.qm the standard buttons' (OK, Cancel). The texts
written below ui/ (rules, the vocabularies' labels) are translated through
domain/words.py, which is handed Qt's translate here.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain import words

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
# What Edit > Settings offers; a .qm for each but English's own plurals.
LANGUAGES = {"en": "English", "de": "Deutsch"}


def chosen_language(setting: str, locale: QLocale | None = None) -> str:
    """The language to show: the setting's, else the locale's when the app has it, else 'en'."""
    if setting in LANGUAGES:
        return setting
    language = (locale or QLocale()).name().split("_")[0]
    return language if language in LANGUAGES else "en"


def install(
    app: QCoreApplication, locale: QLocale | None = None, language: str | None = None
) -> QTranslator | None:
    """Load the translation of `language` (default: the Settings' choice, else the locale's);
    None if there is none. Dates and numbers then follow that language's conventions."""
    if language is None:
        from desktop.settings import LANGUAGE, Settings

        language = Settings().get(LANGUAGE)
    chosen = chosen_language(language, locale)
    if language == chosen and chosen != (locale or QLocale()).name().split("_")[0]:
        QLocale.setDefault(QLocale(chosen))  # a language other than the computer's, chosen
    language = chosen
    translator = QTranslator(app)
    if not translator.load(str(FOLDER / f"sister_cities_{language}.qm")):
        return None
    app.installTranslator(translator)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
    words.use(QCoreApplication.translate, _grouped, _month_name)
    return translator


def uninstall(app: QCoreApplication, translator: QTranslator) -> None:
    """Back to English (tests that look at one language and then another)."""
    app.removeTranslator(translator)
    words.use(None)
    QLocale.setDefault(QLocale("en_US"))


def _grouped(n: int) -> str:
    from desktop.ui.plurals import grouped

    return grouped(n)


def _month_name(month: int) -> str:
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
