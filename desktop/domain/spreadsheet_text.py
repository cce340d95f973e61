"""Text that a spreadsheet would run: OWASP's list of leading characters that make Excel or
LibreOffice read a cell as a formula or a command. One list for every output we make.

Their look-alikes count too: the full-width '＝＋－＠' an East Asian keyboard types (which
spreadsheets given Japanese or Chinese input may take as the ASCII ones), the small
forms '﹦﹢﹣﹫', and the minus sign '−'."""

import unicodedata

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
LOOK_ALIKES = ("\u2212",)  # MINUS SIGN: no compatibility form of '-', and a formula's minus


def looks_like_formula(text: str) -> bool:
    if not text:
        return False
    first = text[0]
    return (
        first in FORMULA_START
        or first in LOOK_ALIKES
        or unicodedata.normalize("NFKC", first) in FORMULA_START
    )


def as_plain_text(text: str) -> str:
    """For CSV and the clipboard, where no cell type can be set: a leading apostrophe makes
    Excel keep '=HYPERLINK(...)' as the text it is (and shows no apostrophe)."""
    return "'" + text if looks_like_formula(text) else text
