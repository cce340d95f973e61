"""Opening the registry for the window, with the questions that may take: the server's
password (asked, kept in memory, never saved) and, for a damaged file, the newest whole
backup. Errors a clerk can act on are shown, then the window is not opened."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.engine import make_url

from desktop.domain.words import fill
from desktop.services.opening import open_registry
from desktop.services.sample_records import load_sample_records
from desktop.settings import APPLICATION, Settings
from desktop.store.database import Database
from desktop.store.engine import with_password
from desktop.store.errors import DatabaseCorrupt, NotADatabase, PasswordNeeded, StoreError
from desktop.ui.importing import sample_records
from desktop.ui.safekeeping.damaged_database import recover_at_start

# A save waits this long for another writer (a colleague's import) before the clerk is told
# who holds the registry and offered Retry: long enough for an ordinary save to finish.
WINDOW_BUSY_TIMEOUT_MS = 4_000
PASSWORD_TRIES = 3


def ask_password(target: str, wrong: bool = False) -> str | None:
    """The server's password, typed by the clerk (None: they cancelled)."""
    url = make_url(target)
    server = url.host or url.query.get("host") or "this computer"
    text = QCoreApplication.translate(
        "WindowOpening", "Password of %1 for the registry '%2' on %3:"
    )
    text = (
        fill(text, url.username or "you", url.database or "", server).replace(
            "&", "&&"
        )  # a label reads '&' as a shortcut letter
    )
    if wrong:
        text = (
            QCoreApplication.translate("WindowOpening", "That password was not accepted.")
            + "\n"
            + text
        )
    password, ok = QInputDialog.getText(None, APPLICATION, text, QLineEdit.EchoMode.Password)
    return password if ok else None


def open_for_window(target: str | Path, settings: Settings) -> Database | None:
    try:
        for attempt in range(PASSWORD_TRIES):
            try:
                return _open(target, settings)
            except PasswordNeeded:
                if attempt == PASSWORD_TRIES - 1 or not isinstance(target, str):
                    raise
                password = ask_password(target, wrong=attempt > 0)
                if password is None:
                    return None
                target = with_password(target, password)
    except StoreError as exc:
        QMessageBox.critical(None, APPLICATION, str(exc))
        print(f"sister-cities: {exc}", file=sys.stderr)
    return None


def _open(target: str | Path, settings: Settings) -> Database | None:
    try:
        db, _ = open_registry(target, samples=False, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
    except (DatabaseCorrupt, NotADatabase) as exc:
        return recover_at_start(target, exc, settings, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
    if db.created and sample_records.ask_for_sample_records(None):  # a first run
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_sample_records(db)
        finally:
            QApplication.restoreOverrideCursor()
    return db
