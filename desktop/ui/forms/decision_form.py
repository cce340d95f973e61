"""A decision or position on a partnership's timeline. While the clerk types, the form
says whether the entry binds this community and what status it will produce, as its
presenter (decision_presenter.py) works it out; saving a binding suspension or end offers
to cancel the planned exchanges (only with a yes)."""

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import PartialDate
from desktop.domain.enums import ActorType, DatePrecision, DecisionAction, SourceKind
from desktop.domain.validation import Problem, no_decider
from desktop.services.lookup import ExchangeLine
from desktop.ui.forms import cascade_dialog
from desktop.ui.forms.decision_presenter import BINDING, REQUEST, Effect
from desktop.ui.forms.documents_presenter import documents_for
from desktop.ui.forms.fields import EnumCombo, PartialDateEdit
from desktop.ui.forms.partnership_row import PartnershipRow, choose_partnership
from desktop.ui.forms.record_form import RecordForm

DAY_FIELDS = ("effective_on", "review_on", "source_date")


class DecisionForm(RecordForm):
    kind = "decision"

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
        outer = QVBoxLayout(self)
        who = QFormLayout()
        outer.addLayout(who)
        self.partnership_row = PartnershipRow(self, who, picking=partnership_id is None)
        self.partnership_label = self.partnership_row.label
        self.partnership_row.chosen.connect(self._on_partnership_chosen)
        self.decided_on = self.add_row(
            who, "decided_on", self.tr("&Date:"), PartialDateEdit(self, day_first=self.day_first)
        )
        self.actor_name = self.add_row(
            who, "actor_name", self.tr("&Who (person):"), QLineEdit(self), aliases=("actor",)
        )
        self.actor_title = self.add_row(who, "actor_title", self.tr("&Title:"), QLineEdit(self))
        self.actor_body = self.add_row(who, "actor_body", self.tr("&Body:"), QLineEdit(self))
        self.actor_body.setPlaceholderText(self.tr("e.g. Norfolk City Council"))
        self.actor_type = self.add_row(
            who, "actor_type", self.tr("Actor t&ype:"), EnumCombo(ActorType, self)
        )
        self.action = self.add_row(
            who,
            "action",
            self.tr("Acti&on:"),
            EnumCombo(DecisionAction, self, blank=self.tr("Choose the action...")),
        )
        self.effective_on = self.add_row(
            who,
            "effective_on",
            self.tr("Effective fro&m:"),
            PartialDateEdit(self, day_only=True, day_first=self.day_first),
        )
        self.condition = self.add_row(who, "condition", self.tr("&Condition:"), QLineEdit(self))
        self.condition.setPlaceholderText(self.tr("e.g. until the end of hostilities"))
        self.review_on = self.add_row(
            who,
            "review_on",
            self.tr("Re&view date:"),
            PartialDateEdit(self, day_only=True, day_first=self.day_first),
        )
        rationale = QPlainTextEdit(self)
        rationale.setTabChangesFocus(True)
        rationale.setFixedHeight(70)
        self.rationale = self.add_row(who, "rationale", self.tr("&Rationale:"), rationale)
        source = QGroupBox(self.tr("Source"), self)
        where = QFormLayout(source)
        self.source_kind = self.add_row(
            where,
            "source_kind",
            self.tr("&Kind:"),
            EnumCombo(SourceKind, self, blank="-"),
            accessible=self.tr("Source kind"),
        )
        self.source_title = self.add_row(
            where,
            "source_title",
            self.tr("T&itle:"),
            QLineEdit(self),
            accessible=self.tr("Source title"),
        )
        self.source_date = self.add_row(
            where,
            "source_date",
            self.tr("Dat&ed:"),
            PartialDateEdit(self, day_only=True, day_first=self.day_first),
            accessible=self.tr("Source dated"),
        )
        self.source_reference = self.add_row(
            where,
            "source_reference",
            self.tr("Re&ference:"),
            QLineEdit(self),
            accessible=self.tr("Source reference"),
        )
        self.source_reference.setPlaceholderText(self.tr("Resolution number, URL ..."))
        outer.addWidget(source)
        effect = QGroupBox(self.tr("What saving will do"), self)
        box = QVBoxLayout(effect)
        self.binding_label = QLabel(effect)
        self.effect_label = QLabel(effect)
        self.effect_label.setObjectName("decision_effect")
        for label in (self.binding_label, self.effect_label):
            label.setWordWrap(True)
            box.addWidget(label)
        outer.addWidget(effect)
        # Below what saving will do, which stays in sight as the clerk types.
        documents = QGroupBox(self.tr("Documents: the letter, the resolution"), self)
        QVBoxLayout(documents).addWidget(
            documents_for(
                self, "decision", self.tr("decision"), attach_text=self.tr("Attac&h...")
            ).box
        )
        outer.addWidget(documents)
        outer.addStretch(1)
        self.documents.box.catch_drops_on(self)
        self.load(None)

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New decision or position")
        action = self.action.value()
        return self.tr("Decision: %1").replace(
            "%1", str(action.label if action else self.record_id)
        )

    def load(self, snapshot: dict[str, Any] | None) -> None:
        data = self.begin_load_under_partnership(snapshot)
        decided = PartialDate.of(data.get("decided_on"), data.get("decided_precision"))
        self.decided_on.set_partial(decided)
        for key in ("actor_name", "actor_title", "actor_body", "condition", "source_title"):
            getattr(self, key).setText(data.get(key, ""))
        self.source_reference.setText(data.get("source_reference", ""))
        self.actor_type.set_value(data.get("actor_type", ActorType.GOVERNING_BODY))
        self.action.set_value(data.get("action"))
        self.source_kind.set_value(data.get("source_kind"))
        for key in DAY_FIELDS:
            getattr(self, key).set_day(data.get(key))
        self.rationale.setPlainText(data.get("rationale", ""))
        self.end_load()
        self.documents.show_record(self.record_id)
        self.show_effect(Effect())  # until the presenter has read what saving will do

    def value(self) -> dict[str, Any]:
        decided = self.decided_on.partial()
        values = {
            "partnership_id": self.partnership_id,
            "decided_on": decided.value if decided else None,
            "decided_precision": decided.precision if decided else DatePrecision.DAY,
            "actor_type": self.actor_type.value(),
            "action": self.action.value(),
            "source_kind": self.source_kind.value(),
            "rationale": self.rationale.toPlainText().strip(),
        }
        for key in ("actor_name", "actor_title", "actor_body", "condition", "source_title"):
            values[key] = getattr(self, key).text().strip()
        values["source_reference"] = self.source_reference.text().strip()
        for key in DAY_FIELDS:
            values[key] = getattr(self, key).day()
        return values

    def errors(self) -> list[Problem]:
        """What is missing or mistyped; the registry's own checks come from the presenter."""
        problems = [
            Problem(key, message)
            for key in ("decided_on", *DAY_FIELDS)
            if (message := getattr(self, key).problem())
        ]
        if self.partnership_id is None:
            problems.append(Problem("partnership", choose_partnership()))
        if not self.decided_on.text().strip():
            problems.append(Problem("decided_on", self.tr("Give the date of the decision.")))
        elif (pd := self.decided_on.partial()) and pd.value is None:
            problems.append(Problem("decided_on", self.tr("Give at least the year.")))
        who = (self.actor_name.text(), self.actor_title.text(), self.actor_body.text())
        if problem := no_decider(*who):
            problems.append(problem)
        if self.action.value() is None:
            problems.append(Problem("action", self.tr("Choose what was decided or asked.")))
        return problems

    def show_effect(self, effect: Effect) -> None:
        """The binding line and the effect sentence, from the same rule the save uses."""
        if not effect.weight:
            self.binding_label.setText(
                self.tr("Fill in the date, who decided and the action to see the effect.")
            )
            self.effect_label.setText("")
            self.effect_label.setStyleSheet("")
            return
        if effect.weight == BINDING:
            self.binding_label.setText(self.tr("Binding for this community."))
            self.effect_label.setStyleSheet("font-weight: bold;")
        elif effect.weight == REQUEST:
            self.binding_label.setText(self.tr("A request: a position, whoever makes it."))
            self.effect_label.setStyleSheet("color: #8a5300;")
        else:
            self.binding_label.setText(
                self.tr("Not binding: the actor does not hold the authority for this community.")
            )
            self.effect_label.setStyleSheet("color: #8a5300;")
        self.effect_label.setText(effect.text)

    def ask_cancellations(self, effect: str, lines: list[ExchangeLine]) -> list[int] | None:
        """The cascade question: the exchanges to cancel ([] none), None to go back."""
        return cascade_dialog.confirm_cancellations(self, effect, lines)

    def _on_partnership_chosen(self, partnership_id: int) -> None:
        self.partnership_id = partnership_id
        self.touch("partnership")  # the preview reads the chosen partnership's timeline
