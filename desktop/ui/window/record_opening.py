"""Opening records from the window: Enter or double-click on a row, and New (Ctrl+N).

A new exchange or decision belongs to a partnership: the one selected (or the selected
row's partnership); with none selected, its form opens with a partnership picker.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.store.database import Database
from desktop.ui.tables.lazy_model import ROW_ROLE


def _opener(kind: str):
    """The forms load when the first one is opened, not at every start (a fifth of it)."""
    from desktop.ui import forms

    return {
        "partnerships": forms.open_partnership,
        "exchanges": forms.open_exchange,
        "decisions": forms.open_decision,
        "communities": forms.open_community,
    }[kind]


class RecordOpener(QObject):
    saved = Signal()  # a form saved something: the tables read again
    recorded = Signal(object)  # an undo.Change, for Edit > Undo

    def __init__(self, window: QWidget, db: Database, *, day_first: bool | None = None):
        super().__init__(window)
        self._window, self._db = window, db
        self.day_first = day_first  # how the forms read typed dates (None: the region's)
        self._dialogs: list = []

    def open(self, kind: str, record_id: int) -> None:
        self._track(_opener(kind)(self._window, self._db, record_id, day_first=self.day_first))

    def open_partnership(self, partnership_id: int) -> None:
        self.open("partnerships", partnership_id)

    def new(self, kind: str, view=None) -> None:
        if kind in ("partnerships", "communities"):
            self._track(_opener(kind)(self._window, self._db, None, day_first=self.day_first))
            return
        # Under the selected row's partnership; with none selected, the form asks which.
        partnership_id = _selected_partnership(view)
        self._track(
            _opener(kind)(
                self._window,
                self._db,
                None,
                partnership_id=partnership_id,
                day_first=self.day_first,
            )
        )

    def _track(self, dialog) -> None:
        self._dialogs.append(dialog)
        dialog.saved.connect(lambda _id: self.saved.emit())
        dialog.recorded.connect(self.recorded)
        # A save in a window the form opened (an exchange, a decision) changes the lists too.
        dialog.recorded.connect(lambda _change: self.saved.emit())
        dialog.finished.connect(
            lambda _result, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None
        )


def _selected_partnership(view) -> int | None:
    if view is None:
        return None
    index = view.table.currentIndex()
    row = index.data(ROW_ROLE) if index.isValid() else None
    return getattr(row, "partnership_id", None)
