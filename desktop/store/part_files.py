"""Files being written: made beside their destination, recognisable by name, and cleared
away at the next start once the process that made them is gone.

Every file the app writes (a backup, a restore's copy of the replaced registry, a copy to
a new registry file, a briefing workbook and the sheets openpyxl spools it through, a PDF)
is first written to a part file beside its destination, `.<name>.<token>.part`, and only
renamed into place once whole. A killed process leaves the part file behind: hidden
copies as large as the database from killed backups, empty ones from killed exports, and
openpyxl's spool files (which went to the system's temporary folder, 490 MB from four
killed exports). So each writer also notes its part files in a journal entry of its own in
the user's state folder and holds a lock on that entry while it works (flock, which the
system lets go of when the process dies, however it dies). At the next start of the app
or of any command, an entry nobody holds names part files that nobody will finish: they
are removed. Part files named by an older version, or beside a registry whose journal
was lost, are removed by name and age (a day).
"""

import contextlib
import os
import secrets
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from platformdirs import user_state_path

try:
    import fcntl
except ImportError:  # Windows: entries are cleared by age only
    fcntl = None

APP_FOLDER = "sister-city-registry"
SUFFIX = ".part"
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")  # a part file that is a database has them
STALE_SECONDS = 24 * 3600  # a part file nobody has touched for a day is nobody's


def journal_folder() -> Path:
    return user_state_path(APP_FOLDER) / "in-progress"


def part_name(destination: Path, token: str, suffix: str = "") -> Path:
    return destination.parent / f".{destination.name}.{token}{suffix}{SUFFIX}"


class Journal:
    """The part files one piece of work has made; the entry that lists them stays locked
    while the work goes on."""

    def __init__(self):
        self.token = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.parts: list[Path] = []
        self._entry: Path | None = None
        self._fd: int | None = None
        try:
            folder = journal_folder()
            folder.mkdir(parents=True, exist_ok=True)
            # Locked under a name no sweep looks at, then renamed: a sweep never sees the
            # entry unlocked.
            making = folder / f"{self.token}.new"
            self._fd = os.open(making, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_EX)
            self._entry = folder / f"{self.token}.txt"
            os.replace(making, self._entry)
        except OSError:  # no data folder to write in: part files are cleared by age
            self._entry = self._fd = None

    def new_part(self, destination: Path, suffix: str = "") -> Path:
        """A new, empty part file for `destination`, noted in the journal first (so that
        no moment exists when it is on disk but not noted)."""
        for _ in range(100):
            part = part_name(destination, f"{self.token}-{secrets.token_hex(3)}", suffix)
            self.note(part)
            try:
                os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except FileExistsError:
                continue
            return part
        raise FileExistsError(f"no free part file name beside {destination}")

    def note(self, part: Path) -> None:
        self.parts.append(part)
        if self._fd is not None:
            os.write(self._fd, f"{part.resolve()}\n".encode())
            os.fsync(self._fd)

    def close(self) -> None:
        """The work is over: what it did not rename into place goes, then the entry."""
        for part in self.parts:
            remove_part(part)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._entry is not None:
            self._entry.unlink(missing_ok=True)


@contextlib.contextmanager
def in_progress() -> Iterator[Journal]:
    journal = Journal()
    try:
        yield journal
    finally:
        journal.close()


def remove_part(part: Path) -> bool:
    removed = False
    for companion in ("", *SQLITE_COMPANIONS):
        with contextlib.suppress(FileNotFoundError, OSError):
            Path(f"{part}{companion}").unlink()
            removed = removed or not companion
    return removed


def sweep(folders: Iterable[Path] = ()) -> list[Path]:
    """Remove the part files of work that will never finish: those noted in a journal
    entry no process holds, and, in `folders` (beside the registry, the backups), ours
    that nobody has touched for a day. Returns what was removed."""
    removed = _sweep_journal()
    now = time.time()
    for folder in folders:
        with contextlib.suppress(OSError):
            for path in folder.iterdir():
                if not (path.name.startswith(".") and path.name.endswith(SUFFIX)):
                    continue
                with contextlib.suppress(OSError):
                    if now - path.stat().st_mtime > STALE_SECONDS and remove_part(path):
                        removed.append(path)
    return removed


def _sweep_journal() -> list[Path]:
    removed: list[Path] = []
    folder = journal_folder()
    if not folder.is_dir():
        return removed
    for entry in folder.glob("*.txt"):
        try:
            fd = os.open(entry, os.O_RDONLY)
        except OSError:
            continue
        try:
            if not _abandoned(fd, entry):
                continue
            for line in entry.read_text(errors="replace").splitlines():
                part = Path(line)
                if part.name.startswith(".") and part.name.endswith(SUFFIX) and remove_part(part):
                    removed.append(part)
            entry.unlink(missing_ok=True)
        finally:
            os.close(fd)
    return removed


def _abandoned(fd: int, entry: Path) -> bool:
    """Nobody holds the entry: the work that wrote it has ended without clearing it."""
    if fcntl is None:
        return time.time() - entry.stat().st_mtime > STALE_SECONDS
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
