"""Edit > Settings...: one page per subject. Backups: where they go and how many are kept;
Printing: the office name in every page header, and the paper; Dates: the language and how
typed dates are read.

Changes take effect when the clerk presses OK; the command line reads the same file
(`sister-cities backup` puts its backups where this page says).
"""

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.backups import BackupPlace, BackupPolicy, describe_age
from desktop.settings import (
    BACKUP_KEEP,
    BACKUP_PLACE,
    DATE_ORDER,
    LANGUAGE,
    MAX_KEEP,
    OFFICE_NAME,
    PAPER_SIZE,
    Settings,
)
from desktop.store.backups import rotating_backups, taken_at
from desktop.ui.settings import translations
from desktop.ui.settings.database_page import DatabasePage
from desktop.ui.settings.date_order import (
    DAY_FIRST,
    FROM_REGION,
    MONTH_FIRST,
    region_reads_day_first,
)


class BackupsPage(QWidget):
    def __init__(self, settings: Settings, database: Path | None, parent=None):
        super().__init__(parent)
        self._database = database
        policy = settings.backup_policy()
        form = QFormLayout(self)
        self.places = QButtonGroup(self)
        box = QVBoxLayout()
        self.place_buttons: dict[BackupPlace, QRadioButton] = {}
        for place in BackupPlace:
            button = QRadioButton(place.label, self)
            button.setChecked(place == policy.place)
            self.places.addButton(button)
            self.place_buttons[place] = button
            box.addWidget(button)
            button.toggled.connect(self._show_folder)
        form.addRow(self.tr("Keep backups:"), box)
        self.folder = QLabel(self)
        self.folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open the &folder"), self)
        open_folder.clicked.connect(self._on_open_folder_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(open_folder)
        form.addRow(self.tr("Folder:"), row)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(policy.keep)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("How many backups to keep"))
        form.addRow(self.tr("&Keep the newest:"), self.keep)
        self.last = QLabel(self)
        form.addRow(self.tr("Last backup:"), self.last)
        note = QLabel(
            self.tr(
                "A backup is taken the first time the registry is opened each day, after its "
                "integrity check. File > Back up now takes one at any time."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        if database is None:
            for button in self.place_buttons.values():
                button.setEnabled(False)
            self.keep.setEnabled(False)
            note.setText(self.tr("This registry is on a database server, which backs it up."))
        self._show_folder()

    def policy(self) -> BackupPolicy:
        place = next(p for p, b in self.place_buttons.items() if b.isChecked())
        return BackupPolicy(place=place, keep=self.keep.value())

    def _show_folder(self) -> None:
        if self._database is None:
            self.folder.setText("")
            return
        folder = self.policy().folder(self._database)
        self.folder.setText(str(folder))
        found = rotating_backups(folder, self._database.stem)
        if not found:
            self.last.setText(self.tr("none yet in this folder"))
            return
        self.last.setText(describe_age(taken_at(found[0])))

    def _on_open_folder_clicked(self) -> None:
        if self._database is not None:
            folder = self.policy().folder(self._database)
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class PrintingPage(QWidget):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.office = QLineEdit(settings.get(OFFICE_NAME), self)
        self.office.setPlaceholderText(self.tr("e.g. Office of the City Clerk, Norfolk"))
        self.office.setMaxLength(120)
        form.addRow(self.tr("&Office name (page headers):"), self.office)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("From the computer's region"), "")
        self.paper.addItem("A4", "A4")
        self.paper.addItem("Letter", "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.get(PAPER_SIZE))))
        form.addRow(self.tr("&Paper:"), self.paper)


class DatesPage(QWidget):
    """How typed dates like 03/07/2022 are read."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.language = QComboBox(self)
        here = translations.LANGUAGES[translations.chosen_language("", QLocale.system())]
        self.language.addItem(self.tr("As this computer's region (%1)").replace("%1", here), "")
        for code, name in translations.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        form.addRow(self.tr("&Language:"), self.language)
        language_note = QLabel(self.tr("The language is changed when the app is next opened."))
        language_note.setWordWrap(True)
        form.addRow(language_note)
        region = self.tr("day first") if region_reads_day_first() else self.tr("month first")
        self.order = QComboBox(self)
        self.order.addItem(
            self.tr("As this computer's region writes them (%1)").replace("%1", region),
            FROM_REGION,
        )
        self.order.addItem(self.tr("Day first: 03/07/2022 is 3 July 2022"), DAY_FIRST)
        self.order.addItem(self.tr("Month first: 03/07/2022 is 7 March 2022"), MONTH_FIRST)
        self.order.setCurrentIndex(max(0, self.order.findData(settings.get(DATE_ORDER))))
        form.addRow(self.tr("&Read dates like 03/07/2022:"), self.order)
        note = QLabel(
            self.tr(
                "Every date field shows beside it how it read what you typed. 2022-03-07 and "
                "7 March 2022 are read the same way whatever is chosen here."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, database: Path | None, parent=None, *, in_use: str = ""):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.backups = BackupsPage(settings, database, self)
        self.printing = PrintingPage(settings, self)
        self.dates = DatesPage(settings, self)
        self.database = DatabasePage(settings, in_use or str(database or ""), self)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.tabs.addTab(self.printing, self.tr("Printing"))
        self.tabs.addTab(self.dates, self.tr("Language and dates"))
        self.tabs.addTab(self.database, self.tr("Database"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def accept(self) -> None:
        policy = self.backups.policy()
        self._settings.set(BACKUP_PLACE, policy.place.value)
        self._settings.set(BACKUP_KEEP, policy.keep)
        self._settings.set(OFFICE_NAME, self.printing.office.text().strip())
        self._settings.set(PAPER_SIZE, self.printing.paper.currentData())
        self._settings.set(DATE_ORDER, self.dates.order.currentData())
        self._settings.set(LANGUAGE, self.dates.language.currentData())
        self.database.save(self._settings)
        self._settings.sync()
        super().accept()
