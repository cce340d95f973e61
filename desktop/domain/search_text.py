"""How the search boxes compare text: case and accents aside, on SQLite and PostgreSQL alike.

"Besancon" finds Besançon, "coyoacan" Coyoacán, "ÉVIAN" Évian-les-Bains and "москва" Москва.
Neither database can fold accents the same way as the other (SQLite's LIKE folds A-Z only;
PostgreSQL's unaccent is an extension with rules of its own), so the folding is done here,
once: the typed text is folded when searched, and a record's searched text when saved, into
a `<column>_folded` copy beside it (store/models.py). Text that is plain ASCII, as most of
an English-speaking registry is, needs no copy: LIKE and ILIKE already ignore its case, and
folding it would change nothing else. So the copy is kept only for text that has letters
beyond ASCII, and a search compares `coalesce(copy, text)` with the folded words.
"""

import unicodedata

# Letters that carry their mark in the letter itself, not as a combining accent, so
# Unicode's decomposition leaves them alone: Łódź, Tromsø, Đakovo, Kırıkkale, Æbeltoft.
WHOLE_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
        "Ð": "D",
    }
)


def fold_for_search(text: str) -> str:
    """'Besançon' -> 'besancon', 'ŁÓDŹ' -> 'lodz', 'Straße' -> 'strasse'. Plain ASCII text
    only loses its capitals (nothing else: spaces and punctuation stay as typed)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(WHOLE_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold()


def folded_copy(text: str | None) -> str | None:
    """What a searched column's `_folded` copy holds: the folded text, or None when the
    text is plain ASCII (then the text itself is what the search compares)."""
    if text is None or text.isascii():
        return None
    return fold_for_search(text)
