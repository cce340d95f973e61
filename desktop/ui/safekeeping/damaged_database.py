"""A database that cannot even be opened because it is damaged: before any window, offer
the newest whole backup instead of a bare error (the damaged file is kept, untouched)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from desktop.domain.words import fill
from desktop.services.backups import describe_age, latest_good_backup, restore_backup
from desktop.services.opening import open_registry
from desktop.settings import APPLICATION, Settings
from desktop.store.backups import BackupInfo
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.worker import Worker


def recover_at_start(
    target, error: StoreError, settings: Settings, busy_timeout_ms: int | None = None
) -> Database | None:
    """Offer the newest whole backup of the damaged file at `target`; restore it and open
    the registry if the clerk agrees. None (after saying why) when there is nothing to do."""
    path = Path(target) if not isinstance(target, str) or "://" not in target else None
    info = latest_good_backup(path, settings.backup_policy()) if path else None
    if info is None:
        QMessageBox.critical(None, APPLICATION, str(error))
        return None
    if not ask_restore_at_start(error, info):
        return None
    outcome = _restore_with_progress(path, info.path)
    if isinstance(outcome, str):
        QMessageBox.critical(
            None,
            APPLICATION,
            QCoreApplication.translate("DamagedDatabase", "Nothing was restored: %1").replace(
                "%1", outcome
            ),
        )
        return None
    db, _ = open_registry(path, create=False, busy_timeout_ms=busy_timeout_ms)
    return db


def ask_restore_at_start(error: StoreError, info: BackupInfo) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APPLICATION,
        fill(
            QCoreApplication.translate(
                "DamagedDatabase",
                "%1\n\nThe newest whole backup was taken %2:\n%3\n\nRestore it? Everything "
                "entered since then would have to be entered again. The damaged file is kept, "
                "untouched, beside it.",
            ),
            error,
            describe_age(info.taken),
            info.describe(),
        ),
    )
    # No letter and not Enter: this box may come up while the clerk is typing a search
    # (the first rows take keys at start-up), and a stray key must not restore.
    restore = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is restore


def _restore_with_progress(database: Path, backup: Path):
    """Run the restore in the background behind a progress dialog; its Restored, or the
    failure's message."""
    dialog = QProgressDialog(
        QCoreApplication.translate("DamagedDatabase", "Restoring the backup..."), "", 0, 0
    )
    dialog.setCancelButton(None)  # half a restore is rolled back anyway; no need to stop it
    dialog.setWindowTitle(APPLICATION)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    outcome: list = []
    worker = Worker(
        lambda progress: restore_backup(database, backup, progress), (StoreError, OSError)
    )
    worker.signals.progress.connect(
        lambda done, total, _m: (dialog.setMaximum(total), dialog.setValue(done))
    )
    worker.signals.finished.connect(lambda result: (outcome.append(result), loop.quit()))
    worker.signals.failed.connect(lambda message: (outcome.append(message), loop.quit()))
    worker.start()
    loop.exec()
    dialog.close()
    return outcome[0]
