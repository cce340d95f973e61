"""Property-based tests on reading: whatever a CSV holds comes back as written, in any
encoding and delimiter an office uses; countries and dates follow their rules."""

import csv
import io
import re
from datetime import date

import pycountry
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from desktop.domain.countries import CountryError, country_code
from desktop.domain.dates import EXCEL_EPOCH, DateError, PartialDate, parse_partial
from desktop.domain.enums import DatePrecision
from desktop.services.importing.reading import decode_text, read_table

cell = (
    st.text(
        alphabet=st.characters(categories=("Lu", "Ll", "Nd"), include_characters=" -'.é"),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
rows = st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=15)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(rows, st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig"]))
def test_csv_comes_back_as_written(tmp_path, data, delimiter, encoding):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["City", "Sister city", "Country"])
    writer.writerows(data)
    path = tmp_path / "list.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    table = read_table(path)
    assert table.headers == ["City", "Sister city", "Country"]
    assert table.delimiter == delimiter
    assert [list(values) for _, values in table.rows] == data


# Names as Western lists write them: a capital, small letters, now and then an accent.
western_name = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("ABCDEFGHIJKLMNOPRSTUVWZÅÉÎÖØÆ"),
    st.text(alphabet="abcdefghijklmnoprstuvwyzéèàçñöüøåæß", min_size=2, max_size=12),
).filter(lambda name: not re.search("[^a-zA-Z]{3}", name))


@given(st.lists(western_name, min_size=1, max_size=6).map(", ".join))
def test_western_names_in_windows_1252_are_read_back(text):
    raw = text.encode("cp1252")
    assume(_not_utf8(raw))
    assert decode_text(raw) == (text, "Windows-1252")


def _not_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


@given(st.text(max_size=80))
def test_utf8_text_is_read_back(text):
    assume("\x00" not in text)
    assert decode_text(text.encode("utf-8-sig")) == (text, "UTF-8")


@given(st.sampled_from(list(pycountry.countries)))
def test_every_country_by_name_and_codes(country):
    for text in (country.name, country.alpha_2, country.alpha_3.lower()):
        assert country_code(text) == country.alpha_2


@given(st.text(max_size=30))
@example("PRUSSIA")  # failed before: the message of a state that no longer exists
def test_any_text_is_a_country_or_a_country_error(text):
    try:
        code = country_code(text)
    except CountryError as exc:
        # Says what it read and what it is: "not a country I know", or "a state that no
        # longer exists" for 'Prussia' (which Hypothesis finds among the code's constants).
        assert str(exc).startswith(f"'{text.strip()}' is ")
    else:
        assert len(code) == 2


days = st.dates(min_value=date(1900, 3, 1), max_value=date(2999, 12, 31))


@given(days)
def test_a_day_written_any_way_is_that_day(day):
    for text, day_first in (
        (day.isoformat(), True),
        (f"{day.day:02d}/{day.month:02d}/{day.year}", True),
        (f"{day.month}/{day.day}/{day.year}", False),
        (f"{day.day} {day.strftime('%B')} {day.year}", True),
    ):
        assert parse_partial(text, day_first=day_first) == _day(day)
    serial = (day - EXCEL_EPOCH).days
    if serial > 2999:  # below, a bare number is read as a year (1992), not a serial day
        assert parse_partial(float(serial)) == _day(day)


@given(days)
def test_months_and_years_keep_their_precision(day):
    month = parse_partial(f"{day.strftime('%B')} {day.year}")
    assert (month.value, month.precision) == (day.replace(day=1), DatePrecision.MONTH)
    year = parse_partial(str(day.year))
    assert (year.value, year.precision) == (date(day.year, 1, 1), DatePrecision.YEAR)


@given(st.text(max_size=20))
def test_any_text_is_a_date_or_a_date_error(text):
    try:
        parse_partial(text)
    except DateError as exc:
        assert str(exc)


def _day(day):
    return PartialDate(day, DatePrecision.DAY)
