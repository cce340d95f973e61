"""File > Restore...: choose the backup to put back, seeing what each one holds.

Each backup is checked (SQLite's integrity check) in the background as the dialog opens;
one that fails is listed with the reason and cannot be chosen. A backup elsewhere (a USB
stick, a colleague's copy) can be chosen with "Other file..." and is checked the same way.
"""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.words import fill
from desktop.services.backups import available_backups
from desktop.services.progress import Progress
from desktop.settings import Settings
from desktop.store.backups import BackupError, BackupInfo, describe, examine
from desktop.ui.safekeeping.safekeeping import confirm_restore
from desktop.ui.worker import Worker

COLUMNS = (
    QT_TRANSLATE_NOOP("RestoreDialog", "Taken"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Partnerships"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Exchanges"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Timeline entries"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Last change"),
    QT_TRANSLATE_NOOP("RestoreDialog", "File"),
)
# Backups up to this size get SQLite's quick check in the list (a second or two each); a
# national registry's (gigabytes) is listed at once and checked in full when restored.
CHECKED_IN_LIST = 256 * 1024 * 1024


def examine_all(paths: list[Path], progress: Progress) -> list[tuple[Path, object]]:
    """Each path with its BackupInfo, or the reason it cannot be restored."""
    found = []
    for n, path in enumerate(paths):
        progress.step(n, len(paths), path.name)
        try:
            small = path.stat().st_size <= CHECKED_IN_LIST
            found.append((path, examine(path, thorough=False) if small else describe(path)))
        except (BackupError, OSError) as exc:
            found.append((path, str(exc)))
    return found


class RestoreDialog(QDialog):
    """Accepted with `chosen` set to the backup to restore (already confirmed)."""

    def __init__(self, database: Path, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(860, 380)
        self.chosen: BackupInfo | None = None
        self._infos: list[BackupInfo | None] = []
        policy = settings.backup_policy()
        self.status = QLabel(self.tr("Checking the backups..."), self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._on_restore_clicked())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.other_button = QPushButton(self.tr("&Other file..."), self)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.other_button.clicked.connect(self._on_other_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        where = QLabel(
            fill(self.tr("Backups of %1 (kept in %2):"), database.name, policy.folder(database)),
            self,
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.worker = Worker(
            lambda progress: examine_all(available_backups(database, policy), progress)
        )
        self.worker.signals.finished.connect(self._on_worker_finished)
        self.worker.signals.failed.connect(self.status.setText)
        self.worker.start()

    def _on_worker_finished(self, found: list[tuple[Path, object]]) -> None:
        for path, info in found:
            self._add_row(path, info)
        usable = sum(1 for i in self._infos if i is not None)
        if not found:
            self.status.setText(self.tr("There are no backups yet. Use Other file... to find one."))
        else:
            self.status.setText(
                fill(self.tr("%1 of %2 backups are whole and can be restored."), usable, len(found))
            )
        for row, info in enumerate(self._infos):  # the newest whole one, ready to restore
            if info is not None:
                self.table.selectRow(row)
                break

    def _add_row(self, path: Path, info: object) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if isinstance(info, BackupInfo):
            last = f"{info.last_change.astimezone():%d %b %Y %H:%M}" if info.last_change else ""
            texts = [
                f"{info.taken:%d %b %Y %H:%M}",
                f"{info.partnerships:,}",
                f"{info.exchanges:,}",
                f"{info.decisions:,}",
                last,
                path.name,
            ]
            self._infos.append(info)
        else:
            texts = [self.tr("Not usable"), "", "", "", "", f"{path.name}: {info}"]
            self._infos.append(None)
        grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(str(path))
            if info is None or not isinstance(info, BackupInfo):
                item.setForeground(grey)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            if 0 < column < 4:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._infos[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _on_restore_clicked(self) -> None:
        info = self.selected()
        if info is not None and confirm_restore(self, info):
            self.chosen = info
            self.accept()

    def _on_other_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            "",
            self.tr("Registry backups (*.sqlite *.db);;All files (*)"),
        )
        if not name:
            return
        try:
            info = examine(Path(name))
        except BackupError as exc:
            QMessageBox.warning(self, self.tr("Cannot restore this file"), str(exc))
            return
        if confirm_restore(self, info):
            self.chosen = info
            self.accept()
