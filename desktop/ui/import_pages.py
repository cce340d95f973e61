"""The later pages of the import wizard: the column mapping, the preview (with the
summary and the choice of all or nothing), and the import itself."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import settings as keys
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.batches import undo_batch
from desktop.services.importing.mapping import Mapping, guess_mapping, targets
from desktop.services.importing.plan import plan_file, with_local_country
from desktop.store.errors import StoreError
from desktop.ui.import_preview_model import ImportPreviewModel
from desktop.ui.worker import Worker

# A locked or damaged database, a bad file or row, a full disk: plain messages, not bugs.
EXPECTED = (OSError, ValueError, StoreError)
DEFAULTABLE = {"local_country", "local_subdivision", "partner_country", "kind", "status"}


def error_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a00;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MappingPage(QWizardPage):
    """One line a field: the column that holds it (guessed from the header names, or as
    last time), and for some fields one value for every row."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(
            self.tr(
                "Fields marked * are needed; give a value for every row where "
                "the list has no column (e.g. the local country)."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.defaults: dict[str, QLineEdit] = {}
        self.form_holder = QWidget(self)
        self.form = QFormLayout(self.form_holder)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_holder)
        self.day_first = QCheckBox(self.tr("Dates like 03/04/2022 are &day first (3 April)"))
        self.save_button = QPushButton(self.tr("&Save mapping..."), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.load_button = QPushButton(self.tr("&Load mapping..."), self)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.error_label = error_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.day_first)
        buttons.addStretch()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        wizard = self.wizard()
        record_type = wizard.mapping.record_type
        remembered = wizard.remembered_mapping(record_type)
        guess = guess_mapping(wizard.headers, record_type)
        if remembered is not None:  # last time's choices, where this file has the columns
            fitted = remembered.fitted_to(wizard.headers)
            guess.columns = fitted.columns or guess.columns
            guess.defaults, guess.day_first = fitted.defaults, fitted.day_first
        else:
            guess.day_first = bool(wizard.settings.get(keys.IMPORT_DAY_FIRST))
        self._build(record_type)
        self.show_mapping(with_local_country(wizard.db, guess))

    def _build(self, record_type: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.defaults.clear()
        for name, target in targets(record_type).items():
            combo = QComboBox(self.form_holder)
            combo.addItem(self.tr("(not in the list)"), "")
            for header in self.wizard().headers:
                combo.addItem(header, header)
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.setAccessibleName(self.tr(target.label))
            self.combos[name] = combo
            row = QHBoxLayout()
            row.addWidget(combo, 2)
            if name in DEFAULTABLE:
                edit = QLineEdit(self.form_holder)
                edit.setPlaceholderText(self.tr("or one value for every row"))
                edit.setAccessibleName(self.tr("%s for every row") % self.tr(target.label))
                edit.textChanged.connect(self.completeChanged)
                self.defaults[name] = edit
                row.addWidget(edit, 1)
            label = self.tr(target.label) + (" *" if target.required else "")
            self.form.addRow(label + ":", row)

    def show_mapping(self, mapping: Mapping) -> None:
        for name, combo in self.combos.items():
            header = mapping.column_of(name) or ""
            combo.setCurrentIndex(max(combo.findData(header), 0))
        for name, edit in self.defaults.items():
            edit.setText(str(mapping.defaults.get(name, "")))
        self.day_first.setChecked(mapping.day_first)

    def mapping(self) -> Mapping:
        columns = {c.currentData(): n for n, c in self.combos.items() if c.currentData()}
        defaults = {n: e.text().strip() for n, e in self.defaults.items() if e.text().strip()}
        return Mapping(
            self.wizard().mapping.record_type, columns, defaults, self.day_first.isChecked()
        )

    def isComplete(self) -> bool:
        missing = self.mapping().missing()
        self.error_label.setText(
            self.tr("Still needed: %s") % ", ".join(missing) if missing else ""
        )
        used = [c.currentData() for c in self.combos.values() if c.currentData()]
        if len(used) != len(set(used)):
            self.error_label.setText(self.tr("A column can hold only one field."))
            return False
        return not missing

    def validatePage(self) -> bool:
        wizard = self.wizard()
        wizard.mapping = self.mapping()
        wizard.remember_mapping(wizard.mapping)
        return True

    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), "mapping.json", self.tr("Mappings (*.json)")
        )
        if name:
            try:
                self.mapping().save(name)
            except OSError as exc:
                self.error_label.setText(str(exc))

    def _on_load_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a mapping"), "", self.tr("Mappings (*.json)")
        )
        if name:
            try:
                self.show_mapping(Mapping.load(name).fitted_to(self.wizard().headers))
            except ValueError as exc:
                self.error_label.setText(str(exc))


class PreviewPage(QWizardPage):
    """Every row as it will be imported; the commit page (its button says Import)."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Check the rows"))
        self.setCommitPage(True)
        self.setButtonText(wizard.WizardButton.CommitButton, self.tr("&Import"))
        self.worker: Worker | None = None
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.model = ImportPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows to import"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.only_problems = QCheckBox(self.tr("Show only rows with &problems"), self)
        self.only_problems.toggled.connect(self.model.show_only_problems)
        self.all_or_nothing = QRadioButton(self.tr("Import &all rows, or nothing"), self)
        self.valid_only = QRadioButton(
            self.tr("Import only the &valid rows, and write the rejected ones to:"), self
        )
        self.all_or_nothing.setChecked(True)
        self.rejects_edit = QLineEdit(self)
        self.rejects_edit.setAccessibleName(self.tr("Workbook for the rejected rows"))
        for widget in (self.all_or_nothing, self.valid_only):
            widget.toggled.connect(self.completeChanged)
        self.error_label = error_label(self)
        choice = QHBoxLayout()
        choice.addWidget(self.valid_only)
        choice.addWidget(self.rejects_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.all_or_nothing)
        layout.addLayout(choice)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        wizard = self.wizard()
        wizard.plan = None
        self.model.set_plan(None)
        self.error_label.clear()
        self.summary_label.setText(self.tr("Reading and checking %s ...") % wizard.path.name)
        self.progress.show()
        self.rejects_edit.setText(str(wizard.path.with_name(wizard.path.stem + "-rejected.xlsx")))
        path, sheet = wizard.path, wizard.sheet_page.sheet()
        header_row, mapping, db = wizard.sheet_page.header_spin.value(), wizard.mapping, wizard.db
        self.worker = Worker(
            lambda progress: plan_file(db, path, sheet, header_row, mapping, progress), EXPECTED
        )
        self.worker.signals.progress.connect(self._on_worker_progress)
        self.worker.signals.finished.connect(self._on_worker_finished)
        self.worker.signals.failed.connect(self._on_worker_failed)
        self.worker.start()

    def cleanupPage(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _on_worker_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(total or 0)
        self.progress.setValue(done)
        self.progress.setFormat(message)

    def _on_worker_finished(self, plan) -> None:
        self.wizard().plan = plan
        self.progress.hide()
        self.model.set_plan(plan)
        self.table.resizeColumnsToContents()
        remarks = "".join(f"<br>{r}" for r in plan.remarks)
        if plan.restored or plan.communities_to_restore():
            remarks = (
                self.tr(
                    "<br><b>%s</b> partnerships and <b>%s</b> communities are archived in "
                    "the registry (an undone import, say): the import restores them."
                )
                % (f"{plan.restored:,}", f"{len(plan.communities_to_restore()):,}")
                + remarks
            )
        self.summary_label.setText(
            self.tr(
                "<b>%s</b> rows: <b>%s</b> new, <b>%s</b> matched to existing records, "
                "<b>%s</b> rejected; %s new communities. Point at a coloured cell to see "
                "its problem."
            )
            % (
                f"{len(plan.rows):,}",
                f"{plan.new:,}",
                f"{plan.matched:,}",
                f"{plan.rejected:,}",
                f"{len(plan.new_communities()):,}",
            )
            + remarks
        )
        self.valid_only.setChecked(False)
        self.all_or_nothing.setChecked(True)
        self.completeChanged.emit()

    def _on_worker_failed(self, message: str) -> None:
        self.progress.hide()
        self.summary_label.clear()
        self.error_label.setText(message)

    def isComplete(self) -> bool:
        plan = self.wizard().plan
        if plan is None:
            return False
        if plan.rejected and self.all_or_nothing.isChecked():
            self.error_label.setText(
                self.tr(
                    "Some rows have problems: fix them in the file and go back, or import "
                    "only the valid rows."
                )
            )
            return False
        self.error_label.clear()
        return plan.new + plan.restored > 0


class ResultPage(QWizardPage):
    """Runs the import in the background and says what came of it."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.worker: Worker | None = None
        self.done = False
        self.progress = QProgressBar(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._on_undo_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

    def initializePage(self) -> None:
        wizard = self.wizard()
        preview = wizard.preview_page
        valid_only = preview.valid_only.isChecked()
        rejects = Path(preview.rejects_edit.text()) if valid_only else None
        plan, db = wizard.plan, wizard.db
        self.done = False
        self.worker = Worker(
            lambda progress: apply_plan(
                db, plan, valid_only=valid_only, rejects=rejects, progress=progress
            ),
            EXPECTED,
        )
        self.worker.signals.progress.connect(self._on_worker_progress)
        self.worker.signals.finished.connect(self._on_worker_finished)
        self.worker.signals.failed.connect(self._on_worker_failed)
        self.worker.start()

    def _on_worker_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(total or 0)
        self.progress.setValue(done)
        self.progress.setFormat(message)

    def _on_worker_finished(self, result) -> None:
        self.wizard().result = result
        self.progress.setMaximum(1)
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("Done"))
        self.result_label.setText(
            self.tr("Imported as batch %s: %s") % (result.batch_id, result.summary())
        )
        self.undo_button.setVisible(result.batch_id is not None)
        self._finish()

    def _on_undo_clicked(self) -> None:
        """Archive everything this import created (one transaction, with audit entries)."""
        db, batch_id = self.wizard().db, self.wizard().result.batch_id
        self.undo_button.setEnabled(False)
        self.worker = Worker(lambda progress: undo_batch(db, batch_id), EXPECTED)
        self.worker.signals.finished.connect(self._on_undo_finished)
        self.worker.signals.failed.connect(self._on_undo_failed)
        self.worker.start()

    def _on_undo_finished(self, archived: int) -> None:
        self.undo_button.hide()
        self.result_label.setText(
            self.tr("Import undone: %s records archived (they stay in the history).")
            % f"{archived:,}"
        )

    def _on_undo_failed(self, message: str) -> None:
        self.undo_button.setEnabled(True)
        self.result_label.setText(self.tr("The import stays; the undo failed: %s") % message)

    def _on_worker_failed(self, message: str) -> None:
        self.progress.hide()
        self.result_label.setText(self.tr("Nothing was imported: %s") % message)
        self._finish()

    def _finish(self) -> None:
        self.done = True
        # Cancel stops a running import; once it is over there is nothing to cancel, and
        # Cancel next to Finish would suggest the import could still be taken back.
        self.wizard().setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
