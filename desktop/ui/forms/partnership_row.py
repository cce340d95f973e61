"""The partnership an exchange or decision goes under, at the top of its form: named, or,
when the form was opened with none (New on the Exchanges or Decisions tab without a row
selected), chosen with a picker. For an exchange, a partnership that is suspended or ended
is said so there, with the decision that did it. The row shows what the form's presenter
reads (the partnership's title, its standing)."""

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop.domain.enums import Status
from desktop.domain.status import Standing, describe
from desktop.ui.forms.pickers import PartnershipPicker

STOPPED = (Status.SUSPENDED, Status.ENDED)


def choose_partnership() -> str:
    """The message at the picker while no partnership is chosen."""
    return QCoreApplication.translate(
        "PartnershipRow", "Choose the partnership: type part of either community's name."
    )


class PartnershipRow(QObject):
    chosen = Signal(int)

    def __init__(self, form, layout: QFormLayout, *, picking: bool):
        super().__init__(form)
        self._form, self._layout = form, layout
        self.picking = picking  # opened without a partnership: the clerk chooses it
        self.label = QLabel(form)
        self.label.setWordWrap(True)
        layout.addRow(QCoreApplication.translate("PartnershipRow", "Partnership:"), self.label)
        self.picker: PartnershipPicker | None = None
        if picking:
            self.picker = form.add_row(
                layout,
                "partnership",
                QCoreApplication.translate("PartnershipRow", "Partners&hip:"),
                PartnershipPicker(form.db, form),
                aliases=("partnership_id",),
            )
            self.picker.partnership_chosen.connect(self.chosen)
        self.stopped_note = QLabel(form)  # an exchange under a suspended partnership
        self.stopped_note.setObjectName("partnership_stopped")
        self.stopped_note.setWordWrap(True)
        self.stopped_note.setStyleSheet(
            "QLabel#partnership_stopped { background: #fff4ce; color: #5c3c00; padding: 6px; }"
        )
        layout.addRow(self.stopped_note)
        self.stopped_note.hide()

    def show(self, *, new_record: bool) -> None:
        """The partnership's name, or the picker while a new record has none chosen."""
        pick = self.picker is not None and new_record
        self._layout.setRowVisible(self.label, not pick)
        if self.picker is not None:
            self._layout.setRowVisible(self.picker.parentWidget(), pick)

    def show_title(self, title: str) -> None:
        """'Norfolk, Virginia, United States - Kaliningrad, Russia'."""
        self.label.setText(title)

    def warn_if_stopped(self, standing: Standing | None):
        """'Suspended since 1 March 2022 by Mayor Lori Lightfoot, ...': planning an exchange
        under it is the clerk's call, made knowingly. `standing`: the partnership's today,
        when the exchange is still open (None: nothing to warn of)."""
        text = ""
        if standing is not None and standing.status in STOPPED:
            text = QCoreApplication.translate(
                "PartnershipRow",
                "This partnership is %1. Plan an exchange under it only if that decision "
                "allows it.",
            ).replace("%1", _lower_first(describe(standing)))
        self.stopped_note.setText(text)
        self.stopped_note.setVisible(bool(text))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
