"""Text that a spreadsheet would run: OWASP's list of leading characters that make Excel or
LibreOffice read a cell as a formula or a command. One list for every output we make."""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def as_plain_text(text: str) -> str:
    """For CSV and the clipboard, where no cell type can be set: a leading apostrophe makes
    Excel keep '=HYPERLINK(...)' as the text it is (and shows no apostrophe)."""
    return "'" + text if looks_like_formula(text) else text
