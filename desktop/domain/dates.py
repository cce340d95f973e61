"""Dates known to a year, a month or a day ("In 1992", "March 2020", "28 February 2022").

A partial date is stored as the first day of its period plus a precision, so it sorts and
compares in SQL like any date, and prints the way the source wrote it.
"""

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.domain.enums import DatePrecision
from desktop.domain.words import fill, month_name, translate

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9

# Excel's day zero for serial numbers (with its 1900 leap-year bug folded in).
EXCEL_EPOCH = date(1899, 12, 30)


class DateError(ValueError):
    """A date a clerk typed that cannot be read; the message says what to type instead."""


@dataclass(frozen=True, order=True)
class PartialDate:
    value: date | None
    precision: DatePrecision

    @classmethod
    def unknown(cls) -> "PartialDate":
        return cls(None, DatePrecision.UNKNOWN)

    @classmethod
    def of(cls, value: date | None, precision: DatePrecision | str | None) -> "PartialDate | None":
        """Rebuild from the two stored columns; None when nothing is stored."""
        if precision is None:
            return None
        known = DatePrecision._value2member_map_.get(precision)  # as cls(precision), quicker
        return cls(value, known if known is not None else DatePrecision(precision))

    @property
    def start(self) -> date | None:
        """First day of the period (the stored value)."""
        return self.value

    @property
    def end(self) -> date | None:
        """Last day of the period: 'in 1992' ends on 31 December 1992."""
        if self.value is None:
            return None
        if self.precision is DatePrecision.YEAR:
            return date(self.value.year, 12, 31)
        if self.precision is DatePrecision.MONTH:
            last = calendar.monthrange(self.value.year, self.value.month)[1]
            return date(self.value.year, self.value.month, last)
        return self.value

    def __str__(self) -> str:
        return format_partial(self)


def format_day(value: date) -> str:
    """'1 March 2022': unambiguous in every English-speaking office ('1. März 2022')."""
    return fill(
        translate("Domain", "%1 %2 %3", "day month year: 1 March 2022"),
        value.day,
        month_name(value.month),
        value.year,
    )


def format_partial(pd: "PartialDate | None") -> str:
    if pd is None:
        return ""
    if pd.precision is DatePrecision.UNKNOWN or pd.value is None:
        return translate("Domain", "date unknown")
    if pd.precision is DatePrecision.YEAR:
        return str(pd.value.year)
    if pd.precision is DatePrecision.MONTH:
        return f"{month_name(pd.value.month)} {pd.value.year}"
    return format_day(pd.value)


def _day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(
            translate("Domain", "'%1' is not a real date (check the day and month)").replace(
                "%1", str(text)
            )
        ) from None


def _check_year(year: int, text: str) -> int:
    # Only four-digit years reach here: '9999-12-31' was told "the year must have four
    # digits". The registry keeps the years 1000 to 2999.
    if not 1000 <= year <= 2999:
        raise DateError(
            fill(
                translate(
                    "Domain",
                    "'%1': the year %2 is outside the years the registry keeps (1000 to 2999)",
                ),
                text,
                year,
            )
        )
    return year


def parse_partial(text: object, *, day_first: bool = True) -> PartialDate | None:
    """Read a date the way people write it; None for an empty cell.

    Accepts 1992, March 2020, Mar 2020, 2020-03, 2022-02-28, 28/02/2022 (or 02/28/2022 when
    `day_first` is off), 28 February 2022, February 28, 2022, "unknown", Python dates and
    datetimes, and Excel serial numbers.
    """
    if text is None:
        return None
    if isinstance(text, datetime):
        return PartialDate(text.date(), DatePrecision.DAY)
    if isinstance(text, date):
        return PartialDate(text, DatePrecision.DAY)
    if isinstance(text, int | float) and not isinstance(text, bool):
        return _from_number(text)
    raw = str(text).strip()
    if not raw:
        return None
    s = " ".join(raw.replace(",", " ").split()).lower()
    if s in {"unknown", "date unknown", "?", "n/a"}:
        return PartialDate.unknown()
    if m := re.fullmatch(r"(\d{4})", s):
        return PartialDate(date(_check_year(int(m[1]), raw), 1, 1), DatePrecision.YEAR)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", s):
        return PartialDate(
            _day(_check_year(int(m[1]), raw), int(m[2]), 1, raw), DatePrecision.MONTH
        )
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        return PartialDate(
            _day(_check_year(int(m[1]), raw), int(m[2]), int(m[3]), raw), DatePrecision.DAY
        )
    if m := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", s):
        a, b = int(m[1]), int(m[2])
        day, month = (a, b) if day_first else (b, a)
        return PartialDate(_day(_check_year(int(m[3]), raw), month, day, raw), DatePrecision.DAY)
    if m := re.fullmatch(r"(\d{1,2})/(\d{4})", s):
        return PartialDate(
            _day(_check_year(int(m[2]), raw), int(m[1]), 1, raw), DatePrecision.MONTH
        )
    if m := re.fullmatch(r"([a-z]+)\.? (\d{4})", s):
        return PartialDate(
            date(_check_year(int(m[2]), raw), _month(m[1], raw), 1), DatePrecision.MONTH
        )
    if m := re.fullmatch(r"(\d{1,2}) ([a-z]+)\.? (\d{4})", s):
        month = _month(m[2], raw)
        return PartialDate(
            _day(_check_year(int(m[3]), raw), month, int(m[1]), raw), DatePrecision.DAY
        )
    if m := re.fullmatch(r"([a-z]+)\.? (\d{1,2}) (\d{4})", s):
        month = _month(m[1], raw)
        return PartialDate(
            _day(_check_year(int(m[3]), raw), month, int(m[2]), raw), DatePrecision.DAY
        )
    if re.fullmatch(r"\d{5}(\.\d+)?", s):  # an Excel serial day that went through text
        return _from_number(float(s))
    raise DateError(
        translate(
            "Domain",
            "'%1' is not a date I can read: write 1992, March 2020, 2022-02-28 or 28/02/2022",
        ).replace("%1", str(raw))
    )


def parse_typed(text: object, *, day_first: bool) -> PartialDate | None:
    """A date a clerk typed in a form: read in the configured order, except that a date
    only one order can read (28/02/2022 where months come first) is read that one way."""
    try:
        return parse_partial(text, day_first=day_first)
    except DateError:
        if not re.fullmatch(r"\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*", str(text or "")):
            raise
        try:
            return parse_partial(text, day_first=not day_first)
        except DateError:
            pass
        raise


def ambiguous_day_and_month(text: object) -> bool:
    """'03/07/2022': either number could be the month, so the reading rests on the order
    configured ('28/02/2022' and '2022-03-07' can be read one way only)."""
    found = re.fullmatch(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*", str(text or ""))
    if not found:
        return False
    first, second = int(found[1]), int(found[2])
    return first != second and first <= 12 and second <= 12


def parse_day(text: object, *, day_first: bool = True) -> date | None:
    """A date that must be known to the day (a decision, a signature)."""
    pd = parse_partial(text, day_first=day_first)
    if pd is None:
        return None
    if pd.precision is not DatePrecision.DAY or pd.value is None:
        raise DateError(
            translate("Domain", "'%1' needs a day as well, for example 28/02/2022").replace(
                "%1", str(text)
            )
        )
    return pd.value


def _month(word: str, raw: str) -> int:
    if word in MONTHS:
        return MONTHS[word]
    raise DateError(fill(translate("Domain", "'%1': '%2' is not a month name"), raw, word))


def _from_number(number: float) -> PartialDate:
    """A bare number is a year (1992) or an Excel serial day number (44620 = 2022-02-28)."""
    if not math.isfinite(number):  # a cell of 1E400 reads as infinity: no year, no day
        raise DateError(
            translate("Domain", "'%1' is neither a year nor a date").replace("%1", str(number))
        )
    if number == int(number) and 1000 <= number <= 2999:
        return PartialDate(date(int(number), 1, 1), DatePrecision.YEAR)
    if 1 <= number < 2958466:  # Excel's last day is 9999-12-31
        return PartialDate(EXCEL_EPOCH + timedelta(days=int(number)), DatePrecision.DAY)
    raise DateError(f"'{number}' is neither a year nor a date")
