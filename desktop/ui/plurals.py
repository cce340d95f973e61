"""Counted words through Qt's %n plural forms: "1 page", "2 pages"; "1 decision".

Each text is looked up in the context "Plurals" of the installed translations; English's
own forms come from desktop/resources/translations/sister_cities_en.ts (without it Qt would
show "1 page(s)"). pyside6-lupdate takes a text for a counted one only where the count is
written as a number, so every text given to `plural` is declared once in `_declared`
(tests/ui/test_translations.py checks that none is missing).
"""

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "Plurals"


def plural(text: str, n: int) -> str:
    """`text` with %n replaced by `n` (grouped as the locale writes it: 1,234; 1.234), in
    the form `n` takes."""
    translated = QCoreApplication.translate(CONTEXT, text, None, n)
    return translated.replace(str(n), grouped(n), 1) if n >= 1000 else translated


def grouped(n: int) -> str:
    """1,234 in English (and where no language is installed), 1.234 in German."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return f"{n:,}"
    return locale.toString(n)


def counted(noun: str, n: int) -> str:
    """'1 partnership', '12 decisions': a list's records counted, by the list's noun."""
    if noun == "partnerships":
        return plural("%n partnership(s)", n)
    if noun == "exchanges":
        return plural("%n exchange(s)", n)
    if noun == "decisions":
        return plural("%n decision(s)", n)
    if noun == "communities":
        return plural("%n community(ies)", n)
    return plural("%n item(s) needing attention", n)


def _declared() -> tuple[str, ...]:  # never called: read by pyside6-lupdate
    return (
        QCoreApplication.translate("Plurals", "%n community(ies)", None, 2),
        QCoreApplication.translate("Plurals", "%n community(ies) without coordinates", None, 2),
        QCoreApplication.translate("Plurals", "%n decision(s)", None, 2),
        QCoreApplication.translate("Plurals", "%n exchange(s)", None, 2),
        QCoreApplication.translate("Plurals", "%n item(s) need(s) attention as of %1", None, 2),
        QCoreApplication.translate("Plurals", "%n item(s) needing attention", None, 2),
        QCoreApplication.translate(
            "Plurals", "%n not drawn: a community has no coordinates", None, 2
        ),
        QCoreApplication.translate(
            "Plurals",
            "%n not in the offline city table: type their coordinates in the community's form.",
            None,
            2,
        ),
        QCoreApplication.translate("Plurals", "%n partnership(s)", None, 2),
        QCoreApplication.translate("Plurals", "%n partnership(s) drawn", None, 2),
        QCoreApplication.translate("Plurals", "%n partnership(s) shown", None, 2),
        QCoreApplication.translate("Plurals", "%n timeline entry(ies)", None, 2),
        QCoreApplication.translate(
            "Plurals", "%n with several possible places: double-click to choose.", None, 2
        ),
        QCoreApplication.translate("Plurals", ", including %n archived", None, 2),
        QCoreApplication.translate("Plurals", "Coordinates filled for %n community(ies).", None, 2),
        QCoreApplication.translate("Plurals", "Looking up %n community(ies)...", None, 2),
        QCoreApplication.translate("Plurals", "Saved %1 (%n page(s)).", None, 2),
        QCoreApplication.translate("Plurals", "The selection holds %n partnership(s)", None, 2),
        QCoreApplication.translate("Plurals", "%n position(s)", None, 2),
        QCoreApplication.translate(
            "Plurals",
            "This community still has %n partnership(s); archive its partnerships first.",
            None,
            2,
        ),
    )
