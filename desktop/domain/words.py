"""Texts a clerk reads that are written below ui/ (rules' messages, the vocabularies'
labels), in the clerk's language when the window has installed one.

domain/ imports no Qt: `translate` and `QT_TRANSLATE_NOOP` here are plain functions that
pyside6-lupdate collects by their names, all in the one context "Domain". Until ui/ hands
over Qt's translate (`use`), as in headless commands and most tests, they give the English
they are given.
"""

import calendar
import re
from collections.abc import Callable

CONTEXT = "Domain"
PLURALS = "Plurals"  # counted texts share ui/plurals.py's context and its declared list

Translate = Callable[[str, str, str | None, int], str]


def _as_written(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """English as written; a counted text in its English form ('1 partnership(s)' as
    '1 partnership', '2 community(ies)' as '2 communities')."""
    if n < 0:
        return text
    one = n == 1
    text = re.sub(r"y\(ies\)", "y" if one else "ies", text)
    text = text.replace("(s)", "" if one else "s")
    return text.replace("%n", str(n))


def _english_grouping(n: int) -> str:
    return f"{n:,}"


def _english_month(month: int) -> str:
    return calendar.month_name[month]


_translate: Translate = _as_written
_group: Callable[[int], str] = _english_grouping
_month: Callable[[int], str] = _english_month


def use(
    translate: Translate | None,
    group: Callable[[int], str] | None = None,
    month_name: Callable[[int], str] | None = None,
) -> None:
    """Translate from now on with `translate` (QCoreApplication.translate), write big
    counts with `group` (the locale's 1.234) and months with `month_name` ('März');
    None: English."""
    global _translate, _group, _month
    _translate = translate or _as_written
    _group = group or _english_grouping
    _month = month_name or _english_month


def number(n: int) -> str:
    """7,142 in English, 7.142 in German."""
    return _group(n)


def month_name(month: int) -> str:
    """'March' (1-12), in the installed language."""
    return _month(month)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language (Qt's signature, so that lupdate finds the call)."""
    return _translate(context, text, disambiguation, n)


def fill(text: str, *args: object) -> str:
    """`text` with %1, %2 ... replaced by `args` in one pass, as Qt's arg() does: an argument
    holding '%2' (a server URL's 'host=%2Ftmp') is left as it is."""
    return re.sub(r"%(\d)", lambda m: _argument(m, args), text)


def _argument(found: re.Match, args: tuple) -> str:
    index = int(found.group(1)) - 1
    return str(args[index]) if 0 <= index < len(args) else found.group(0)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label in a table for translation where it is shown (`translate`)."""
    return text


def counted(text: str, n: int) -> str:
    """'1 row', '3 rows': `text` with %n in the form `n` takes, grouped (1,234) in English.
    Each text is declared in ui/plurals.py, where lupdate learns it is a counted one."""
    shown = _translate(PLURALS, text, None, n)
    return shown.replace(str(n), _group(n), 1) if n >= 1000 else shown
