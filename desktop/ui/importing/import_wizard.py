"""File > Import...: choose a file, its sheet and header row, say which column is which,
answer the names that look like others, preview every row with its problems at their
cells, then import it as one batch (with a report of every row, and an undo)."""

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop import settings as keys
from desktop.reports.import_report import default_report_path, write_report
from desktop.services.importing import reading
from desktop.services.importing.encodings import CHOICES
from desktop.services.importing.mapping import RECORD_TYPES, Mapping
from desktop.settings import Settings
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.importing.import_mapping_page import MappingPage, error_label
from desktop.ui.importing.import_pages import PreviewPage, ResultPage
from desktop.ui.importing.import_questions import QuestionsPage

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportWizard", "Spreadsheets and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)"
)


class ImportWizard(QWizard):
    """Owns what the pages share: the file, the table's headers, the mapping, the plan and
    the clerk's answers about look-alike names."""

    # A locked or damaged database, a bad file or row, a full disk: plain messages, not bugs.
    EXPECTED = (OSError, ValueError, StoreError)

    def __init__(self, *, db: Database, settings: Settings, parent=None):
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.path: Path | None = None
        self.encoding: str | None = None  # a CSV file's, as chosen (None: told from the file)
        self.headers: list[str] = []
        self.mapping = Mapping()
        self.plan = None
        self.answers: dict[str, str] = {}
        self.result = None
        self.setWindowTitle(self.tr("Import a list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.questions_page = QuestionsPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.questions_page,
            self.preview_page,
            self.result_page,
        ):
            self.addPage(page)
        self.resize(980, 640)
        if screen := self.screen():  # never larger than the screen it opens on
            room = screen.availableGeometry()
            self.resize(min(980, room.width() - 40), min(640, room.height() - 60))

    def reject(self) -> None:
        """Cancel stops the check or the import; an import stopped halfway writes nothing
        (it is one transaction)."""
        for page in (self.questions_page, self.preview_page, self.result_page):
            if page.worker is not None:
                page.worker.cancel()
        super().reject()

    def day_first_default(self) -> bool:
        return bool(self.settings.get(keys.IMPORT_DAY_FIRST))

    def save_report(self, plan, *, written: bool, batch_id=None, parent=None) -> Path | None:
        """Ask where, then write the report of every row (whole or not at all)."""
        suggested = default_report_path(self.path)
        name, _ = QFileDialog.getSaveFileName(
            parent or self,
            self.tr("Save the import report"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        try:
            return write_report(plan, name, written=written, batch_id=batch_id)
        except OSError as exc:
            QMessageBox.warning(parent or self, self.tr("Import report"), str(exc))
            return None

    def remembered_mapping(self, record_type: str) -> Mapping | None:
        saved = json.loads(self.settings.get(keys.IMPORT_MAPPINGS) or "{}")
        if record_type not in saved:
            return None
        try:
            data = saved[record_type]
            return Mapping(
                record_type,
                data["columns"],
                data["defaults"],
                data["day_first"],
                data.get("undated", "established"),
            )
        except (KeyError, TypeError):
            return None

    def remember_mapping(self, mapping: Mapping) -> None:
        saved = json.loads(self.settings.get(keys.IMPORT_MAPPINGS) or "{}")
        saved[mapping.record_type] = mapping.as_json()
        self.settings.set(keys.IMPORT_MAPPINGS, json.dumps(saved))
        self.settings.set(keys.IMPORT_DAY_FIRST, mapping.day_first)
        self.settings.sync()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Which list?"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xlsm) or a CSV file."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.textChanged.connect(self._on_path_changed)
        self.choose_button = QPushButton(self.tr("&Choose..."), self)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.kind_combo = QComboBox(self)
        for value, label in RECORD_TYPES.items():
            self.kind_combo.addItem(QCoreApplication.translate("Domain", label), value)
        # A CSV file's encoding is told from the file; one that reads two ways (or in a
        # code page not told apart) is refused with both readings, and chosen here.
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.addItem(self.tr("Tell from the file"), None)
        for label, codec in CHOICES.items():
            self.encoding_combo.addItem(QCoreApplication.translate("Domain", label), codec)
        self.encoding_combo.setToolTip(
            self.tr("For a CSV file: the encoding it was saved in, if it cannot be told.")
        )
        self.error_label = error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(self.choose_button)
        form = QFormLayout(self)
        # The field is a row of two widgets: the label needs its buddy said, or Qt shows
        # the '&' itself and Alt+F goes nowhere.
        self.file_label = QLabel(self.tr("&File:"), self)
        self.file_label.setBuddy(self.path_edit)
        form.addRow(self.file_label, row)
        form.addRow(self.tr("&Records:"), self.kind_combo)
        form.addRow(self.tr("&Encoding (CSV):"), self.encoding_combo)
        form.addRow(self.error_label)

    def _on_choose_clicked(self) -> None:
        folder = self.wizard().settings.get(keys.IMPORT_FOLDER)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a list"),
            folder,
            QCoreApplication.translate("ImportWizard", FILE_FILTER),
        )
        if name:
            self.path_edit.setText(name)

    def _on_path_changed(self) -> None:
        self.error_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            reading.file_kind(path)
        except reading.ImportFileError as exc:
            self.error_label.setText(str(exc))
            return False
        wizard = self.wizard()
        wizard.path = path
        wizard.encoding = self.encoding_combo.currentData()
        wizard.mapping.record_type = self.kind_combo.currentData()
        wizard.settings.set(keys.IMPORT_FOLDER, str(path.parent))
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Which sheet, and where are the column names?"))
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, 50)
        self.header_spin.valueChanged.connect(self._on_choice_changed)
        self.first_rows = QTableWidget(self)
        self.first_rows.setAccessibleName(self.tr("First rows of the sheet"))
        self.first_rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Column names in &row:"), self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.first_rows)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        try:
            self.sheet_combo.addItems(reading.sheet_names(wizard.path))
        except reading.ImportFileError as exc:
            self.error_label.setText(str(exc))
        self.sheet_combo.blockSignals(False)
        self._on_choice_changed()

    def sheet(self) -> str | None:
        name = self.sheet_combo.currentText()
        return None if name in ("", reading.CSV_SHEET) else name

    def _on_choice_changed(self) -> None:
        self.error_label.clear()
        try:
            wizard = self.wizard()
            rows = reading.peek(wizard.path, self.sheet(), rows=15, encoding=wizard.encoding)
        except reading.ImportFileError as exc:
            self.error_label.setText(str(exc))
            rows = []
        width = max((len(r) for r in rows), default=0)
        self.first_rows.setRowCount(len(rows))
        self.first_rows.setColumnCount(width)
        header_row = self.header_spin.value()
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(reading.cell_text(value))
                if r + 1 == header_row:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.first_rows.setItem(r, c, item)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        try:
            table = reading.read_table(
                wizard.path,
                self.sheet(),
                self.header_spin.value(),
                limit=1,
                encoding=wizard.encoding,
            )
        except reading.ImportFileError as exc:
            self.error_label.setText(str(exc))
            return False
        wizard.headers = table.headers
        return True
