"""The documents of a record, in its form: a list (name, kind, size, when attached and by
whom), Attach..., Open, Save a copy..., Detach..., and files dropped anywhere on the form.

A passive view: it shows the lines and the state it is given and says what the clerk
asked for (`*_requested`); DocumentsPresenter does the work."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.forms.partnership_tabs import ID_ROLE, cells, fill, make_table

DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_files(mime) -> list[Path]:
    """The local files a drag carries ([] for text, links, or anything not a file)."""
    if mime is None or not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class _DropCatcher(QObject):
    """Files dragged over any field of the form go to its documents (a line edit would
    otherwise take the drop as text and paste the file's path into itself)."""

    dropped = Signal(list)

    def eventFilter(self, watched, event):  # Qt's name
        if event.type() not in DRAG_EVENTS:
            return False
        files = dropped_files(event.mimeData())
        if not files:
            return False  # text dragged between fields stays the fields' own business
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if event.type() == QEvent.Type.Drop:
            self.dropped.emit(files)
        return True


class DocumentsBox(QWidget):
    attach_requested = Signal(list)  # [Path]: files chosen or dropped
    choose_requested = Signal()  # Attach...: the presenter asks which files
    open_requested = Signal(int)
    save_requested = Signal(int)
    detach_requested = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, *, show_owner: bool = False, attach_text: str = ""
    ):
        """`attach_text`: Attach... with a letter the form leaves free ('Attac&h...')."""
        super().__init__(parent)
        headers = [self.tr("Document"), self.tr("Kind"), self.tr("Size"), self.tr("Attached")]
        headers.append(self.tr("By"))
        if show_owner:  # a partnership's list holds its decisions' and exchanges' too
            headers.append(self.tr("Kept with"))
        self.show_owner = show_owner
        self.table = make_table(self, headers, self.tr("Documents"))
        # Only Attach has an Alt letter: a form's fields have taken most of the others (a
        # selected document opens with Enter).
        self.attach_button = self._button(attach_text or self.tr("Attach..."))
        self.open_button = self._button(self.tr("Open"))
        self.save_button = self._button(self.tr("Save a copy..."))
        self.detach_button = self._button(self.tr("Detach..."))
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.detach_button)
        self.note = QLabel(self)
        self.note.setObjectName("documents_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel#documents_note { color: #444444; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        # One line a document (a long name is cut short with '...'; its tooltip holds it
        # whole). In a decision's or an exchange's form the list stays short, so what
        # follows it (what saving will do) stays in sight; a partnership's tab gets room.
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(header + 2 * rows + 4)
        if not show_owner:
            self.table.setMaximumHeight(header + 4 * rows + 4)
        self.attach_button.clicked.connect(self.choose_requested)
        self.open_button.clicked.connect(lambda: self._ask(self.open_requested))
        self.save_button.clicked.connect(lambda: self._ask(self.save_requested))
        self.detach_button.clicked.connect(lambda: self._ask(self.detach_requested))
        self.table.activated.connect(lambda *_: self._ask(self.open_requested))  # Enter
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self._catcher = _DropCatcher(self)
        self._catcher.dropped.connect(self.attach_requested)
        self.catch_drops_on(self)
        self._may_attach = False
        self._may_detach = False
        self._on_selection_changed()

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        return button

    def catch_drops_on(self, widget: QWidget) -> None:
        """Files dropped on `widget` or anything in it are attached (the whole form)."""
        for each in (widget, *widget.findChildren(QWidget)):
            each.setAcceptDrops(True)
            each.installEventFilter(self._catcher)

    # --- what the presenter shows ---------------------------------------------------------

    def show_lines(self, lines) -> None:
        rows = []
        for line in lines:
            row = [line.name, line.kind_label, line.size_text, line.attached_on]
            row.append(line.attached_by)
            if self.show_owner:
                row.append(line.owner_label)
            rows.append((line.id, row))
        fill(self.table, rows)
        self._on_selection_changed()

    def set_allowed(self, *, attach: bool, detach: bool, note: str) -> None:
        self._may_attach, self._may_detach = attach, detach
        self.attach_button.setEnabled(attach)
        self.note.setText(note)
        self._on_selection_changed()

    def lines_shown(self) -> list[list[str]]:
        return cells(self.table)

    def selected_id(self) -> int | None:
        item = self.table.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return None
        return int(item.data(ID_ROLE))

    def select(self, document_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == document_id:
                self.table.setCurrentCell(row, 0)
                return

    def _ask(self, signal) -> None:
        if (chosen := self.selected_id()) is not None:
            signal.emit(chosen)

    def _on_selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.detach_button.setEnabled(chosen and self._may_detach)
