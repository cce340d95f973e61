"""Text files as offices save them, read a line at a time: UTF-8 with or without Excel's
BOM, UTF-16, or a Windows code page (told by `encodings`, or chosen by the clerk); comma,
semicolon, tab or bar between the cells.

Nothing is read whole. A line is at most MAX_LINE characters and a quoted cell at most
MAX_FIELD, so a file that claims anything (a 700 MB file, /dev/zero behind a .csv name, a
web page saved as .csv) costs the same small memory; and a byte that does not belong to
the file's encoding is found at its line, never replaced by a question mark."""

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from desktop.domain.words import fill, translate
from desktop.services.importing.encodings import codec_for, detect, label, short_label
from desktop.services.importing.errors import ImportFileError

MAX_LINE = 1_000_000  # characters of one line
# A quoted cell may hold line breaks, so it is capped by itself; above Excel's 32,767 so
# that a long cell is a problem at its row (the importer says which), not of the file.
MAX_FIELD = 100_000
SAMPLE_BYTES = 256 * 1024  # of the lines with bytes above 127, to tell the encoding by
BINARY_CHECK = 4096  # bytes at the start where a NUL means "not a text file"
BOMS = {b"\xef\xbb\xbf": "utf-8-sig", b"\xff\xfe": "utf-16", b"\xfe\xff": "utf-16"}
UNDECODABLE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a bad byte
LINE_END = re.compile(rb"\r\n|\r|\n")


class TextFile:
    """A text file's encoding, and its lines as text.

    `encoding`: a codec the clerk chose (codec_for); None tells it from the file, looking
    at the lines with bytes above 127 in its first `scan` bytes (None: the whole file)."""

    def __init__(self, path: Path, encoding: str | None = None, scan: int | None = None):
        self.path = Path(path)
        self.name = self.path.name
        with self.path.open("rb") as f:
            head = f.read(BINARY_CHECK)
        bom = next((codec for mark, codec in BOMS.items() if head.startswith(mark)), None)
        if encoding is not None:
            self.codec = codec_for(encoding)
        elif bom is not None:
            self.codec = bom
        else:
            if b"\x00" in head:
                raise ImportFileError(f"{self.name} is not a text file (it holds binary data).")
            self.codec = detect(self._sample(scan), self.name).codec
        self.encoding = short_label(self.codec)

    def _sample(self, scan: int | None) -> list[tuple[int, bytes]]:
        """Numbered lines holding bytes above 127, up to SAMPLE_BYTES of them, from the
        first `scan` bytes (None: the whole file). A line longer than a line may be ends
        the look: reading stops there too."""
        found: list[tuple[int, bytes]] = []
        size = read = number = 0
        tail = b""  # a line begun in the last chunk
        with self.path.open("rb") as f:
            while size < SAMPLE_BYTES and (scan is None or read < scan):
                chunk = f.read(1 << 20)
                read += len(chunk)
                if not chunk:
                    break
                text = tail + chunk
                tail = b"\r" if text.endswith(b"\r") else b""  # its '\n' may come next
                text = text[: len(text) - len(tail)]
                if text.isascii():  # most of a big list: count its lines and go on
                    cut = max(text.rfind(b"\n"), text.rfind(b"\r")) + 1
                    number += len(LINE_END.findall(text, 0, cut))
                    tail = text[cut:] + tail
                else:
                    lines = LINE_END.split(text)
                    tail = lines.pop() + tail
                    for line in lines:
                        number += 1
                        if not line.isascii():
                            found.append((number, line[:MAX_LINE]))
                            size += min(len(line), MAX_LINE)
                if len(tail) > MAX_LINE:
                    return found
            if tail.strip(b"\r") and not tail.isascii() and size < SAMPLE_BYTES:
                found.append((number + 1, tail))
        return found

    def lines(self, limit_bytes: int | None = None) -> Iterator[str]:
        """The lines, with their line ends (for the csv module), decoded strictly; at most
        `limit_bytes` of the file (whole lines), for a first look."""
        with self.path.open("rb") as raw:
            stream = io.TextIOWrapper(
                raw, encoding=self.codec, errors="surrogateescape", newline=""
            )
            number = 0
            while True:
                try:
                    line = stream.readline(MAX_LINE + 1)
                except UnicodeDecodeError:  # cut in the middle of a character at its end
                    raise self._undecodable(number + 1) from None
                if not line:
                    return
                number += 1
                if len(line) > MAX_LINE:
                    raise ImportFileError(
                        fill(
                            translate(
                                "Domain",
                                "Line %1 of %2 holds more than %3 characters, and a cell holds "
                                "at most 32,767 (as in Excel): it is not a line of a list (a web "
                                "page or another program's data saved as .csv?). Choose the file "
                                "that holds the list, or shorten that line.",
                            ),
                            f"{number:,}",
                            self.name,
                            f"{MAX_LINE:,}",
                        )
                    )
                if UNDECODABLE.search(line):
                    raise self._undecodable(number)
                yield line
                if limit_bytes is not None and raw.tell() > limit_bytes:
                    return

    def _undecodable(self, number: int) -> ImportFileError:
        if self.codec.startswith("utf-16"):
            return ImportFileError(f"{self.name} is damaged: its UTF-16 text cannot be read.")
        if self.codec == "utf-8-sig":
            return ImportFileError(
                f"{self.name} mixes two text encodings: line {number:,} is not written in "
                "UTF-8 like the lines before it, so some names would come out garbled. "
                "Open the file in Excel or a text editor and save it again as 'CSV UTF-8', "
                "then import that."
            )
        return ImportFileError(
            fill(
                translate(
                    "Domain",
                    "Line %1 of %2 cannot be read as %3 like the lines before it. Choose "
                    "another encoding, or save the file again as 'CSV UTF-8'.",
                ),
                f"{number:,}",
                self.name,
                self.encoding,
            )
        )


def csv_rows(lines: Iterator[str], delimiter: str, name: str) -> Iterator[list[str]]:
    """The csv module's rows, with a quoted cell capped at MAX_FIELD characters and its
    errors said in plain words, at the line where the row begins."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    reader = csv.reader(lines, delimiter=delimiter)
    while True:
        begins = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise _too_long(name, begins) from None
            raise ImportFileError(f"{name} is not a well-formed CSV file: {exc}.") from None
        if any(len(cell) > MAX_FIELD for cell in row):
            raise _too_long(name, begins)
        yield row


def _too_long(name: str, line: int) -> ImportFileError:
    return ImportFileError(
        f"{name} has a cell of more than {MAX_FIELD:,} characters (in the row that begins "
        f"at line {line:,}); a cell holds at most 32,767, as in Excel. A quote that is "
        "never closed makes the rest of the file one cell: check that row for a stray '\"'."
    )


def decode_text(raw: bytes, name: str = "the file", encoding: str | None = None):
    """A few bytes of text and the encoding they were told to be in (for short texts held
    in memory; files go through TextFile)."""
    bom = next((codec for mark, codec in BOMS.items() if raw.startswith(mark)), None)
    if encoding is not None:
        codec = codec_for(encoding)
    elif bom is not None:
        codec = bom
    else:
        if b"\x00" in raw[:BINARY_CHECK]:
            raise ImportFileError(f"{name} is not a text file (it holds binary data).")
        lines = [(n, line) for n, line in enumerate(LINE_END.split(raw), 1) if not line.isascii()]
        codec = detect(lines, name).codec
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        raise ImportFileError(f"{name} cannot be read as {label(codec)}.") from None
    return text, short_label(codec)


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
