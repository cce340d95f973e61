"""What a record form's presenter does: it reads and writes the record through the services
and hands the form plain values to show; the form only shows them and says what the clerk
asks for. One presenter per record kind (presenters.py, decision_presenter.py); the dialog
around the form (record_dialog.py) is the host that asks it to save, archive or restore.

No widgets here: a presenter can be driven, and tested, without a window. What it asks of
a form: `record_id`, `version`, `load(snapshot)`, `value()`, `errors()`, `touched()`,
`show_problems(problems, only=...)`, `check_touched()`, `title()`; a decision form also
`show_effect(effect)` and `ask_cancellations(effect, lines)`, an exchange form `today`."""

from typing import Any

from PySide6.QtCore import QObject

from desktop.domain.validation import Problem
from desktop.services import archive, lookup, sample_records
from desktop.store.database import Database
from desktop.store.errors import StoreError


class RecordPresenter(QObject):
    kind = ""  # table name: community, partnership, exchange, decision

    def __init__(self, db: Database, form):
        # It goes with its form (a pending check dies with it); a form on paper, in a test,
        # need not be a widget.
        super().__init__(form if isinstance(form, QObject) else None)
        self.db = db
        self.form = form
        # What the last save did beside the record, for Edit > Undo to take back with it.
        self.side_effects: tuple = ()  # undo.SideEffect: exchanges a suspension canceled
        self.created: tuple = ()  # (kind, id) of records created with it

    @property
    def read_only(self) -> str:
        """Why nothing may be saved ('' when the clerk may save)."""
        return self.db.read_only

    # --- showing --------------------------------------------------------------------------

    def fetch(self, record_id: int) -> dict[str, Any]:
        raise NotImplementedError

    def show(self, snapshot: dict[str, Any] | None) -> None:
        """Put a record (None: a new one) on the form."""
        self.form.load(snapshot)

    def show_record(self, record_id: int | None) -> None:
        self.show(None if record_id is None else self.fetch(record_id))

    def on_form_changed(self) -> None:
        """An edit: live messages at the fields the clerk has been in."""
        self.form.check_touched()

    def pending(self) -> bool:
        """True while a check waits for the clerk to stop typing."""
        return False

    # --- saving ---------------------------------------------------------------------------

    def errors(self) -> list[Problem]:
        """Everything saving would refuse, checked now (the dialog calls it before saving)."""
        return self.form.errors()

    def save(self, expected_version: int | None) -> int | None:
        """Create or update through the services; the record's id, or None when the clerk
        called the save off (e.g. at the cascade question)."""
        raise NotImplementedError

    def archive(self) -> None:
        archive.archive(self.db, self.kind, self.form.record_id)

    def restore(self) -> None:
        archive.unarchive(self.db, self.kind, self.form.record_id)

    # --- for the dialog's notes -------------------------------------------------------------

    def record_name(self, record_id: int) -> str:
        """How Edit > Undo names the record; the form's title when the registry cannot say."""
        try:
            return lookup.record_name(self.db, self.kind, record_id)
        except StoreError:
            return self.form.title()

    def sample_batch(self) -> int | None:
        """The batch of the sample records, if they are in the registry."""
        try:
            found = sample_records.sample_records(self.db)
        except StoreError:
            return None
        return found.batch_id if found is not None else None


class UnderPartnership:
    """For the presenter of a record under a partnership (an exchange, a decision): the form
    names the partnership, as soon as it is opened and after every load."""

    def __init__(self, db: Database, form):
        super().__init__(db, form)
        self.show_partnership()

    def show(self, snapshot: dict[str, Any] | None) -> None:
        super().show(snapshot)
        self.show_partnership()

    def show_partnership(self) -> None:
        if self.form.partnership_id is not None:
            self.form.show_partnership(lookup.partnership_title(self.db, self.form.partnership_id))
