"""What every record form shares: labelled rows with an error line under each field,
live validation of the fields the clerk has touched, and knowing whether anything changed.

A form is passive: `load(snapshot)`, `value() -> dict`, `errors() -> [Problem]` (the checks
that need no database); it shows what its presenter (record_presenter.py) hands it and says
what the clerk asks for with signals. The presenter reads and writes the registry."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.validation import Problem
from desktop.store.database import Database
from desktop.ui.forms.fields import FieldError
from desktop.ui.settings.date_order import region_reads_day_first


class RecordForm(QWidget):
    save_requested = Signal()
    archive_requested = Signal()
    saved = Signal(int)
    restore_requested = Signal()
    changed = Signal()  # any edit: the presenter re-checks (the decision's: once typing pauses)
    recorded = Signal(object)  # an undo.Change made in a window this form opened

    kind = ""  # table name: community, partnership, exchange, decision
    scrolls_itself = False  # True: the dialog need not put the form in a scroll area

    def __init__(
        self, db: Database | None, parent: QWidget | None = None, *, day_first: bool | None = None
    ):
        super().__init__(parent)
        # For the pickers' completions and the documents box; the record itself is read and
        # written by the presenter.
        self.db = db
        # How typed dates like 03/07/2022 are read (the setting or the region's order).
        self.day_first = region_reads_day_first() if day_first is None else day_first
        self.record_id: int | None = None
        self.version: int | None = None
        self.archived_at = None  # when the record shown was archived (None: in the lists)
        self.batch_id = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, FieldError] = {}
        self._aliases: dict[str, str] = {}
        self._touched: set[str] = set()
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self.general_error = FieldError(self)

    # --- building ----------------------------------------------------------------------

    def add_row(
        self,
        layout: QFormLayout,
        key: str,
        label: str,
        widget: QWidget,
        *,
        aliases: tuple[str, ...] = (),
        accessible: str = "",
    ) -> QWidget:
        """A labelled field with its error line; `aliases` are the service's names for it."""
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(getattr(widget, "hint", None), QLabel):  # how a date was read: beside it
            beside = QHBoxLayout()
            beside.setContentsMargins(0, 0, 0, 0)
            beside.addWidget(widget, 2)
            beside.addWidget(widget.hint, 3)
            box.addLayout(beside)
            keep = widget.hint.sizePolicy()
            keep.setRetainSizeWhenHidden(True)  # the field keeps its width as the clerk types
            widget.hint.setSizePolicy(keep)
            widget.hint.hide()
        else:
            box.addWidget(widget)
        error = FieldError(cell)
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        layout.addRow(caption, cell)
        widget.setAccessibleName(accessible or label.replace("&", "").rstrip(":"))
        self._fields[key] = widget
        self._errors[key] = error
        for alias in aliases:
            self._aliases[alias] = key
        self._watch(key, widget)
        return widget

    def _watch(self, key: str, widget: QWidget) -> None:
        def touched(*_args) -> None:
            if not self._loading:
                self._touched.add(key)
                self.changed.emit()

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(touched)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(touched)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(touched)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(touched)

    def touch(self, key: str) -> None:
        """A change made without typing (a completion chosen): counts as the clerk's edit."""
        if not self._loading:
            self._touched.add(key)
            self.changed.emit()

    def error_text(self, key: str) -> str:
        """What the clerk reads under a field ('' when nothing is wrong)."""
        return self._errors[key].text()

    # --- state -------------------------------------------------------------------------

    def begin_load(self, snapshot: dict[str, Any] | None = None) -> dict[str, Any]:
        """What every load starts with: the record's id, version, archive date and batch.
        Returns the snapshot's fields ({} for a new record) for the form to fill in."""
        self._loading = True
        self._touched.clear()
        data = snapshot or {}
        self.record_id = data.get("id")
        self.version = data.get("version")
        self.archived_at = data.get("archived_at")
        self.batch_id = data.get("batch_id")  # the import (or samples) it came in
        return data

    def begin_load_under_partnership(self, snapshot: dict[str, Any] | None) -> dict[str, Any]:
        """begin_load for a record that hangs under a partnership (an exchange, a decision):
        its partnership too, shown in the form's partnership row."""
        data = self.begin_load(snapshot)
        self.partnership_id = data.get("partnership_id", self.partnership_id)
        self.partnership_row.show(new_record=self.record_id is None)
        return data

    def show_partnership(self, title: str) -> None:
        """The partnership it goes under, as the presenter names it."""
        self.partnership_row.show_title(title)

    def end_load(self) -> None:
        self._loading = False
        self.show_problems([])
        self.mark_clean()

    def mark_clean(self) -> None:
        """What is on screen now counts as saved (after a load or a save)."""
        self._baseline = self.value()

    def is_dirty(self) -> bool:
        return self.value() != self._baseline

    def mark_all_touched(self) -> None:
        self._touched.update(self._fields)

    def touched(self) -> set[str]:
        """The fields the clerk has been in since the load: live messages show only there."""
        return set(self._touched)

    def check_touched(self) -> None:
        """Live validation: messages only at the fields the clerk has been in."""
        self.show_problems(self.errors(), only=self._touched)

    def show_problems(self, problems: list[Problem], only: set[str] | None = None) -> None:
        by_field: dict[str, list[str]] = {}
        general = []
        for problem in problems:
            key = self._aliases.get(problem.field, problem.field)
            if key in self._errors:
                by_field.setdefault(key, []).append(problem.message)
            elif only is None:
                general.append(problem.message)
        for key, label in self._errors.items():
            message = ""
            if only is None or key in only:
                message = " ".join(dict.fromkeys(by_field.get(key, [])))
            label.show_message(message)
            # Screen readers read the description with the field, not the red line under it.
            self._fields[key].setAccessibleDescription(message)
        self.general_error.show_message(" ".join(general))

    def first_problem_widget(self, problems: list[Problem]) -> QWidget | None:
        keys = [self._aliases.get(p.field, p.field) for p in problems]
        for key, widget in self._fields.items():
            if key in keys:
                return widget
        return None

    # --- for each form to provide --------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def load(self, snapshot: dict[str, Any] | None) -> None:
        raise NotImplementedError

    def value(self) -> dict[str, Any]:
        raise NotImplementedError

    def errors(self) -> list[Problem]:
        """The checks the form makes without the registry (what was typed, what is missing)."""
        raise NotImplementedError
