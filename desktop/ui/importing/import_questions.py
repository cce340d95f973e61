"""The import wizard's review page: the names of the list that look like others ('Hangzhou'
beside the registry's Changzhou, 'Vernouillet' without its department), one line for each
community a name may be, each answered "same place" or "different places".

What is known of both places is shown (their regions, where they are, how far apart,
how many live there). Where the place table holds both names as places of their own, or
they lie far apart, the answer starts as "different"; an unanswered name becomes a
community of its own, as if answered "different"."""

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from desktop.domain.countries import country_name
from desktop.domain.matching import Reason
from desktop.services.importing.plan import plan_file
from desktop.services.importing.questions import DIFFERENT, Answers, Known, Question
from desktop.ui.importing.import_mapping_page import error_label
from desktop.ui.worker import Worker

NO_PARENT = QModelIndex()
SAME_BRUSH = QBrush(QColor("#d1e7dd"))
DIFFERENT_BRUSH = QBrush(QColor("#e2e3e5"))
OPEN_BRUSH = QBrush(QColor("#fff3cd"))
HEADERS = (
    QT_TRANSLATE_NOOP("QuestionsModel", "Name in the list"),
    QT_TRANSLATE_NOOP("QuestionsModel", "May be the same as"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Apart"),
    QT_TRANSLATE_NOOP("QuestionsModel", "People (list / other)"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Answer"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Where that one is"),
    QT_TRANSLATE_NOOP("QuestionsModel", "Rows of the list"),
)
NAME, OTHER, APART, PEOPLE, ANSWER, WHERE, ROWS = range(len(HEADERS))
WIDEST = 300  # pixels a column takes at most at first; the clerk can widen it


@dataclass
class _Line:
    number: int  # the question's number, from 1
    question: Question
    candidate: Known


class QuestionsModel(QAbstractTableModel):
    """One line for each community a name may be; answering a line answers its name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._questions: list[Question] = []
        self._lines: list[_Line] = []
        self._only_open = False

    def set_questions(self, questions: list[Question]) -> None:
        self.beginResetModel()
        self._questions = questions
        self._refill()
        self.endResetModel()

    def show_only_open(self, only: bool) -> None:
        self.beginResetModel()
        self._only_open = only
        self._refill()
        self.endResetModel()

    def _refill(self) -> None:
        self._lines = [
            _Line(number, q, c)
            for number, q in enumerate(self._questions, start=1)
            if not (self._only_open and q.answered)
            for c in q.candidates
        ]

    def answers(self) -> Answers:
        return {q.key: q.answer for q in self._questions if q.answer}

    def open_count(self) -> int:
        return sum(1 for q in self._questions if not q.answered)

    def answer(self, rows: list[int], same: bool | None) -> None:
        """'Same place' for the chosen lines (one candidate a name), 'different places',
        or no answer (None)."""
        for row in rows:
            line = self._lines[row]
            if same is None:
                line.question.answer = ""
            elif same:
                line.question.answer = line.candidate.key
            else:
                line.question.answer = DIFFERENT
        self.dataChanged.emit(self.index(0, ANSWER), self.index(self.rowCount() - 1, ANSWER))

    def line(self, row: int) -> _Line:
        return self._lines[row]

    def rowCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=NO_PARENT):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return str(self._lines[section].number)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        q, c, column = line.question, line.candidate, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(q, c, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == ANSWER:
            if q.answer == c.key:
                return SAME_BRUSH
            return DIFFERENT_BRUSH if q.answer else OPEN_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ANSWER and q.suggestion_why:
                return self.tr("Suggested because %1.").replace("%1", str(q.suggestion_why))
            if column in (NAME, OTHER):
                return self.tr("Asked because of %1.").replace(
                    "%1", QCoreApplication.translate("Domain", q.reason)
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (APART, PEOPLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, q: Question, c: Known, column: int) -> str:
        regions_matter = q.reason == Reason.REGION.value
        if column == NAME:
            return _place(q.name, q.subdivision, q.country, regions_matter)
        if column == ROWS:
            return ", ".join(str(r) for r in q.rows[:6]) + (" ..." if len(q.rows) > 6 else "")
        if column == OTHER:
            return _place(c.name, c.subdivision, c.country, regions_matter)
        if column == WHERE:
            return c.where
        if column == APART:
            km = q.km_to(c)
            return "" if km is None else self.tr("%1 km").replace("%1", f"{km:,.0f}")
        if column == PEOPLE:
            people = (q.spot.population, c.spot.population)
            if people == (None, None):
                return ""
            return " / ".join("?" if n is None else f"{n:,}" for n in people)
        if q.answer == c.key:
            return self.tr("Same place")
        if q.answer:
            return self.tr("Different places")
        return self.tr("Not answered: a community of its own")


def _place(name: str, subdivision: str, country: str, regions_matter: bool) -> str:
    """'Vernouillet, Yvelines, France'; a missing region said where it is the question."""
    region = subdivision or (QCoreApplication.translate("QuestionsModel", "no region given")
                             if regions_matter else "")  # fmt: skip
    return ", ".join(p for p in (name, region, country_name(country)) if p)


class QuestionsPage(QWizardPage):
    """Checks the rows in the background, then asks about the look-alike names."""

    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Names that look like others"))
        self.setSubTitle(
            self.tr(
                "A similar spelling is a question, not proof: Amberg is not Bamberg. Say "
                "which names are the same place; the others become communities of their own."
            )
        )
        self.worker: Worker | None = None
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.model = QuestionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Names to answer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.same_button = QPushButton(self.tr("&Same place"), self)
        self.same_button.clicked.connect(lambda: self._answer(True))
        self.different_button = QPushButton(self.tr("&Different places"), self)
        self.different_button.clicked.connect(lambda: self._answer(False))
        self.clear_button = QPushButton(self.tr("&No answer"), self)
        self.clear_button.clicked.connect(lambda: self._answer(None))
        self.only_open = QCheckBox(self.tr("Show only the &unanswered"), self)
        self.only_open.toggled.connect(self.model.show_only_open)
        self.error_label = error_label(self)
        buttons = QHBoxLayout()
        for widget in (self.same_button, self.different_button, self.clear_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(self.only_open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        wizard = self.wizard()
        wizard.plan = None
        self.model.set_questions([])
        self.error_label.clear()
        self.summary_label.setText(
            self.tr("Reading and checking %1 ...").replace("%1", str(wizard.path.name))
        )
        self.progress.show()
        self._show_table(False)
        path, sheet = wizard.path, wizard.sheet_page.sheet()
        header_row, mapping, db = wizard.sheet_page.header_spin.value(), wizard.mapping, wizard.db
        encoding = wizard.encoding
        self.worker = Worker(
            lambda progress: plan_file(
                db, path, sheet, header_row, mapping, progress, encoding=encoding
            ),
            wizard.EXPECTED,
        )
        self.worker.signals.progress.connect(self._on_worker_progress)
        self.worker.signals.finished.connect(self._on_worker_finished)
        self.worker.signals.failed.connect(self._on_worker_failed)
        self.worker.start()
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _show_table(self, shown: bool) -> None:
        for widget in (self.table, self.same_button, self.different_button, self.clear_button,
                       self.only_open):  # fmt: skip
            widget.setVisible(shown)

    def _on_worker_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(total or 0)
        self.progress.setValue(done)
        self.progress.setFormat(message)

    def _on_worker_finished(self, plan) -> None:
        self.wizard().plan = plan
        self.progress.hide()
        for question in plan.questions:  # start from what the places say
            if not question.answer and question.suggestion:
                question.answer = question.suggestion
        self.model.set_questions(plan.questions)
        self._show_table(bool(plan.questions))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), WIDEST))
        self._update_summary()
        self.completeChanged.emit()

    def _update_summary(self) -> None:
        plan = self.wizard().plan
        if plan is None:
            return
        if not plan.questions:
            self.summary_label.setText(
                self.tr(
                    "No name needs your answer: every community of the list is either "
                    "already in the registry under the same name, or new. Press Next to see "
                    "the rows."
                )
            )
            return
        self.summary_label.setText(
            self.tr(
                "Names of the list that look like other communities: %n. Not answered "
                "yet: %1. Select lines and say whether each is the same place "
                "(a double-click answers 'same'); the suggested answers come from where "
                "the places lie.",
                "",
                len(plan.questions),
            ).replace("%1", f"{self.model.open_count():,}")
        )

    def _on_worker_failed(self, message: str) -> None:
        self.progress.hide()
        self.summary_label.clear()
        self.error_label.setText(message)

    def _answer(self, same: bool | None) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            self.error_label.setText(self.tr("Select the lines to answer first."))
            return
        self.error_label.clear()
        self.model.answer(rows, same)
        self._update_summary()

    def _on_table_double_clicked(self, index) -> None:
        self.model.answer([index.row()], True)
        self._update_summary()

    def isComplete(self) -> bool:
        return self.wizard().plan is not None

    def validatePage(self) -> bool:
        self.wizard().answers = self.model.answers()
        return True
