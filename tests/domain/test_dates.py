import contextlib
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import DateError, PartialDate, format_partial, parse_day, parse_partial
from desktop.domain.enums import DatePrecision as P


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1992", PartialDate(date(1992, 1, 1), P.YEAR)),
        ("March 2020", PartialDate(date(2020, 3, 1), P.MONTH)),
        ("Mar. 2020", PartialDate(date(2020, 3, 1), P.MONTH)),
        ("2020-03", PartialDate(date(2020, 3, 1), P.MONTH)),
        ("2022-02-28", PartialDate(date(2022, 2, 28), P.DAY)),
        ("28/02/2022", PartialDate(date(2022, 2, 28), P.DAY)),
        ("28 February 2022", PartialDate(date(2022, 2, 28), P.DAY)),
        ("February 28, 2022", PartialDate(date(2022, 2, 28), P.DAY)),
        (44620, PartialDate(date(2022, 2, 28), P.DAY)),  # an Excel serial number
        (datetime(2022, 2, 28, 9, 30), PartialDate(date(2022, 2, 28), P.DAY)),
        ("unknown", PartialDate(None, P.UNKNOWN)),
        ("", None),
        (None, None),
    ],
)
def test_dates_as_people_write_them(text, expected):
    assert parse_partial(text) == expected


def test_month_first_offices_read_slashes_the_other_way():
    assert parse_partial("02/28/2022", day_first=False).value == date(2022, 2, 28)
    with pytest.raises(DateError, match="not a real date"):
        parse_partial("02/28/2022", day_first=True)


@pytest.mark.parametrize("text", ["30 February 2022", "Smarch 2020", "tomorrow", "92", "1/2/3"])
def test_unreadable_dates_say_what_to_type(text):
    with pytest.raises(DateError) as error:
        parse_partial(text)
    assert "'" in str(error.value)


def test_a_decision_date_needs_the_day():
    with pytest.raises(DateError, match="needs a day"):
        parse_day("March 2022")
    assert parse_day("1 March 2022") == date(2022, 3, 1)


def test_dates_print_at_their_precision():
    assert format_partial(parse_partial("1992")) == "1992"
    assert format_partial(parse_partial("2020-03")) == "March 2020"
    assert format_partial(parse_partial("2022-03-01")) == "1 March 2022"
    assert format_partial(PartialDate.unknown()) == "date unknown"


def test_a_year_runs_to_its_last_day():
    assert parse_partial("1992").end == date(1992, 12, 31)
    assert parse_partial("February 2024").end == date(2024, 2, 29)


@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)),
    st.sampled_from([P.YEAR, P.MONTH, P.DAY]),
)
def test_what_is_printed_reads_back_the_same(day, precision):
    if precision is P.YEAR:
        day = day.replace(month=1, day=1)
    elif precision is P.MONTH:
        day = day.replace(day=1)
    original = PartialDate(day, precision)
    assert parse_partial(format_partial(original)) == original


@given(st.text(max_size=30))
def test_any_text_either_parses_or_gives_a_date_error(text):
    with contextlib.suppress(DateError):
        parse_partial(text)
