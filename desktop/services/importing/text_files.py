"""Text files as offices save them: UTF-8 with or without Excel's BOM, UTF-16, or
Windows-1252; comma, semicolon, tab or bar between the cells."""

import csv

from desktop.services.importing.errors import ImportFileError


def decode_text(raw: bytes, name: str = "the file") -> tuple[str, str]:
    """The text and the encoding it was written in: UTF-8 (with or without the BOM Excel
    writes), UTF-16 with its BOM, else Windows-1252 (Excel's "CSV" on Western Windows).
    A file that mixes UTF-8 lines with Windows-1252 lines is refused, naming the lines."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(f"{name} is not a text file (it holds binary data).")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportFileError(f"{name} is damaged: its UTF-16 text cannot be read.") from None
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    utf8_lines, other_lines = [], []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines.append(number)
        except UnicodeDecodeError:
            other_lines.append(number)
    if utf8_lines and other_lines:
        raise ImportFileError(
            f"{name} mixes two text encodings: line {utf8_lines[0]} is written in UTF-8 but "
            f"line {other_lines[0]} is not (Windows-1252?), so some names would come out "
            "garbled. Open the file in Excel or a text editor and save it again as "
            "'CSV UTF-8', then import that."
        )
    return raw.decode("cp1252", errors="replace").replace("\ufffd", "?"), "Windows-1252"


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in ",;\t|"}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","
