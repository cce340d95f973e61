"""Counted words through Qt's %n plural forms: "1 page", "2 pages"; "1 decision".

Each text is looked up in the context "Plurals" of the installed translations; English's
own forms come from desktop/resources/translations/sister_cities_en.ts (without it Qt would show
"1 page(s)"). A new counted text goes there too: tests/ui/test_words.py checks that every
one has its forms.
"""

from PySide6.QtCore import QCoreApplication

CONTEXT = "Plurals"


def plural(text: str, n: int) -> str:
    """`text` with %n replaced by `n` (grouped: 1,234), in the form `n` takes."""
    translated = QCoreApplication.translate(CONTEXT, text, None, n)
    return translated.replace(str(n), f"{n:,}", 1) if n >= 1000 else translated


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
