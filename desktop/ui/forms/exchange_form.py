"""An exchange under a partnership: a visit or programme, its dates, people and status.
The reason is required once it is postponed or canceled."""

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import PartialDate
from desktop.domain.enums import Direction, ExchangeStatus, ProgrammeArea
from desktop.domain.status import Standing
from desktop.domain.validation import Problem, check_exchange
from desktop.ui.forms.documents_presenter import documents_for
from desktop.ui.forms.fields import EnumCombo, PartialDateEdit
from desktop.ui.forms.partnership_row import PartnershipRow, choose_partnership
from desktop.ui.forms.record_form import RecordForm


class ExchangeForm(RecordForm):
    kind = "exchange"
    # The partnership or the status changed: is it planned under a suspended partnership?
    standing_requested = Signal()

    def __init__(
        self,
        db,
        partnership_id: int | None,
        parent: QWidget | None = None,
        *,
        day_first: bool | None = None,
    ):
        super().__init__(db, parent, day_first=day_first)
        self.partnership_id = partnership_id
        self.today: date | None = None  # tests pin "today"; None means the real one
        outer = QVBoxLayout(self)
        layout = QFormLayout()
        outer.addLayout(layout)
        self.documents_group = QGroupBox(self.tr("Documents"), self)
        outer.addWidget(self.documents_group)
        outer.addStretch(1)  # rows keep their height; the space goes below them
        self.partnership_row = PartnershipRow(self, layout, picking=partnership_id is None)
        self.partnership_label = self.partnership_row.label
        self.partnership_row.chosen.connect(self._on_partnership_chosen)
        self.title_edit = self.add_row(layout, "title", self.tr("&Title:"), QLineEdit(self))
        self.direction = self.add_row(
            layout, "direction", self.tr("&Direction:"), EnumCombo(Direction, self)
        )
        self.programme_area = self.add_row(
            layout, "programme_area", self.tr("Pro&gramme area:"), EnumCombo(ProgrammeArea, self)
        )
        self.start = self.add_row(
            layout,
            "start",
            self.tr("Sta&rts:"),
            PartialDateEdit(self, day_first=self.day_first),
            aliases=("start_on",),
        )
        self.end = self.add_row(
            layout,
            "end",
            self.tr("&Ends:"),
            PartialDateEdit(self, day_first=self.day_first),
            aliases=("end_on",),
        )
        self.participants = self.add_row(
            layout, "participants", self.tr("&Participants:"), QLineEdit(self)
        )
        self.institutions = self.add_row(
            layout, "institutions", self.tr("&Institutions:"), QLineEdit(self)
        )
        self.institutions.setPlaceholderText(
            self.tr("e.g. Old Dominion University; Norfolk Public Schools")
        )
        self.status = self.add_row(
            layout, "status", self.tr("Stat&us:"), EnumCombo(ExchangeStatus, self)
        )
        self.reason = self.add_row(layout, "reason", self.tr("Reaso&n:"), QLineEdit(self))
        self.reason.setPlaceholderText(self.tr("Why it was postponed or canceled"))
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(70)
        self.notes = self.add_row(layout, "notes", self.tr("N&otes:"), notes)
        # A status change can make the reason required at once: re-check it with the status.
        self.status.currentIndexChanged.connect(self._on_status_changed)
        QVBoxLayout(self.documents_group).addWidget(
            documents_for(
                self, "exchange", self.tr("exchange"), attach_text=self.tr("Attac&h...")
            ).box
        )
        self.documents.box.catch_drops_on(self)
        self.load(None)

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New exchange")
        return self.tr("Exchange: %1").replace("%1", str(self.title_edit.text()))

    def load(self, snapshot: dict[str, Any] | None) -> None:
        data = self.begin_load_under_partnership(snapshot)
        self.title_edit.setText(data.get("title", ""))
        self.direction.set_value(data.get("direction", Direction.OUTBOUND))
        self.programme_area.set_value(data.get("programme_area", ProgrammeArea.YOUTH_EDUCATION))
        self.start.set_partial(PartialDate.of(data.get("start_on"), data.get("start_precision")))
        self.end.set_partial(PartialDate.of(data.get("end_on"), data.get("end_precision")))
        participants = data.get("participants")
        self.participants.setText("" if participants is None else str(participants))
        self.institutions.setText(data.get("institutions", ""))
        self.status.set_value(data.get("status", ExchangeStatus.PLANNED))
        self.reason.setText(data.get("reason", ""))
        self.notes.setPlainText(data.get("notes", ""))
        self.end_load()
        self.documents.show_record(self.record_id)

    def value(self) -> dict[str, Any]:
        start, end = self.start.partial(), self.end.partial()
        text = self.participants.text().strip()
        return {
            "partnership_id": self.partnership_id,
            "title": self.title_edit.text().strip(),
            "direction": self.direction.value(),
            "programme_area": self.programme_area.value(),
            "start_on": start.value if start else None,
            "start_precision": start.precision if start else None,
            "end_on": end.value if end else None,
            "end_precision": end.precision if end else None,
            "participants": int(text) if text.isdigit() else (text or None),
            "institutions": self.institutions.text().strip(),
            "status": self.status.value(),
            "reason": self.reason.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def errors(self) -> list[Problem]:
        problems = [
            Problem(key, message)
            for key, widget in (("start", self.start), ("end", self.end))
            if (message := widget.problem())
        ]
        if self.partnership_id is None:
            problems.append(Problem("partnership", choose_partnership()))
        text = self.participants.text().strip()
        if text and not text.isdigit():
            problems.append(
                Problem("participants", self.tr("Participants is a whole number, e.g. 12."))
            )
        problems += check_exchange(
            title=self.title_edit.text(),
            start=self.start.partial(),
            end=self.end.partial(),
            status=self.status.value(),
            reason=self.reason.text(),
            participants=int(text) if text.isdigit() else None,
            today=self.today,
        )
        return problems

    def _on_status_changed(self) -> None:
        self.standing_requested.emit()
        if not self._loading:
            self._touched.add("reason")
            self.check_touched()

    def _on_partnership_chosen(self, partnership_id: int) -> None:
        self.partnership_id = partnership_id
        self.touch("partnership")
        self.standing_requested.emit()

    def show_standing(self, standing: Standing | None) -> None:
        """The partnership's standing today while the exchange is open (None: no warning)."""
        self.partnership_row.warn_if_stopped(standing)
