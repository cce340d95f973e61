"""Where openpyxl spools a write-only workbook's sheets.

openpyxl writes each sheet of a write-only workbook to a temporary file of its own
(`openpyxl.*` in the system's temporary folder) and joins them when the workbook is
saved; it removes them only when Python exits normally. Four killed exports left 490 MB
there. While `beside(destination, journal)` is active in a thread, a sheet created in
that thread spools to a part file beside the destination instead, noted in the journal
(store/part_files.py), so a killed export's spool is cleared away at the next start.
Other threads, and code outside the block, get openpyxl's own temporary files.

openpyxl is not imported here (every written file, a PDF too, passes through this block,
and openpyxl costs a tenth of a second to import): its spooling is redirected when a block
is entered with openpyxl loaded, as it is by the modules that write workbooks, which import
it first.
"""

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store.part_files import Journal

WRITER = "openpyxl.worksheet._writer"
_local = threading.local()
_openpyxl_temporary_file = None  # openpyxl's own, once redirected


def _temporary_file(suffix: str = "") -> str:
    where = getattr(_local, "where", None)
    if where is None:
        return _openpyxl_temporary_file(suffix)
    destination, journal = where
    name = str(journal.new_part(destination, f".sheet{suffix}"))
    sys.modules[WRITER].ALL_TEMP_FILES.append(name)  # openpyxl removes it when done
    return name


def _redirect_openpyxl() -> None:
    global _openpyxl_temporary_file
    writer = sys.modules.get(WRITER)
    if writer is None or _openpyxl_temporary_file is not None:
        return
    _openpyxl_temporary_file = writer.create_temporary_file
    writer.create_temporary_file = _temporary_file


@contextmanager
def beside(destination: Path, journal: Journal) -> Iterator[None]:
    _redirect_openpyxl()
    before = getattr(_local, "where", None)
    _local.where = (destination, journal)
    try:
        yield
    finally:
        _local.where = before
