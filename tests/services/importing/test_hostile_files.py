"""Files that lose rows or exhaust the machine unless read with care: a workbook whose own
record of its size is wrong, small files that unpack to gigabytes or claim a full sheet's
width, things that are not files at all, and text with NUL bytes in it. Every one is made
here by a small generator."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.domain.validation import ValidationError
from desktop.services.importing import reading
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import REJECTED, plan_file
from desktop.services.importing.reading import ImportFileError, peek, read_table
from desktop.services.partnerships import update_partnership
from tests.databases import outside_connection
from tests.services.importing.hostile_files import row_xml, write_workbook
from tests.services.importing.office_lists import HEADERS

HEADER = [*HEADERS, "Notes"]  # City, State, Sister city, Country, Year, Type, Notes


def rows(count: int, start: int = 2) -> list[str]:
    return [
        row_xml(
            start + i, ["Norfolk", "Virginia", f"Town {i}", "France", 1990, "Sister city", f"n{i}"]
        )
        for i in range(count)
    ]


# --- 1. A stale <dimension> tag -----------------------------------------------------------


def test_rows_beyond_a_stale_size_record_are_read_and_the_difference_said(tmp_path):
    """Tagged A1:G3 with ten rows under the header: openpyxl's streaming reader stopped at
    row 3 and two rows were imported, exit 0, no word."""
    path = write_workbook(
        tmp_path / "list.xlsx", [row_xml(1, HEADER), *rows(10)], dimension="A1:G3"
    )
    table = read_table(path)
    assert [values[2] for _, values in table.rows] == [f"Town {i}" for i in range(10)]
    assert table.remarks == [
        "The sheet 'Sister cities' records its size as A1:G3, but it holds data as far as "
        "A1:G11; every row and column that is there was read (a program that trusts the "
        "record would have left some out)."
    ]


def test_columns_beyond_a_stale_size_record_are_read(tmp_path):
    """Tagged A1:E3: the Year, Type and Notes columns vanished from the mapping."""
    path = write_workbook(tmp_path / "list.xlsx", [row_xml(1, HEADER), *rows(2)], dimension="A1:E3")
    table = read_table(path)
    assert table.headers == HEADER
    assert table.rows[0][1][4:] == (1990, "Sister city", "n0")
    assert "records its size as A1:E3" in table.remarks[0]
    assert guess_mapping(table.headers).columns.get("Year") == "established"


def test_a_true_size_record_is_not_remarked_on(tmp_path):
    path = write_workbook(tmp_path / "list.xlsx", [row_xml(1, HEADER), *rows(3)], dimension="A1:G4")
    assert read_table(path).remarks == []


def test_the_row_limit_holds_while_streaming_whatever_the_record_says(tmp_path, monkeypatch):
    """The limit was checked against the tag before reading: a file tagged A1:G3 holding
    far more rows than an import takes went through."""
    monkeypatch.setattr(reading, "MAX_ROWS", 20)
    path = write_workbook(
        tmp_path / "list.xlsx", [row_xml(1, HEADER), *rows(30)], dimension="A1:G3"
    )
    with pytest.raises(ImportFileError, match="has more than 20 rows; one import takes at most"):
        read_table(path)
    # and a record claiming more rows than there are refuses nothing
    path = write_workbook(
        tmp_path / "short.xlsx", [row_xml(1, HEADER), *rows(5)], dimension="A1:G1048576"
    )
    assert len(read_table(path).rows) == 5


# --- 7. Small files that ask for the machine ----------------------------------------------

IN_A_SMALL_MEMORY = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, resource.getrlimit(resource.RLIMIT_AS)[1]))
from desktop.services.importing.reading import ImportFileError, read_table
started = time.monotonic()
try:
    table = read_table(sys.argv[1])
except ImportFileError as exc:
    print(json.dumps({"refused": str(exc), "seconds": time.monotonic() - started}))
else:
    print(json.dumps({"rows": len(table.rows), "headers": len(table.headers),
                      "first": [str(v) for v in table.rows[0][1]],
                      "seconds": time.monotonic() - started}))
"""


def read_in_a_small_memory(path: Path) -> dict:
    """read_table in a process allowed 1 GB of address space (the way the app's own memory
    would run out on a clerk's machine, without taking the test machine's)."""
    done = subprocess.run(
        [sys.executable, "-c", IN_A_SMALL_MEMORY, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


needs_linux = pytest.mark.skipif(sys.platform != "linux", reason="limits memory the Linux way")


@needs_linux
def test_one_enormous_string_is_refused_before_it_is_built(tmp_path):
    """A 2 MB workbook holding one 2 GiB string ended in MemoryError. Here 40 MB of text
    in one cell (a 40 KB file): refused from the package, in a moment."""
    big = "x" * (40 << 20)
    path = write_workbook(
        tmp_path / "list.xlsx",
        [row_xml(1, HEADER), f'<row r="2"><c r="A2" t="inlineStr"><is><t>{big}</t></is></c></row>'],
    )
    del big
    assert path.stat().st_size < 200_000
    outcome = read_in_a_small_memory(path)
    assert outcome["refused"].startswith(
        "list.xlsx holds a cell of more than 1,000,000 bytes of text; a cell holds at most 32,767"
    )


@needs_linux
def test_a_shared_strings_bomb_is_refused_in_little_memory(tmp_path):
    """Three million one-letter strings (a 150 KB file) asked openpyxl for gigabytes."""
    pieces = ("<si><t>a</t></si>" * 1000 for _ in range(3000))
    path = write_workbook(
        tmp_path / "list.xlsx", [row_xml(1, HEADER), *rows(2)], shared_strings=pieces
    )
    assert path.stat().st_size < 1_000_000
    outcome = read_in_a_small_memory(path)
    assert outcome["refused"].startswith("list.xlsx holds more than 2,000,000 different texts")


@needs_linux
def test_a_header_as_wide_as_a_sheet_is_refused(tmp_path):
    """A 16,384-column header over 40,000 one-cell rows: every row was padded to the
    header's width (655 million cells)."""
    header = row_xml(1, [f"Column {i}" for i in range(16384)])
    body = (f'<row r="{r}"><c r="A{r}"><v>1</v></c></row>' for r in range(2, 40002))
    path = write_workbook(tmp_path / "list.xlsx", [header, *body], dimension="A1:XFD40001")
    outcome = read_in_a_small_memory(path)
    assert outcome["refused"] == (
        "The header row of 'Sister cities' in list.xlsx has 16,384 columns; a list has at "
        "most 200. Delete the columns that are not part of the list, or choose the row that "
        "holds the column names."
    )


@needs_linux
def test_rows_are_not_padded_to_a_claimed_width(tmp_path):
    """The same 40,000 one-cell rows under an ordinary header, tagged as a full sheet:
    read in little memory, each row as long as its values."""
    body = (
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Norfolk</t></is></c></row>'
        for r in range(2, 40002)
    )
    path = write_workbook(
        tmp_path / "list.xlsx", [row_xml(1, HEADER), *body], dimension="A1:XFD40001"
    )
    outcome = read_in_a_small_memory(path)
    assert (outcome["rows"], outcome["headers"], outcome["first"]) == (40000, 7, ["Norfolk"])


@needs_linux
def test_a_csv_far_larger_than_memory_is_streamed(tmp_path):
    """A 700 MB CSV was read whole (bytes, then text, then rows). Here a sparse file of
    2 GB whose rows are followed by a run of NUL bytes no line ends in: read a line at a
    time, in the 1 GB the process may use, and refused at that line."""
    path = tmp_path / "list.csv"
    with path.open("wb") as f:
        f.write(b"City,State,Sister city,Country\n" + b"Norfolk,VA,Toulon,France\n" * 300)
        f.seek(2 << 30)
        f.write(b"\nNorfolk,VA,Lyon,France\n")
    outcome = read_in_a_small_memory(path)
    assert outcome["refused"] == LONG_LINE.format(line=302)


LONG_LINE = (
    "Line {line} of list.csv holds more than 1,000,000 characters, and a cell holds at most "
    "32,767 (as in Excel): it is not a line of a list (a web page or another program's data "
    "saved as .csv?). Choose the file that holds the list, or shorten that line."
)


def test_a_csv_cell_of_ten_megabytes_is_said_to_be_too_long(tmp_path):
    """It was called 'not a well-formed CSV file: field larger than field limit'."""
    path = tmp_path / "list.csv"
    path.write_text("City,Sister city,Country,Notes\nNorfolk,Toulon,France," + "n" * (10 << 20))
    with pytest.raises(ImportFileError) as raised:
        read_table(path)
    assert str(raised.value) == LONG_LINE.format(line=2)
    # across lines, inside quotes
    path.write_text(
        'City,Sister city,Country,Notes\nNorfolk,Toulon,France,"' + "n\n" * 60_000 + '"'
    )
    with pytest.raises(ImportFileError) as raised:
        read_table(path)
    assert str(raised.value) == (
        "list.csv has a cell of more than 100,000 characters (in the row that begins at line "
        "2); a cell holds at most 32,767, as in Excel. A quote that is never closed makes "
        "the rest of the file one cell: check that row for a stray '\"'."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    """`mkfifo f.csv` hung the import forever, waiting for a writer."""
    path = tmp_path / "f.csv"
    os.mkfifo(path)
    started = time.monotonic()
    for read in (read_table, peek, reading.sheet_names):
        with pytest.raises(ImportFileError, match=r"f\.csv is not a file but a pipe"):
            read(path)
    assert time.monotonic() - started < 5


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_a_device_is_refused(tmp_path):
    """`ln -s /dev/zero z.csv` was read until memory ran out."""
    path = tmp_path / "z.csv"
    path.symlink_to("/dev/zero")
    with pytest.raises(ImportFileError, match=r"z\.csv is not a file but a device"):
        read_table(path)


# --- 5. Control characters where text enters ----------------------------------------------


def _name(i: int) -> str:
    """Invented names no two of which are one letter apart."""
    syllables = ["ba", "ko", "ri", "mu", "te", "sa", "no", "fi", "lu", "de"]
    return "".join(syllables[int(d)] + "x" * n for n, d in enumerate(f"{i:03d}")).title()


def nul_after_the_first_4_kb(tmp_path) -> Path:
    path = tmp_path / "list.csv"
    lines = ["City,State,Sister city,Country"]
    lines += [f"Norfolk,Virginia,{_name(i)},France" for i in range(200)]  # about 6 KB
    lines += ["Norfolk,Virginia,Ly\x00on,France"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.read_bytes().index(b"\x00") > 4096
    return path


def test_a_nul_after_the_first_4_kb_is_a_problem_at_its_cell(sample_db, tmp_path):
    """'Ly\\0on' was stored, and a later copy to PostgreSQL ended in a traceback."""
    path = nul_after_the_first_4_kb(tmp_path)
    mapping = guess_mapping(read_table(path, limit=1).headers, defaults={"local_country": "US"})
    plan = plan_file(sample_db, path, mapping=mapping)
    (bad,) = [r for r in plan.rows if r.outcome == REJECTED]
    assert (bad.row, bad.reasons()) == (
        202,
        "Sister city: Holds NUL (U+0000) at character 3, which is not text (a damaged file, "
        "or another program's data?). Remove it.",
    )
    result = apply_plan(sample_db, plan, valid_only=True)
    assert (result.new, result.rejected) == (200, 1)
    with outside_connection(sample_db) as con:
        names = con.exec_driver_sql("SELECT name FROM community").scalars().all()
    assert not [n for n in names if n.startswith("Ly") and n.endswith("on")]


def test_a_control_character_typed_or_pasted_into_a_form_is_refused(sample_db):
    with pytest.raises(ValidationError, match=r"Holds NUL \(U\+0000\) at character 4"):
        update_partnership(sample_db, 1, {"notes": "ask\x00ed"})
    with pytest.raises(ValidationError, match=r"Holds ESC \(U\+001B\)"):
        update_partnership(sample_db, 1, {"coordinating_organization": "\x1b[31mred"})
    update_partnership(sample_db, 1, {"notes": "two lines\nand\ta tab"})  # still text


def test_running_out_of_memory_is_not_called_damage(tmp_path, monkeypatch):
    """MemoryError was reported as 'is damaged (MemoryError: )'."""
    import openpyxl

    path = write_workbook(tmp_path / "list.xlsx", [row_xml(1, HEADER), *rows(2)])

    def out_of_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(openpyxl, "load_workbook", out_of_memory)
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    assert str(refused.value) == (
        "list.xlsx needs more memory than this computer has to be read. Save the list as "
        "CSV, or split it into smaller files, and import those."
    )
