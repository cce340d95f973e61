"""Property-based tests on whatever file a clerk may pick: random bytes under a spreadsheet's
name, text that is almost a CSV, a real workbook with damaged bytes or one part rewritten,
a cell holding anything. Reading and planning either work or say why in one plain message
(ImportFileError for the file, ValidationError for the columns); nothing else escapes, and
planning writes nothing. test_cell_properties.py carries the rows on into the registry."""

import csv
import io
import json
import re
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.domain.validation import ValidationError
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import REJECTED, plan_file
from desktop.services.importing.reading import ImportFileError, peek, read_table, sheet_names
from tests.services.importing.office_lists import HEADERS, row_counts, write_workbook

GOOD = [
    ["Norfolk", "Virginia", "Toulon", "France", 1989, "Sister city"],
    ["Norfolk", "Virginia", "Kaliningrad", "Russia", "March 1992", "Sister city"],
]
SUFFIXES = [".xlsx", ".xlsm", ".csv"]
# One fixture-bound database serves every example: the property includes that reading and
# planning never write, so it stays as it was.
FILES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def good_workbook(tmp_path_factory):
    return write_workbook(tmp_path_factory.mktemp("good") / "good.xlsx", GOOD).read_bytes()


def mapping():
    m = guess_mapping(HEADERS)
    m.defaults["local_country"] = "US"
    return m


def read_every_way(db, path):
    """What the wizard and `sister-cities import` do with a file, each step on its own:
    every one works or raises our error with a message a clerk can read."""
    before = row_counts(db)
    steps = [
        lambda: sheet_names(path),
        lambda: peek(path),
        lambda: read_table(path),
        lambda: read_table(path, header_row=2),
        lambda: plan_file(db, path),
        lambda: plan_file(db, path, mapping=mapping()),
    ]
    for step in steps:
        try:
            step()
        except (ImportFileError, ValidationError) as exc:
            message = str(exc)
            assert message.strip() and "Traceback" not in message
    assert row_counts(db) == before


def workbook_with(good: bytes, part: str, content: bytes) -> bytes:
    """The good workbook with one part of its package replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, content if item.filename == part else src.read(item))
    return out.getvalue()


@FILES
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_random_bytes_under_a_spreadsheet_name(sample_db, tmp_path, data, suffix):
    path = tmp_path / f"list{suffix}"
    path.write_bytes(data)
    read_every_way(sample_db, path)


# Pieces a CSV is made of, and the odd things offices' files hold.
CSV_PIECES = st.sampled_from(
    [",", ";", "\t", "|", '"', "\r", "\n", "\r\n", "\x00", "\x0c", "\x1a", "\x85", "\u2028",
     "\ufeff", " ", "'", "City", "Sister city", "Country", "Year", "Type", "Status", "State",
     "Norfolk", "Toulon", "France", "Russia", "Ghano", "US", "1992", "March 2020",
     "31/02/2022", "-5", "1e400", "nan", "=1+1", "@SUM(A1)", "São Paulo", "Tromsø", "東京",
     "x" * 300]
)  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]


@FILES
@given(
    st.lists(CSV_PIECES, max_size=60).map("".join),
    st.sampled_from(ENCODINGS),
    st.binary(max_size=3),
)
def test_text_that_is_almost_a_csv(sample_db, tmp_path, text, encoding, tail):
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding, errors="replace") + tail)
    read_every_way(sample_db, path)


@FILES
@given(st.data(), st.sampled_from(SUFFIXES))
def test_a_workbook_with_damaged_bytes(sample_db, tmp_path, good_workbook, data, suffix):
    damaged = bytearray(good_workbook)
    for _ in range(data.draw(st.integers(1, 12), label="bytes changed")):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans(), label="truncated"):
        damaged = damaged[: data.draw(st.integers(0, len(damaged)))]
    path = tmp_path / f"list{suffix}"
    path.write_bytes(bytes(damaged))
    read_every_way(sample_db, path)


XML_PIECES = st.sampled_from(
    [
        '<c r="A1" t="s"><v>0</v></c>',
        '<c r="E2"><v>1E400</v></c>',
        '<c r="E2" t="d"><v>2022-13-45</v></c>',
        '<c r="B3" t="b"><v>2</v></c>',
        '<c r="XFD1048576"><v>1</v></c>',
        '<c r="A2" t="e"><v>#N/A</v></c>',
        '<c r="AAAA2"><v>1</v></c>',
        '<c r="C2" t="inlineStr"><is><t>x</t></is></c>',
        '<c r="D2"><f>1+1</f></c>',
        '<c r="D2"><f>1+1</f><v></v></c>',
        '<c r="E2" s="1"><v>99999999</v></c>',
        '<row r="3">',
        '<row r="0">',
        '<row r="1048576">',
        "</row>",
        '<mergeCells><mergeCell ref="A2:A5"/></mergeCells>',
        '<mergeCell ref="A1:ZZ9"/>',
        '<mergeCells><mergeCell ref="A2:XFD1048576"/></mergeCells>',
        '<dimension ref="A1:XFD1048576"/>',
        '<dimension ref="A1:B2"/>',
        "<sheetData>",
        "</sheetData>",
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        "</worksheet>",
        '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>',
        "<si><t>City</t></si>",
        '<cellXfs count="2"><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs>',
        "<!DOCTYPE x [<!ENTITY a 'aa'>]>",
        "&a;",
        "&#x0;",
        "&amp;",
        "<",
        ">",
        '"',
    ]
)


@FILES
@given(st.data())
def test_a_workbook_with_one_part_rewritten(sample_db, tmp_path, good_workbook, data):
    with zipfile.ZipFile(io.BytesIO(good_workbook)) as src:
        part = data.draw(st.sampled_from(src.namelist()), label="part")
        original = src.read(part)
    how = data.draw(st.sampled_from(["bytes", "pieces", "splice"]), label="how")
    pieces = st.lists(XML_PIECES, max_size=12).map("".join).map(str.encode)
    if how == "bytes":
        content = data.draw(st.binary(max_size=300))
    elif how == "pieces":
        content = data.draw(pieces)
    else:  # a stretch of the real XML replaced: mostly still well-formed
        start = data.draw(st.integers(0, len(original)))
        end = data.draw(st.integers(start, len(original)))
        content = original[:start] + data.draw(pieces) + original[end:]
    path = tmp_path / "list.xlsx"
    path.write_bytes(workbook_with(good_workbook, part, content))
    read_every_way(sample_db, path)


NUMBERISH = st.one_of(
    st.from_regex(r"-?[0-9]{0,6}(\.[0-9]{0,4})?([eE][+-]?[0-9]{1,4})?", fullmatch=True),
    st.sampled_from(["inf", "nan", "-0", "1E400", "-1E400", "1e-400", "4.462E4", " 12 "]),
    st.text(max_size=8),
)
CELL_TYPES = ["n", "s", "b", "d", "e", "str", "inlineStr", "", "zz"]


@FILES
@example(column="E", kind="n", style="", value="1E400")  # read as infinity: was OverflowError
@given(
    column=st.sampled_from("ABCDEF"),
    kind=st.sampled_from(CELL_TYPES),
    style=st.sampled_from(["", ' s="0"', ' s="1"', ' s="7"']),
    value=NUMBERISH,
)
def test_a_workbook_with_one_cell_rewritten(
    sample_db, tmp_path, good_workbook, column, kind, style, value
):
    """Row 2's cell in `column` as any type Excel knows (or not) holding anything."""
    with zipfile.ZipFile(io.BytesIO(good_workbook)) as src:
        sheet = src.read("xl/worksheets/sheet1.xml").decode()
    t = f' t="{kind}"' if kind else ""
    inner = f"<is><t>{escape(value)}</t></is>" if kind == "inlineStr" else f"<v>{escape(value)}</v>"
    cell = f'<c r="{column}2"{t}{style}>{inner}</c>'
    sheet = re.sub(rf'<c r="{column}2"[^>]*>.*?</c>', lambda _: cell, sheet, count=1)
    path = tmp_path / "list.xlsx"
    path.write_bytes(workbook_with(good_workbook, "xl/worksheets/sheet1.xml", sheet.encode()))
    read_every_way(sample_db, path)


def test_a_year_too_big_for_a_number_is_a_rejected_row(sample_db, tmp_path, good_workbook):
    """1E400 in a Year cell reads as infinity; it was an OverflowError, now the row is
    rejected at its cell."""
    with zipfile.ZipFile(io.BytesIO(good_workbook)) as src:
        sheet = src.read("xl/worksheets/sheet1.xml").replace(b"<v>1989</v>", b"<v>1E400</v>")
    path = tmp_path / "list.xlsx"
    path.write_bytes(workbook_with(good_workbook, "xl/worksheets/sheet1.xml", sheet))
    plan = plan_file(sample_db, path, mapping=mapping())
    row = plan.rows[0]
    assert (row.row, row.outcome) == (2, REJECTED)
    assert row.reasons() == "Year: 'inf' is neither a year nor a date"


def test_a_quote_never_closed_in_a_long_csv_is_a_plain_message(sample_db, tmp_path):
    """The rest of the file becomes one field, longer than the csv module takes: the
    wizard's first look at the file (peek) let csv.Error escape, where reading the file
    gave a message. The message says where to look."""
    path = tmp_path / "list.csv"
    path.write_text(
        "City,Sister city,Country\n"
        'Norfolk,"Toulon,France\n' + "Norfolk,Kaliningrad,Russia\n" * 6000,
        encoding="utf-8",
    )
    for read in (peek, read_table):
        with pytest.raises(
            ImportFileError,
            match=r"list\.csv has a cell of more than 100,000 characters \(in the row that "
            r"begins at line 2\)",
        ):
            read(path)


NAME = st.text(
    alphabet=st.characters(categories=("Lu", "Ll"), include_characters=" -'.ãéøß東京"),
    min_size=1,
    max_size=12,
).filter(str.strip)


@settings(max_examples=12, deadline=None)
@example(row=["Norfolk", "São Paulo", "Brazil"], padding=3, encoding="utf-8")  # cut in 'ã'
@given(
    row=st.lists(NAME, min_size=3, max_size=3),
    padding=st.integers(0, 3),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be"]),
)
def test_the_first_look_at_a_long_csv_shows_its_first_rows(
    tmp_path_factory, row, padding, encoding
):
    """The wizard reads the first 256 KB of a CSV to show its first rows. Cut inside a
    character, that start did not decode as UTF-8: 'mixes two text encodings' (or the
    names garbled as Windows-1252) for a file that imports fine."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["City" + "y" * padding, "Sister city", "Country"])
    line = io.StringIO()
    csv.writer(line, lineterminator="\r\n").writerow(row)
    text = out.getvalue() + line.getvalue() * (300_000 // len(line.getvalue().encode()) + 1)
    path = tmp_path_factory.mktemp("long") / "list.csv"
    path.write_bytes(
        text.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + text.encode(encoding)
    )
    expected = [tuple(r) for r in csv.reader(io.StringIO(text, newline=""))][:10]
    assert peek(path, rows=10) == expected


READ_IN_A_SMALL_MEMORY = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, resource.getrlimit(resource.RLIMIT_AS)[1]))
from desktop.services.importing.reading import read_table
table = read_table(sys.argv[1])
print(json.dumps([[str(v) for v in values] for _, values in table.rows] + table.remarks))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="limits the address space the Linux way")
def test_a_small_workbook_merged_over_whole_columns_is_read_in_little_memory(
    tmp_path, good_workbook
):
    """Merged cells were filled in with a dictionary entry per cell of the range: a 3 KB
    list merged over A2:XFD1048576 asked for 17 billion (gigabytes, minutes). Read in a
    process allowed 1 GB of address space, where the old way ran out of memory."""
    with zipfile.ZipFile(io.BytesIO(good_workbook)) as src:
        sheet = src.read("xl/worksheets/sheet1.xml")
    merge = b'<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'
    sheet = sheet.replace(b"<pageMargins", merge + b"<pageMargins")
    path = tmp_path / "list.xlsx"
    path.write_bytes(workbook_with(good_workbook, "xl/worksheets/sheet1.xml", sheet))
    done = subprocess.run(
        [sys.executable, "-c", READ_IN_A_SMALL_MEMORY, str(path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    *rows, remark = json.loads(done.stdout)
    assert rows == [["Norfolk"] * 6, ["Norfolk"] * 6]  # every cell reads as the top-left one
    assert remark == (
        "Merged cells A2:XFD1048576 were read as the same value in each of their rows."
    )
