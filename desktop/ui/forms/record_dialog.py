"""The window around a record form: Save (Ctrl+S), Archive, Close (Esc), and the questions
a careful save needs: unsaved changes on close, a record someone else changed meanwhile,
archiving for sure. The questions are module functions so tests can answer them.

The dialog hosts a form and its presenter (record_presenter.py): it asks the presenter to
check, save, archive or restore, and the form to show the record the presenter read."""

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_day
from desktop.domain.validation import ValidationError
from desktop.services import undo
from desktop.store.errors import DatabaseLocked, RecordChanged, StoreError
from desktop.ui.forms.record_presenter import RecordPresenter

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
RELOAD, OVERWRITE = "reload", "overwrite"


def ask_unsaved(parent: QWidget) -> str:
    form = getattr(parent, "form", None)  # named, when the window closes with several open
    what = (
        form.title()
        if form is not None
        else QCoreApplication.translate("RecordDialog", "This record")
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RecordDialog", "Unsaved changes"),
        QCoreApplication.translate(
            "RecordDialog", "“%1” has changes that are not saved. Save them before closing?"
        ).replace("%1", what),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return {
        QMessageBox.StandardButton.Save: SAVE,
        QMessageBox.StandardButton.Discard: DISCARD,
    }.get(answer, CANCEL)


def ask_record_changed(parent: QWidget, message: str) -> str:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RecordDialog", "Record changed"),
        message,
        parent=parent,
    )
    reload = box.addButton(
        QCoreApplication.translate("RecordDialog", "&Reload theirs"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    overwrite = box.addButton(
        QCoreApplication.translate("RecordDialog", "&Overwrite with mine"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return RELOAD if clicked is reload else OVERWRITE if clicked is overwrite else CANCEL


def confirm_archive(parent: QWidget, what: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RecordDialog", "Archive"),
        QCoreApplication.translate(
            "RecordDialog",
            "Archive %1? It leaves the lists but is kept, with its history, and can be restored.",
        ).replace("%1", str(what)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("RecordDialog", "Not saved"), message)


def ask_retry_when_busy(parent: QWidget, message: str) -> bool:
    """The registry is locked by someone else's long write: say who, keep the form, and
    let the clerk try again when it is done. True for Retry."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RecordDialog", "Registry busy"),
        QCoreApplication.translate(
            "RecordDialog", "Not saved yet. %1\n\nYour changes are still in the form."
        ).replace("%1", message),
        parent=parent,
    )
    box.addButton(QMessageBox.StandardButton.Retry)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return box.exec() == QMessageBox.StandardButton.Retry


@contextmanager
def busy_cursor():
    """Saving may wait a few seconds for another clerk's save: show that it is working."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class RecordDialog(QDialog):
    saved = Signal(int)  # the record's id, after every successful save or archive
    recorded = Signal(object)  # an undo.Change: what was saved, archived or restored

    def __init__(
        self, presenter: RecordPresenter, parent: QWidget | None = None, *, close_on_save=False
    ):
        super().__init__(parent)
        self.presenter = presenter
        self.form = form = presenter.form
        self._close_on_save = close_on_save
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if form.scrolls_itself:  # its fields scroll above its tabs (the partnership's)
            scroll = form
        else:
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
            scroll.setWidget(form)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.archive_button = QPushButton(self.tr("&Archive..."), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        for button in (self.save_button, self.archive_button, self.close_button):
            # Enter belongs to the fields and tables (open the selected record), not to Save.
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        self.read_only_note = QLabel(
            self.tr("Read-only: %1.").replace("%1", presenter.read_only), self
        )
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(bool(presenter.read_only))
        layout.addWidget(self.read_only_note)
        # An archived record says so, with the way back (Restore from archive).
        self.archived_note = QLabel(self)
        self.archived_note.setObjectName("archived-note")
        self.archived_note.setWordWrap(True)
        self.archived_note.setStyleSheet(
            "QLabel#archived-note { background: #eceff1; color: #263238; padding: 6px; }"
        )
        self.restore_button = QPushButton(self.tr("&Restore from archive"), self)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore)
        # A sample record from the articles says so (File > Remove the sample records).
        self.sample_note = QLabel(
            self.tr(
                "A sample record from the news articles, to try the registry out "
                "(File > Remove the sample records)."
            ),
            self,
        )
        self.sample_note.setWordWrap(True)
        self.sample_note.setObjectName("sample-note")
        self.sample_note.setStyleSheet(
            "QLabel#sample-note { background: #e8f0fe; color: #0b2a5b; padding: 6px; }"
        )
        layout.addWidget(self.sample_note)
        self._sample_batch = presenter.sample_batch()
        archived_row = QHBoxLayout()
        archived_row.addWidget(self.archived_note, 1)
        archived_row.addWidget(self.restore_button)
        layout.addLayout(archived_row)
        layout.addWidget(form.general_error)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.archive)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        form.save_requested.connect(self.save)
        form.archive_requested.connect(self.archive)
        form.restore_requested.connect(self.restore)
        form.changed.connect(self._on_form_changed)
        form.recorded.connect(self.recorded)  # its child windows' saves (an exchange's)
        if presenter.read_only:  # council staff may open and read, not save
            self.save_button.setEnabled(False)
        self._refresh_title()

    # --- actions -----------------------------------------------------------------------

    def save(self) -> bool:
        """Save if the form is valid; True when the record is in the registry as shown."""
        form, presenter = self.form, self.presenter
        if presenter.read_only:
            return False
        form.mark_all_touched()
        problems = presenter.errors()  # at once: nothing waits for a pause in typing here
        if problems:
            form.show_problems(problems)
            if (widget := form.first_problem_widget(problems)) is not None:
                widget.setFocus()
            return False
        before = self._before_saving()
        try:
            with busy_cursor():
                record_id = presenter.save(form.version)
        except DatabaseLocked as exc:
            return ask_retry_when_busy(self, str(exc)) and self.save()
        except RecordChanged as exc:
            choice = ask_record_changed(self, str(exc))
            if choice == RELOAD:
                self.reload()
                return False
            if choice != OVERWRITE:
                return False
            return self._overwrite()
        except ValidationError as exc:
            form.show_problems(exc.problems)
            return False
        except StoreError as exc:
            show_error(self, str(exc))
            return False
        return self._after_save(record_id, before)

    def _overwrite(self) -> bool:
        before = self._before_saving()  # theirs, now: an undo puts their text back
        try:
            with busy_cursor():
                record_id = self.presenter.save(None)
        except DatabaseLocked as exc:
            return ask_retry_when_busy(self, str(exc)) and self._overwrite()
        except ValidationError as exc:
            self.form.show_problems(exc.problems)
            return False
        except StoreError as exc:
            show_error(self, str(exc))
            return False
        return self._after_save(record_id, before)

    def _before_saving(self) -> tuple[bool, dict | None]:
        """(anything to save, the record as the registry has it now: None for a new one)."""
        form = self.form
        if form.record_id is None:
            return True, None
        try:
            return form.is_dirty(), self.presenter.fetch(form.record_id)
        except StoreError:
            return form.is_dirty(), None  # the save itself will say what is wrong

    def _after_save(self, record_id: int | None, before: tuple[bool, dict | None]) -> bool:
        if record_id is None:  # the clerk called it off
            return False
        changed, snapshot = before
        existed = self.form.record_id is not None
        self.presenter.show_record(record_id)
        self._refresh_title()
        if changed and (snapshot is not None or not existed):
            self._record(
                undo.SAVE,
                record_id,
                before=undo.fields_of(self.presenter.kind, snapshot) if snapshot else None,
            )
        self.form.saved.emit(record_id)
        self.saved.emit(record_id)
        if self._close_on_save:
            self.done(QDialog.DialogCode.Accepted)
        return True

    def reload(self) -> None:
        if self.form.record_id is not None:
            self.presenter.show_record(self.form.record_id)
        self._refresh_title()

    def archive(self) -> None:
        form = self.form
        if form.record_id is None or not confirm_archive(self, form.title()):
            return
        try:
            with busy_cursor():
                self.presenter.archive()
        except DatabaseLocked as exc:
            if ask_retry_when_busy(self, str(exc)):
                self.archive()
            return
        except (ValidationError, StoreError) as exc:
            show_error(self, str(exc))
            return
        self._record(undo.ARCHIVE, form.record_id)
        self._discard_and_close(form.record_id)

    def restore(self) -> None:
        """Restore from archive: the record comes back into the lists (audited)."""
        form = self.form
        if form.record_id is None:
            return
        try:
            with busy_cursor():
                self.presenter.restore()
        except DatabaseLocked as exc:
            if ask_retry_when_busy(self, str(exc)):
                self.restore()
            return
        except (ValidationError, StoreError) as exc:
            show_error(self, str(exc))
            return
        self._record(undo.RESTORE, form.record_id)
        self.reload()
        self.saved.emit(form.record_id)

    def _record(self, what: str, record_id: int, before: dict | None = None) -> None:
        """Tell the window what was done, for Edit > Undo."""
        form, presenter = self.form, self.presenter
        name = presenter.record_name(record_id)
        self.recorded.emit(
            undo.Change(
                kind=presenter.kind,
                record_id=record_id,
                what=what,
                name=name,
                before=before,
                version=form.version,
                side_effects=presenter.side_effects if what == undo.SAVE else (),
                created=presenter.created if what == undo.SAVE else (),
            )
        )

    def _discard_and_close(self, record_id: int) -> None:
        self.presenter.show_record(record_id)  # clean, so closing asks nothing
        self.saved.emit(record_id)
        self.done(QDialog.DialogCode.Accepted)

    def new_record(self) -> None:
        if self.may_leave():
            self.presenter.show(None)
            self._refresh_title()

    # --- closing -----------------------------------------------------------------------

    def reject(self) -> None:
        # Esc, Close and the window's own close button all come here (QDialog.closeEvent
        # calls reject and keeps the window open when it returns without closing).
        if self.may_leave():
            self.done(QDialog.DialogCode.Rejected)

    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty() and not self.presenter.read_only

    def may_leave(self) -> bool:
        """True when the form may go: nothing unsaved, or saved or discarded on the clerk's
        word; False when they chose Cancel (or the save they asked for failed)."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_unsaved(self)
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.presenter.show_record(self.form.record_id)
            return True
        return False

    def _on_form_changed(self) -> None:
        self.presenter.on_form_changed()
        self._refresh_title()

    def _refresh_title(self) -> None:
        marker = "*" if self.form.is_dirty() else ""
        self.setWindowTitle(self.form.title() + marker)
        archived = self.form.archived_at
        writable = self.form.record_id is not None and not self.presenter.read_only
        self.archive_button.setEnabled(writable and archived is None)
        self.archived_note.setVisible(archived is not None)
        batch = self.form.batch_id
        self.sample_note.setVisible(batch is not None and batch == self._sample_batch)
        self.restore_button.setVisible(archived is not None)
        self.restore_button.setEnabled(writable)
        if archived is not None:
            self.archived_note.setText(
                self.tr(
                    "Archived on %1: it is kept, with its history, but left out of the lists."
                ).replace("%1", format_day(archived.astimezone().date()))
            )
