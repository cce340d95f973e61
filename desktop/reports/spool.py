"""Where openpyxl spools a write-only workbook's sheets.

openpyxl writes each sheet of a write-only workbook to a temporary file of its own
(`openpyxl.*` in the system's temporary folder) and joins them when the workbook is
saved; it removes them only when Python exits normally. Four killed exports left 490 MB
there. While `beside(destination, journal)` is active in a thread, a sheet created in
that thread spools to a part file beside the destination instead, noted in the journal
(store/part_files.py), so a killed export's spool is cleared away at the next start.
Other threads, and code outside the block, get openpyxl's own temporary files.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from openpyxl.worksheet import _writer

from desktop.store.part_files import Journal

_local = threading.local()
_openpyxl_temporary_file = _writer.create_temporary_file


def _temporary_file(suffix: str = "") -> str:
    where = getattr(_local, "where", None)
    if where is None:
        return _openpyxl_temporary_file(suffix)
    destination, journal = where
    name = str(journal.new_part(destination, f".sheet{suffix}"))
    _writer.ALL_TEMP_FILES.append(name)  # openpyxl removes it from there when it is done
    return name


_writer.create_temporary_file = _temporary_file


@contextmanager
def beside(destination: Path, journal: Journal) -> Iterator[None]:
    before = getattr(_local, "where", None)
    _local.where = (destination, journal)
    try:
        yield
    finally:
        _local.where = before
