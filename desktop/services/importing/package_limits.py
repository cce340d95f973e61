"""What a workbook's package may hold before openpyxl is let near it.

An .xlsx file is a zip of XML parts. openpyxl keeps some parts whole in memory (the
shared-strings table, which every text cell points into, and the workbook's small parts)
and builds each text node whole, so a small file can ask for gigabytes: a 3 MB table of
a hundred million one-letter strings, a 2 MB part holding one 2 GiB string. These checks
read the package's directory (the uncompressed size of each part, which zipfile holds a
part to) and stream the shared-strings table in chunks, counting its strings and
measuring its longest text, so such a file is refused in a moment and in little memory.
The limits are far above what a list of MAX_ROWS rows needs.
"""

import re
import zipfile
from pathlib import Path

from desktop.services.importing.errors import ImportFileError

MB = 1_000_000
MAX_SHARED_STRINGS = 2_000_000  # distinct texts: 8 a row for 250,000 rows
MAX_SHARED_STRINGS_BYTES = 200 * MB
MAX_SHEET_BYTES = 4_000 * MB  # streamed, never whole; this bounds the time it takes
MAX_OTHER_PART_BYTES = 64 * MB  # styles, the workbook's own part: read whole by openpyxl
MAX_TEXT_BYTES = 1 * MB  # of one text node: a cell holds at most 32,767 characters
CHUNK = 512 * 1024  # shorter than MAX_TEXT_BYTES (see longest_text)
STRING_ITEM = re.compile(rb"<(?:\w+:)?si[\s>/]")


def check_package(path: Path) -> None:
    """ImportFileError when the workbook at `path` claims more than a list can need."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                _check_size(path, info)
            shared = [i for i in archive.infolist() if i.filename.endswith("sharedStrings.xml")]
            for info in shared:
                _check_shared_strings(path, archive, info)
    except zipfile.BadZipFile as exc:
        raise ImportFileError(
            f"{path.name} is damaged (the workbook cannot be unpacked: {exc}). Open it in "
            "Excel and save it again, or ask for a fresh copy."
        ) from None


def _check_size(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    if not name.endswith((".xml", ".rels")):
        return  # pictures and the like are never read
    if "/worksheets/" in name:
        limit = MAX_SHEET_BYTES
    elif name.endswith("sharedStrings.xml"):
        limit = MAX_SHARED_STRINGS_BYTES
    else:
        limit = MAX_OTHER_PART_BYTES
    if info.file_size > limit:
        raise ImportFileError(
            f"{path.name} holds a part ({name}) of {info.file_size / MB:,.0f} MB when "
            f"unpacked, more than a list of the largest size an import takes could need "
            f"({limit / MB:,.0f} MB). It is not a list, or it is damaged; open it in Excel "
            "and save it again, or save the list as CSV."
        )


def _check_shared_strings(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    count = 0
    run = 0  # bytes of the text node open at the end of the last chunk
    carry = b""  # the last chunk's end: a tag cut in two is counted once, whole
    with archive.open(info) as xml:
        while chunk := xml.read(CHUNK):
            text = carry + chunk
            count += sum(1 for m in STRING_ITEM.finditer(text) if m.end() > len(carry))
            carry = text[-32:]
            run = longest_text(chunk, run, path)
            if count > MAX_SHARED_STRINGS:
                raise ImportFileError(
                    f"{path.name} holds more than {MAX_SHARED_STRINGS:,} different texts, "
                    "more than a list of the largest size an import takes could need. It is "
                    "not a list, or it is damaged; open it in Excel and save it again, or "
                    "save the list as CSV."
                )


def longest_text(chunk: bytes, run: int, path: Path) -> int:
    """The length of the text node still open at the end of `chunk`, of which `run` bytes
    came before it; ImportFileError when a node is longer than a cell can be. A chunk is
    shorter than that limit, so only a node running across chunks can exceed it."""
    first = chunk.find(b"<")
    if first < 0:
        run += len(chunk)
    elif run + first > MAX_TEXT_BYTES:
        run += first
    else:
        run = len(chunk) - chunk.rfind(b"<") - 1
    if run > MAX_TEXT_BYTES:
        raise ImportFileError(
            f"{path.name} holds a cell of more than {MAX_TEXT_BYTES:,} bytes of text; a cell "
            "holds at most 32,767 characters, as in Excel. The file is damaged or is not a "
            "list; open it in Excel and save it again, or ask for a fresh copy."
        )
    return run
