"""The quick check every command runs before it works on a registry file, apart from the
rest of `check` (services/health.py) so that a listing need not load the ORM for it."""

from pathlib import Path

from desktop.domain.words import fill, translate
from desktop.store.backups import integrity_problems
from desktop.store.errors import DatabaseCorrupt

# Commands that only read (a listing, a printout, an export) check a file up to this size
# first (SQLite's quick check reads every page: about a second a gigabyte here); one that
# writes always checks. Larger files get the window's daily full check.
QUICK_CHECK_BEFORE_READING = 2_000_000_000


def require_whole_file(path: Path, *, writing: bool) -> None:
    """SQLite's quick check, where it can be afforded (always before writing).
    DatabaseCorrupt, pointing at the backups, when the file is damaged: nothing is written
    into it and nothing is made from it."""
    if not writing and path.stat().st_size > QUICK_CHECK_BEFORE_READING:
        return
    problems = integrity_problems(path, thorough=False)
    if problems:
        raise DatabaseCorrupt(
            fill(
                translate(
                    "Domain",
                    "The database '%1' is damaged (%2), so nothing was written to it. Restore "
                    "the latest good backup: File > Restore... in the window, or "
                    "`sister-cities restore --latest`.",
                )
                if writing
                else translate(
                    "Domain",
                    "The database '%1' is damaged (%2), so nothing was made from it. Restore "
                    "the latest good backup: File > Restore... in the window, or "
                    "`sister-cities restore --latest`.",
                ),
                path,
                problems[0],
            )
        )
