"""The partnerships listing of a registry file for the command line, read through the
sqlite3 driver (store/partnership_sql.py) after the checks every opening makes (the file
looked at as store/database.py does, the command's quick check), without loading the ORM.

A file that needs more than reading (an upgrade due, a local name to suggest spellings
for) is left to the full opening: the caller lists it through the ORM as before. The
window's first page at start-up is read here too, before the window's parts are loaded.
"""

import sqlite3
from dataclasses import replace
from pathlib import Path

from desktop.domain.record_filter import RecordFilter
from desktop.store import partnership_sql
from desktop.store.errors import explain
from desktop.store.file_look import (
    BUSY_TIMEOUT_MS,
    check_path,
    glance_uri,
    look,
    read_only_uri,
    refuse_unusable,
)
from desktop.store.partnership_rows import PartnershipRow
from desktop.store.revisions import head_revision

# The early page waits this long for a writer (another clerk's save) before the window
# opens the full way instead.
FIRST_PAGE_BUSY_S = 0.2


def partnerships_in_file(path: Path, f: RecordFilter) -> list[PartnershipRow] | None:
    """The listing, or None when the file is to be opened the full way. Refuses what the
    full opening refuses (no file, someone else's, damaged, too new) with its words."""
    where = f"'{path}'"
    check_path(path, create=False)
    found = look(path)
    refuse_unusable(found, where)
    if found.revision != head_revision():
        return None  # an empty registry file, or an older one: opening upgrades it
    from desktop.services.quick_check import require_whole_file  # not for the first page

    require_whole_file(path, writing=False)
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            if f.local:
                spellings = partnership_sql.local_spellings(con, f.local)
                if not spellings:
                    return None  # the full listing names the nearest local communities
                f = replace(f, local=spellings[0])
            return partnership_sql.partnership_rows(con, f)
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise explain(exc, where, path) from exc


def first_page(path: Path, f: RecordFilter, limit: int) -> list[PartnershipRow] | None:
    """The window's first page of `f`, for the moment the app starts (ui/window/first_rows.py),
    or None whenever the full opening has anything to do or say: no file, not ours, too new
    or too old, damaged, busy, or a filter this SQL does not write. Nothing is refused here:
    the full opening, which follows at once, says what is wrong in its own words.

    No quick check first: the window's quick check runs beside the open window, and a
    damaged page read here fails as an error like any other (then nothing is shown early)."""
    try:
        if not path.is_file():
            return None
        found = look(path)
        if not (found.sqlite and found.writable) or found.revision != head_revision():
            return None
        # Nothing made beside a file nobody has open (no -wal, -shm): no full opening may
        # follow (the clerk closes the rows first) to take them away again.
        con = sqlite3.connect(glance_uri(path), uri=True, timeout=FIRST_PAGE_BUSY_S)
        try:
            return partnership_sql.page_rows(con, f, limit=limit)
        finally:
            con.close()
    except (OSError, sqlite3.Error, ValueError):
        return None
