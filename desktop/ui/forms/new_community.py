"""A community typed in the partnership form that the registry does not have yet: described
here (name, subdivision, country, ...), checked as saving would check it, and handed back to
the picker as plain values. It is created only when the partnership is saved, in the same
transaction; Cancel, or discarding the partnership, leaves nothing behind."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from desktop.domain import countries
from desktop.domain.validation import ValidationError
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.forms.community_form import CommunityForm
from desktop.ui.forms.presenters import CommunityPresenter


class NewCommunityDialog(QDialog):
    chosen = Signal(object, str)  # the community's values, and how the picker names it

    def __init__(self, db: Database, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("New community"))
        self.form = CommunityForm(db)
        self.presenter = CommunityPresenter(db, self.form)
        self.form.name.setText(name)
        self.form.touch("name")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.use_button = buttons.addButton(
            self.tr("&Use this community"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setToolTip(
            self.tr("It is added to the registry when the partnership is saved")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form.general_error)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)  # Ctrl+S, as in a form

    def accept(self) -> None:
        form = self.form
        form.mark_all_touched()
        problems = self.presenter.errors()
        if not problems:
            try:
                values = self.presenter.check_new()
            except ValidationError as exc:
                problems = exc.problems
            except StoreError as exc:
                form.general_error.show_message(str(exc))
                return
        if problems:
            form.show_problems(problems)
            if (widget := form.first_problem_widget(problems)) is not None:
                widget.setFocus()
            return
        self.chosen.emit(values, label_of(values))
        super().accept()


def label_of(values: dict[str, Any]) -> str:
    """'Kalinigrad, Russia', as the picker names communities."""
    country = countries.country_name(values["country"])
    return ", ".join(p for p in (values["name"], values.get("subdivision"), country) if p)
