"""The registry's safety in the window: the check and daily backup after start-up, Back up
now, and restoring a backup (from the menu, or when the database turns out damaged).

The check and the daily backup run in the background once the window is up, so the clerk
can work while a large registry is read through; a damaged database is never backed up
over the good copies. Messages go to the status bar; only damage interrupts the clerk.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.words import fill
from desktop.services.backups import (
    back_up,
    daily_backup_due,
    database_file,
    describe_age,
    latest_good_backup,
    restore_backup,
)
from desktop.services.health import HealthReport, check_database
from desktop.services.progress import Progress
from desktop.settings import Settings
from desktop.store.backups import BackupInfo, Restored
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.worker import Worker, run_with_progress

EXPECTED = (StoreError, OSError)


@dataclass(frozen=True)
class StartupOutcome:
    report: HealthReport
    backup: BackupInfo | None  # the day's backup, when this start took it


class StartupSafekeeping(QObject):
    """Check the database, then take the day's backup if none was taken yet."""

    checked = Signal(object)  # StartupOutcome
    failed = Signal(str)

    def __init__(self, db: Database, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._settings = db, settings
        self.worker: Worker | None = None

    def start(self, pool: QThreadPool | None = None) -> None:
        if self._db.path is None:  # a server checks and backs up itself
            return
        policy = self._settings.backup_policy()
        db = self._db

        def work(progress: Progress) -> StartupOutcome:
            # The full check (minutes on a national registry) with the day's backup; on
            # other starts SQLite's quick check, which reads every page but not the indexes.
            due = daily_backup_due(db.path, policy)
            report = check_database(db, thorough=due)
            backup = back_up(db.path, policy, progress) if report.whole and due else None
            return StartupOutcome(report, backup)

        self.worker = Worker(work, expected=EXPECTED)
        self.worker.signals.finished.connect(self.checked)
        self.worker.signals.failed.connect(self.failed)
        self.worker.start(pool)

    def cancel(self) -> None:
        """The window is closing: stop a backup half-way (its temporary file is removed)."""
        if self.worker is not None:
            self.worker.cancel()


def back_up_now(parent: QWidget, db: Database, settings: Settings, on_done=None) -> Worker | None:
    """File > Back up now: a backup into the backup folder, with progress."""
    try:
        database = database_file(db)
    except StoreError as exc:
        QMessageBox.information(
            parent, QCoreApplication.translate("Safekeeping", "Back up"), str(exc)
        )
        return None
    policy = settings.backup_policy()

    def finished(info: BackupInfo) -> None:
        size = info.path.stat().st_size / 1_000_000
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Safekeeping", "Backed up"),
            fill(
                QCoreApplication.translate(
                    "Safekeeping",
                    "The registry was backed up to\n%1\n(%2 MB, %3 partnerships). The newest %4 "
                    "backups are kept.",
                ),
                info.path,
                f"{size:,.1f}",
                f"{info.partnerships:,}",
                policy.keep,
            ),
        )
        if on_done is not None:
            on_done(info)

    return run_with_progress(
        parent,
        lambda progress: back_up(database, policy, progress),
        title=QCoreApplication.translate("Safekeeping", "Back up"),
        label=QCoreApplication.translate("Safekeeping", "Backing up the registry..."),
        on_finished=finished,
        failure=QCoreApplication.translate("Safekeeping", "No backup was made:"),
        expected=EXPECTED,
    )


def confirm_restore(parent: QWidget, info: BackupInfo, why: str = "") -> bool:
    text = QCoreApplication.translate(
        "Safekeeping",
        "%1Restore the backup taken %2?\n\n%3\n\nEverything entered since then is replaced "
        "by the backup. The database as it is now is kept as a copy beside it.",
    )
    text = fill(text, f"{why}\n\n" if why else "", describe_age(info.taken), info.describe())
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Safekeeping", "Restore a backup"),
        text,
        parent=parent,
    )
    # No letter: the quick check may ask this while the clerk types in the search box.
    restore = box.addButton(
        QCoreApplication.translate("Safekeeping", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def restore_in_window(parent: QWidget, db: Database, backup: Path, on_restored) -> Worker:
    """Put `backup` back while the window is open; `on_restored(Restored)` refreshes it."""
    database = database_file(db)

    def finished(restored: Restored) -> None:
        kept = restored.kept
        if restored.damaged:
            note = QCoreApplication.translate(
                "Safekeeping", "The damaged database was moved aside, untouched, as\n%1"
            )
        else:
            note = QCoreApplication.translate(
                "Safekeeping", "The database it replaced was kept as\n%1"
            )
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Safekeeping", "Backup restored"),
            QCoreApplication.translate("Safekeeping", "Restored %1.").replace(
                "%1", restored.backup.describe()
            )
            + ("\n\n" + note.replace("%1", str(kept)) if kept else ""),
        )
        on_restored(restored)

    return run_with_progress(
        parent,
        lambda progress: restore_backup(database, backup, progress, db=db),
        title=QCoreApplication.translate("Safekeeping", "Restore a backup"),
        label=QCoreApplication.translate("Safekeeping", "Restoring the backup..."),
        on_finished=finished,
        failure=QCoreApplication.translate("Safekeeping", "Nothing was restored:"),
        expected=EXPECTED,
    )


def offer_latest_backup(parent: QWidget, db: Database, settings: Settings, problems, on_restored):
    """The check found damage: say so, and offer the newest whole backup."""
    first = problems[0] if problems else ""
    why = QCoreApplication.translate("Safekeeping", "The database is damaged (%1).").replace(
        "%1", first
    )
    info = latest_good_backup(db.path, settings.backup_policy())
    if info is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Safekeeping", "Database damaged"),
            why
            + "\n\n"
            + QCoreApplication.translate(
                "Safekeeping",
                "There is no whole backup of it. Keep working only to copy out what you "
                "need, keep the file, and ask for help to rescue it.",
            ),
        )
        return None
    if confirm_restore(parent, info, why):
        return restore_in_window(parent, db, info.path, on_restored)
    return None
