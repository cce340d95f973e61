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


# csv.Sniffer's search for quoted fields takes time growing with the square of its sample
# when quotes do not pair up as in a CSV file: a web page saved as .csv (one line of
# 300 KB) took 90 s, longer files hours. 50 lines of a list fit in far less.
SNIFF_CHARS = 16_384


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    if len(sample) > SNIFF_CHARS:  # whole lines where there are any
        cut = sample.rfind("\n", 0, SNIFF_CHARS)
        sample = sample[: cut if cut > 0 else SNIFF_CHARS]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        counts = {d: first.count(d) for d in ",;\t|"}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","
