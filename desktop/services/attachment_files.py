"""The files on the clerk's side of a source document: reading one to attach it (checked
first, then read whole, one at a time), writing a saved copy (whole or not at all), and
the temporary copies the system's viewer opens, cleared away when the app ends (or, after
a crash, at the next opening of a document)."""

import atexit
import contextlib
import errno
import hashlib
import os
import shutil
import stat
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.attachments import (
    MAX_BYTES,
    AttachmentProblem,
    kind_of,
    size_problem,
    stored_name,
)
from desktop.store.whole_files import atomic_output

try:
    import fcntl
except ImportError:  # Windows: abandoned copies are cleared by age only
    fcntl = None

READ_CHUNK = 1024 * 1024
STALE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class FileToAttach:
    path: Path
    name: str  # as the registry keeps it
    kind: str  # media type
    size: int  # when it was looked at; read again when attached


def inspect(path: Path | str) -> FileToAttach:
    """Look at a file before anything is read or written: there, a file, readable, not
    empty, not over the limit. AttachmentProblem (one sentence) otherwise."""
    path = Path(path)
    name = stored_name(path.name)
    try:
        found = path.stat()
        if stat.S_ISDIR(found.st_mode):
            raise AttachmentProblem(f"'{name}' is a folder; attach the files in it instead.")
        if not stat.S_ISREG(found.st_mode):
            raise AttachmentProblem(
                f"'{name}' is not a file (a device or a pipe); save it as a file first, then "
                "attach that."
            )
        with path.open("rb"):
            pass
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if problem := size_problem(name, found.st_size):
        raise AttachmentProblem(problem)
    return FileToAttach(path, name, kind_of(name), found.st_size)


def read(file: FileToAttach) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256, read now (it may have changed since it was
    looked at: the limits are checked on what was read)."""
    digest = hashlib.sha256()
    chunks = []
    size = 0
    try:
        with file.path.open("rb") as f:
            while chunk := f.read(READ_CHUNK):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise AttachmentProblem(size_problem(file.name, size))
                digest.update(chunk)
                chunks.append(chunk)
    except OSError as exc:
        raise _unreadable(file.name, exc) from None
    if problem := size_problem(file.name, size):
        raise AttachmentProblem(problem)
    return b"".join(chunks), digest.hexdigest()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _unreadable(name: str, exc: OSError) -> AttachmentProblem:
    if isinstance(exc, FileNotFoundError):
        return AttachmentProblem(
            f"'{name}' is no longer there: it was moved, renamed or deleted. Choose it "
            "again from where it is now."
        )
    if isinstance(exc, IsADirectoryError):
        return AttachmentProblem(f"'{name}' is a folder; attach the files in it instead.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return AttachmentProblem(
            f"'{name}' could not be read: you may not open it. Ask its owner for access, "
            "or copy it somewhere you may read it, then attach the copy."
        )
    reason = f" ({exc.strerror})" if exc.strerror else ""
    return AttachmentProblem(
        f"'{name}' could not be read{reason}. Copy it to this computer, then attach the copy."
    )


# --- copies out ---------------------------------------------------------------------------


def write_copy(data: bytes, destination: Path | str) -> Path:
    """Write a document's bytes to `destination`, whole or not at all (an earlier file of
    that name is replaced only by a whole copy). DestinationError, in plain words, when
    the folder is missing, read-only or full."""
    destination = Path(destination)
    with atomic_output(destination) as temp:
        temp.write_bytes(data)
    return destination


def place_for(
    folder: Path, name: str, sha256: str, size: int, taken: set[str]
) -> tuple[Path, bool]:
    """Where a document goes in `folder`: `name`, or `name (2)`, `name (3)` ... when that
    is taken by another file (or by another document saved in the same go); and whether
    the file found there is this very document already (a second save into one folder
    then adds only what is new, and overwrites nothing)."""
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while True:
        candidate = name if n == 1 else f"{stem} ({n}){suffix}"
        n += 1
        if candidate.lower() in taken:
            continue
        path = folder / candidate
        if not path.exists() and not path.is_symlink():
            taken.add(candidate.lower())
            return path, False
        if same_bytes(path, sha256, size):
            taken.add(candidate.lower())
            return path, True


def same_bytes(path: Path, sha256: str, size: int) -> bool:
    """Is the file at `path` already this document (a second --save into one folder)?"""
    try:
        if path.stat().st_size != size:
            return False
        digest = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(READ_CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256
    except OSError:
        return False


# --- temporary copies for the system's viewer ----------------------------------------------


class _TemporaryCopies:
    """This process's folder of opened documents: locked while the process lives (flock,
    let go of however it ends), removed at its exit; the folders of processes gone are
    removed when a document is next opened."""

    def __init__(self):
        self.base: Path | None = None  # tests point it elsewhere
        self._folder: Path | None = None
        self._lock: int | None = None

    def root(self) -> Path:
        base = self.base or Path(tempfile.gettempdir()) / f"sister-city-registry-{_user()}"
        base.mkdir(mode=0o700, exist_ok=True)
        return base

    def folder(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            self.clear_abandoned()
            self._folder = Path(tempfile.mkdtemp(prefix=f"open-{os.getpid()}-", dir=self.root()))
            self._lock = os.open(self._folder / ".lock", os.O_CREAT | os.O_WRONLY, 0o600)
            if fcntl is not None:
                fcntl.flock(self._lock, fcntl.LOCK_EX)
            atexit.register(self.clear)
        return self._folder

    def add(self, name: str, data: bytes) -> Path:
        """A read-only copy of a document, under its own name, in a folder of its own (two
        documents of one name can be open at once)."""
        folder = Path(tempfile.mkdtemp(dir=self.folder()))
        path = folder / name
        path.write_bytes(data)
        # Read-only: an edit in the viewer must not look as if it went into the registry.
        path.chmod(0o400)
        return path

    def clear(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                os.close(self._lock)
            self._lock = None
        if self._folder is not None:
            _remove(self._folder)
            self._folder = None

    def clear_abandoned(self) -> list[Path]:
        removed = []
        for folder in self.root().glob("open-*"):
            if folder != self._folder and _abandoned(folder):
                _remove(folder)
                removed.append(folder)
        return removed


def _abandoned(folder: Path) -> bool:
    lock = folder / ".lock"
    if fcntl is None or not lock.exists():
        try:
            return folder.stat().st_mtime < time.time() - STALE_SECONDS
        except OSError:
            return False
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # its process still runs
    finally:
        os.close(fd)
    return True


def _remove(folder: Path) -> None:
    # A copy is read-only, and a viewer may still hold it open (Windows then refuses):
    # what cannot go now goes at the next try.
    def writable_again(function, path, *_exc):
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)
            function(path)

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=writable_again)
    else:
        shutil.rmtree(folder, onerror=writable_again)


def _user() -> str:
    try:
        return str(os.getuid())
    except AttributeError:  # Windows: the temporary folder is the user's own already
        return "user"


temporary_copies = _TemporaryCopies()
