"""What a form's documents box does: lists the record's documents, attaches chosen or
dropped files, opens one in the system's viewer, saves a copy, detaches one. Reading,
hashing and storing files run in the background (a scan of 25 MB must not freeze the
form); the questions are module functions so tests can answer them."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.attachments import MAX_BYTES, describe_size
from desktop.domain.words import fill
from desktop.services import attachments
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.file_dialogs import documents_folder
from desktop.ui.forms.documents_box import DocumentsBox
from desktop.ui.worker import run_with_progress

EXPECTED = (OSError, ValueError, StoreError)


def choose_files(parent: QWidget) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("DocumentsPresenter", "Attach documents"),
        str(documents_folder()),
        QCoreApplication.translate(
            "DocumentsPresenter",
            "Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt *.eml *.msg *.jpg *.jpeg "
            "*.png *.tif *.tiff *.heic);;All files (*)",
        ),
    )
    return [Path(p) for p in chosen]


def ask_copy_path(parent: QWidget, name: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DocumentsPresenter", "Save a copy"),
        str(documents_folder() / name),
    )
    return Path(chosen) if chosen else None


def confirm_detach(parent: QWidget, name: str, where: str) -> bool:
    """`where`: 'this decision', or the record a partnership's list says keeps it."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DocumentsPresenter", "Detach"),
        fill(
            QCoreApplication.translate(
                "DocumentsPresenter",
                "Detach “%1” from %2? It leaves the list but is kept in the registry, with its "
                "history, and can be attached again.",
            ),
            name,
            where,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class DocumentsPresenter(QObject):
    changed = Signal()  # documents attached or detached: a history tab re-reads

    def __init__(self, db: Database, owner: str, box: DocumentsBox, noun: str):
        super().__init__(box)
        self.db, self.owner, self.box = db, owner, box
        self.noun = noun  # 'decision', as the notes say it
        self.owner_id: int | None = None
        self.shown = []  # the lines on show
        self.busy = None  # the background work under way, if any
        box.choose_requested.connect(self._on_choose_requested)
        box.attach_requested.connect(self.attach)
        box.open_requested.connect(self.open)
        box.save_requested.connect(self.save_copy)
        box.detach_requested.connect(self.detach)

    # --- showing ----------------------------------------------------------------------------

    def show_record(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.refresh()

    def refresh(self) -> None:
        box = self.box
        self.shown = []
        if self.owner_id is None:
            box.show_lines([])
            box.set_allowed(
                attach=False,
                detach=False,
                note=QCoreApplication.translate(
                    "DocumentsBox", "Save the %1 first, then attach its documents."
                ).replace("%1", self.noun),
            )
            return
        try:
            lines = self.lines()
        except StoreError as exc:
            box.show_lines([])
            box.set_allowed(attach=False, detach=False, note=str(exc))
            return
        self.shown = lines
        box.show_lines(lines)
        writable = not self.db.read_only
        if writable:
            note = QCoreApplication.translate(
                "DocumentsBox", "Drop files on this form, or choose Attach... (%2 at most each)."
            )
            note = note.replace("%2", describe_size(MAX_BYTES))
        else:
            note = QCoreApplication.translate(
                "DocumentsBox",
                "Read-only: documents can be opened and saved, not attached or detached.",
            )
        box.set_allowed(attach=writable, detach=writable, note=note)

    def lines(self):
        return attachments.attachments_of(self.db, self.owner, self.owner_id)

    # --- attaching ----------------------------------------------------------------------------

    def _on_choose_requested(self) -> None:
        files = choose_files(self.box)
        if files:
            self.attach(files)

    def attach(self, files: list[Path]) -> None:
        title = QCoreApplication.translate("DocumentsBox", "Attach documents")
        if self.owner_id is None:
            tell(
                self.box,
                title,
                QCoreApplication.translate(
                    "DocumentsBox", "Save the %1 first, then attach its documents."
                ).replace("%1", self.noun),
            )
            return
        if self.db.read_only:
            tell(
                self.box,
                title,
                QCoreApplication.translate("DocumentsBox", "Nothing can be attached: %1.").replace(
                    "%1", self.db.read_only
                ),
            )
            return
        db, owner, owner_id = self.db, self.owner, self.owner_id

        def work(progress):
            return attachments.attach_files(db, owner, owner_id, files, progress)

        self._run(
            work,
            title,
            QCoreApplication.translate("DocumentsBox", "Reading and storing the files..."),
            self._on_attached,
        )

    def _on_attached(self, lines) -> None:
        self.refresh()
        if lines:
            self.box.select(lines[-1].id)
        self.changed.emit()

    # --- reading back ------------------------------------------------------------------------

    def open(self, document_id: int) -> None:
        db = self.db

        def work(_progress):
            return attachments.temporary_copy(db, document_id)

        def opened(path: Path) -> None:
            if not open_in_viewer(path):
                tell(
                    self.box,
                    QCoreApplication.translate("DocumentsBox", "Open"),
                    QCoreApplication.translate(
                        "DocumentsBox",
                        "No program on this computer opens “%1”. Use Save a copy... and open "
                        "the copy with the program it needs.",
                    ).replace("%1", path.name),
                )

        self._run(
            work,
            QCoreApplication.translate("DocumentsBox", "Open"),
            QCoreApplication.translate("DocumentsBox", "Reading the document..."),
            opened,
        )

    def save_copy(self, document_id: int) -> None:
        try:
            name = attachments.document_name(self.db, document_id)
        except StoreError as exc:
            tell(self.box, QCoreApplication.translate("DocumentsBox", "Save a copy"), str(exc))
            return
        destination = ask_copy_path(self.box, name)
        if destination is None:
            return
        db = self.db

        def work(_progress):
            return attachments.save_copy(db, document_id, destination)

        def saved(path: Path) -> None:
            self.box.note.setText(
                QCoreApplication.translate("DocumentsBox", "Saved a copy as %1.").replace(
                    "%1", str(path)
                )
            )

        self._run(
            work,
            QCoreApplication.translate("DocumentsBox", "Save a copy"),
            QCoreApplication.translate("DocumentsBox", "Saving the copy..."),
            saved,
        )

    def detach(self, document_id: int) -> None:
        line = next((x for x in self.shown if x.id == document_id), None)
        if line is None or line.owner == self.owner:
            where = QCoreApplication.translate("DocumentsBox", "this %1").replace("%1", self.noun)
        else:  # a decision's or an exchange's, in its partnership's list
            where = line.owner_label
        try:
            name = attachments.document_name(self.db, document_id)
            if not confirm_detach(self.box, name, where):
                return
            attachments.detach(self.db, document_id)
        except StoreError as exc:
            tell(self.box, QCoreApplication.translate("DocumentsBox", "Detach"), str(exc))
            return
        self.refresh()
        self.changed.emit()

    def _run(self, work, title: str, label: str, on_finished) -> None:
        self.busy = run_with_progress(
            self.box,
            work,
            title=title,
            label=label,
            on_finished=on_finished,
            failure="",
            expected=EXPECTED,
            on_ended=self._on_ended,
        )

    def _on_ended(self) -> None:
        self.busy = None
        self.refresh()  # nothing half-stored: the list shows what the registry holds


class PartnershipDocumentsPresenter(DocumentsPresenter):
    """A partnership's list holds its decisions' and exchanges' documents too."""

    def lines(self):
        return attachments.partnership_documents(self.db, self.owner_id)


def documents_for(form: QWidget, owner: str, noun: str, **box_options) -> DocumentsPresenter:
    """A documents box for `form` (`form.documents`); once every field exists, the form
    calls `box.catch_drops_on(self)` so that files dropped anywhere on it are attached."""
    box = DocumentsBox(form, **box_options)
    kind = PartnershipDocumentsPresenter if owner == "partnership" else DocumentsPresenter
    presenter = kind(form.db, owner, box, noun)
    form.documents = presenter
    return presenter
