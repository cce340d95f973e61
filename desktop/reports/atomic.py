"""Write a report whole or not at all (store/whole_files.py), with the sheets openpyxl
spools a write-only workbook through kept beside the destination (spool.py) rather than in
the system's temporary folder, which may be small or on another disk."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.reports import spool
from desktop.store import whole_files
from desktop.store.whole_files import DestinationError, check_destination, write_failed

__all__ = ["DestinationError", "atomic_output", "check_destination", "write_failed"]


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `path` in one step."""
    with whole_files.atomic_output(path, alongside=spool.beside) as temp:
        yield temp
