"""The last pages of the import wizard: the preview of every row (with the summary and the
choice of all or nothing), and the import itself, with its report and its undo."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.domain.words import fill
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.batches import undo_batch
from desktop.services.importing.plan import plan_import
from desktop.services.importing.questions import DIFFERENT
from desktop.ui.importing.import_mapping_page import error_label
from desktop.ui.importing.import_preview_model import ImportPreviewModel
from desktop.ui.worker import Worker


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
            self.tr("Import only the &valid rows (the report lists the others)"), self
        )
        self.all_or_nothing.setChecked(True)
        for widget in (self.all_or_nothing, self.valid_only):
            widget.toggled.connect(self.completeChanged)
        self.report_button = QPushButton(self.tr("Save the &report of this check..."), self)
        self.report_button.clicked.connect(self._on_report_clicked)
        self.error_label = error_label(self)
        choice = QHBoxLayout()
        choice.addWidget(self.valid_only)
        choice.addStretch()
        choice.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.all_or_nothing)
        layout.addLayout(choice)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        """The clerk's answers only change the plan where a name is 'the same place': then
        the rows are checked again with them; otherwise the plan stands."""
        wizard = self.wizard()
        self.error_label.clear()
        self.model.set_plan(None)
        plan, answers = wizard.plan, dict(wizard.answers)
        if not any(answer != DIFFERENT for answer in answers.values()):
            plan.answers = answers
            self._show(plan)
            return
        wizard.plan = None
        self.summary_label.setText(self.tr("Checking the rows again with your answers ..."))
        self.progress.show()
        db = wizard.db
        self.worker = Worker(
            lambda progress: plan_import(db, plan.table, plan.mapping, progress, answers),
            wizard.EXPECTED,
        )
        self.worker.signals.progress.connect(self._on_worker_progress)
        self.worker.signals.finished.connect(self._show)
        self.worker.signals.failed.connect(self._on_worker_failed)
        self.worker.start()

    def cleanupPage(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _on_worker_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(total or 0)
        self.progress.setValue(done)
        self.progress.setFormat(message)

    def _show(self, plan) -> None:
        self.wizard().plan = plan
        self.progress.hide()
        self.model.set_plan(plan)
        self.table.resizeColumnsToContents()
        remarks = "".join(f"<br>{r}" for r in plan.remarks)
        if plan.restored or plan.communities_to_restore():
            remarks = (
                fill(
                    self.tr(
                        "<br><b>%1</b> partnerships and <b>%2</b> communities are archived in "
                        "the registry (an undone import, say): the import restores them."
                    ),
                    f"{plan.restored:,}",
                    f"{len(plan.communities_to_restore()):,}",
                )
                + remarks
            )
        if plan.filled:
            remarks = (
                self.tr(
                    "<br><b>%1</b> matched rows fill in details the registry lacks (a year, "
                    "an organisation); where the list differs, the registry's value is kept "
                    "and the row says so."
                ).replace("%1", f"{plan.filled:,}")
                + remarks
            )
        self.summary_label.setText(
            fill(
                self.tr(
                    "<b>%1</b> rows: <b>%2</b> new, <b>%3</b> matched to existing records, "
                    "<b>%4</b> rejected; %5 new communities. Point at a coloured cell to see "
                    "its problem."
                ),
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

    def _on_report_clicked(self) -> None:
        wizard = self.wizard()
        if wizard.plan is not None:
            wizard.save_report(wizard.plan, written=False, parent=self)

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
        return bool(plan.new + plan.restored + plan.filled or plan.community_fills)


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
        self.report_button = QPushButton(self.tr("Save the &report..."), self)
        self.report_button.hide()
        self.report_button.clicked.connect(self._on_report_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        layout.addStretch()

    def initializePage(self) -> None:
        wizard = self.wizard()
        preview = wizard.preview_page
        valid_only = preview.valid_only.isChecked()
        plan, db = wizard.plan, wizard.db
        self.done = False
        self.worker = Worker(
            lambda progress: apply_plan(db, plan, valid_only=valid_only, progress=progress),
            wizard.EXPECTED,
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
        if result.batch_id is None:
            self.result_label.setText(
                self.tr("Nothing new to import: %1").replace("%1", str(result.summary()))
            )
        else:
            self.result_label.setText(
                fill(self.tr("Imported as batch %1: %2"), result.batch_id, result.summary())
            )
        self.undo_button.setVisible(result.batch_id is not None)
        self.report_button.show()
        self._finish()

    def _on_report_clicked(self) -> None:
        result = self.wizard().result
        self.wizard().save_report(result.plan, written=True, batch_id=result.batch_id, parent=self)

    def _on_undo_clicked(self) -> None:
        """Archive everything this import created (one transaction, with audit entries)."""
        db, batch_id = self.wizard().db, self.wizard().result.batch_id
        self.undo_button.setEnabled(False)
        self.worker = Worker(lambda progress: undo_batch(db, batch_id), self.wizard().EXPECTED)
        self.worker.signals.finished.connect(self._on_undo_finished)
        self.worker.signals.failed.connect(self._on_undo_failed)
        self.worker.start()

    def _on_undo_finished(self, archived: int) -> None:
        self.undo_button.hide()
        self.result_label.setText(
            self.tr("Import undone: %1 records archived (they stay in the history).").replace(
                "%1", f"{archived:,}"
            )
        )

    def _on_undo_failed(self, message: str) -> None:
        self.undo_button.setEnabled(True)
        self.result_label.setText(
            self.tr("The import stays; the undo failed: %1").replace("%1", str(message))
        )

    def _on_worker_failed(self, message: str) -> None:
        self.progress.hide()
        self.result_label.setText(self.tr("Nothing was imported: %1").replace("%1", str(message)))
        self._finish()

    def _finish(self) -> None:
        self.done = True
        # Cancel stops a running import; once it is over there is nothing to cancel, and
        # Cancel next to Finish would suggest the import could still be taken back.
        self.wizard().setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
