"""Write a file whole or not at all.

The content goes to a temporary file beside the destination (same folder, so the final
rename is atomic on the same file system); only a complete file is moved into place.
A cancelled, failed or interrupted export leaves no half file, and an existing file is
replaced only by a whole one.
"""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class DestinationError(OSError):
    """The destination cannot be written; the message says what to do."""


def check_destination(path: Path) -> None:
    """Fail early, with plain words, before any work is done."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise DestinationError(
            f"The folder {folder} does not exist. Choose another place or create the folder first."
        )
    if path.is_dir():
        raise DestinationError(f"{path} is a folder; give a file name.")
    if not os.access(folder, os.W_OK):
        raise DestinationError(f"You may not write in {folder}. Choose another folder.")
    if path.exists() and not os.access(path, os.W_OK):
        raise DestinationError(
            f"{path} is read-only. Choose another name, or make it writable first."
        )


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `path` in one step."""
    path = Path(path)
    check_destination(path)
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=path.suffix + ".part", dir=path.parent
    )
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as f:
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600); a briefing saved to a shared folder must
        # open for colleagues like any file the clerk saves.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        try:
            os.replace(temp, path)
        except PermissionError as exc:
            raise DestinationError(
                f"{path} cannot be replaced: it may be open in another program (Excel, a "
                "PDF viewer). Close it there and try again, or choose another name."
            ) from exc
    finally:
        temp.unlink(missing_ok=True)
