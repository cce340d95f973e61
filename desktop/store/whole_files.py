"""Write a file whole or not at all.

The content goes to a part file beside the destination (same folder, so the final rename
is atomic on the same file system; see store/part_files.py); only a complete file is
moved into place. A cancelled, failed or interrupted export leaves no half file, an
existing file is replaced only by a whole one, and a killed one's part file is cleared
away at the next start. Reports, services (a document's saved copy) and the command line
all write through here; reports/atomic.py adds openpyxl's spooled sheets beside it.
"""

import errno
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

from desktop.domain.words import fill, translate
from desktop.store import part_files

# Work that must happen beside the destination while the file is written (openpyxl's
# spooled sheets), given the destination and the part-file journal.
Alongside = Callable[[Path, part_files.Journal], AbstractContextManager]


class DestinationError(OSError):
    """The destination cannot be written; the message says what to do."""


def check_destination(path: Path) -> None:
    """Fail early, with plain words, before any work is done."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise DestinationError(
            translate(
                "Domain",
                "The folder %1 does not exist. Choose another place or create the folder first.",
            ).replace("%1", str(folder))
        )
    if path.is_dir():
        raise DestinationError(f"{path} is a folder; give a file name.")
    if not os.access(folder, os.W_OK):
        raise DestinationError(
            translate("Domain", "You may not write in %1. Choose another folder.").replace(
                "%1", str(folder)
            )
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise DestinationError(
            f"{path} is read-only. Choose another name, or make it writable first."
        )


def write_failed(path: Path, exc: OSError | None = None) -> DestinationError:
    """Plain words for a write that failed half-way (the destination is left as it was)."""
    folder = path.parent if str(path.parent) else Path(".")
    kept = (
        translate("Domain", " An earlier file of that name is unchanged.") if path.exists() else ""
    )
    full = exc is not None and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    if full or _nearly_full(folder):
        return DestinationError(
            fill(
                translate(
                    "Domain",
                    "The disk holding %1 is full, so %2 was not written.%3 Free some space "
                    "or choose another place, and try again.",
                ),
                folder,
                path.name,
                kept,
            )
        )
    if exc is not None and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DestinationError(
            fill(
                translate(
                    "Domain",
                    "You may not write in %1, so %2 was not written.%3 Choose another folder.",
                ),
                folder,
                path.name,
                kept,
            )
        )
    reason = f" ({exc.strerror})" if exc is not None and exc.strerror else ""
    return DestinationError(
        f"{path.name} could not be written completely in {folder}{reason}.{kept} "
        "Try again, or choose another place."
    )


def _out_of_space(exc: Exception) -> bool:
    return "ENOSPC" in str(exc) or "No space left" in str(exc)


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1_000_000
    except OSError:
        return False


@contextmanager
def atomic_output(path: Path | str, alongside: Alongside | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `path` in one step."""
    path = Path(path)
    check_destination(path)
    beside = alongside or (lambda _path, _journal: nullcontext())
    with part_files.in_progress() as journal, beside(path, journal):
        try:
            temp = journal.new_part(path, path.suffix)
        except OSError as exc:
            raise write_failed(path, exc) from exc
        try:
            yield temp
            with temp.open("rb+") as f:
                os.fsync(f.fileno())
        except DestinationError:
            raise
        except OSError as exc:  # a full disk, a removed USB stick: say so, leave nothing
            raise write_failed(path, exc) from exc
        except Exception as exc:
            if _out_of_space(exc):  # lxml says so in words, spooling a sheet
                raise write_failed(path, OSError(errno.ENOSPC, "No space left")) from exc
            raise
        # A part file is private (0600); a briefing saved to a shared folder must open
        # for colleagues like any file the clerk saves.
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
