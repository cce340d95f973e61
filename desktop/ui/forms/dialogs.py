"""Opening a record in its window: what the main window (and the forms themselves) call.
Each returns the shown RecordDialog; its `saved(int)` says which record to refresh."""

from PySide6.QtWidgets import QWidget

from desktop.store.database import Database
from desktop.ui.forms.community_form import CommunityForm
from desktop.ui.forms.decision_form import DecisionForm
from desktop.ui.forms.decision_presenter import DecisionPresenter
from desktop.ui.forms.exchange_form import ExchangeForm
from desktop.ui.forms.partnership_form import PartnershipForm
from desktop.ui.forms.presenters import CommunityPresenter, ExchangePresenter, PartnershipPresenter
from desktop.ui.forms.record_dialog import RecordDialog
from desktop.ui.forms.record_presenter import RecordPresenter


def _show(
    parent, presenter: RecordPresenter, record_id: int | None, size, close_on_save
) -> RecordDialog:
    form = presenter.form
    if record_id is not None:
        presenter.show_record(record_id)
    dialog = RecordDialog(presenter, parent, close_on_save=close_on_save)
    # Never taller or wider than the screen (a laptop at 1366x768 keeps the buttons visible).
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    dialog.resize(min(size[0], screen.width() - 40), min(size[1], screen.height() - 60))
    dialog.show()  # not exec(): the clerk may look at the main window while typing
    form.setFocus()
    form.focusNextChild()
    return dialog


def open_community(
    parent: QWidget | None,
    db: Database,
    community_id: int | None = None,
    *,
    name: str = "",
    day_first: bool | None = None,
) -> RecordDialog:
    form = CommunityForm(db)
    if community_id is None and name:
        form.name.setText(name)
        form.touch("name")
    presenter = CommunityPresenter(db, form)
    return _show(parent, presenter, community_id, (620, 520), close_on_save=True)


def open_partnership(
    parent: QWidget | None,
    db: Database,
    partnership_id: int | None = None,
    *,
    day_first: bool | None = None,
) -> RecordDialog:
    presenter = PartnershipPresenter(db, PartnershipForm(db, day_first=day_first))
    return _show(parent, presenter, partnership_id, (980, 860), close_on_save=False)


def open_exchange(
    parent: QWidget | None,
    db: Database,
    exchange_id: int | None = None,
    partnership_id: int | None = None,
    *,
    day_first: bool | None = None,
) -> RecordDialog:
    presenter = ExchangePresenter(db, ExchangeForm(db, partnership_id, day_first=day_first))
    return _show(parent, presenter, exchange_id, (680, 700), close_on_save=True)


def open_decision(
    parent: QWidget | None,
    db: Database,
    decision_id: int | None = None,
    partnership_id: int | None = None,
    *,
    day_first: bool | None = None,
) -> RecordDialog:
    presenter = DecisionPresenter(db, DecisionForm(db, partnership_id, day_first=day_first))
    return _show(parent, presenter, decision_id, (760, 980), close_on_save=True)
