"""A decision's presenter. What saving will do (binding or not, the status it produces) and
the registry's checks come from one preview, read once the clerk pauses typing (SETTLE_MS),
never on every keystroke; saving checks again at once, so a fast clerk never saves
unchecked. Saving a binding suspension or end first asks the form the cascade question
(which planned exchanges to cancel), and keeps what it canceled for Edit > Undo."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal

from desktop.domain.status import REQUESTS
from desktop.domain.validation import Problem, ValidationError
from desktop.services import decisions, lookup, undo
from desktop.store.errors import StoreError
from desktop.ui.forms.record_presenter import RecordPresenter, UnderPartnership

SETTLE_MS = 200  # a pause in typing this long, and the form is checked and previewed

BINDING, REQUEST, NOT_BINDING = "binding", "request", "not binding"


@dataclass(frozen=True)
class Effect:
    """What the form's 'What saving will do' box shows: the weight ('' while the form is too
    incomplete to tell) and the effect sentence."""

    weight: str = ""
    text: str = ""


class DecisionPresenter(UnderPartnership, RecordPresenter):
    kind = "decision"
    checked = Signal()  # a check has been shown: the messages and the effect are current

    def __init__(self, db, form):
        super().__init__(db, form)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_now)
        self._for_save: tuple[dict[str, Any], decisions.DecisionPreview] | None = None
        self._showing_local = False  # the messages on show are the form's own (no registry)

    def fetch(self, record_id: int) -> dict[str, Any]:
        return lookup.decision_record(self.db, record_id)

    def show(self, snapshot: dict[str, Any] | None) -> None:
        self._settle.stop()
        super().show(snapshot)
        _problems, preview = self._check()
        self.form.show_effect(self._effect(preview))

    # --- while the clerk types ----------------------------------------------------------------

    def on_form_changed(self) -> None:
        """What the form can tell without the registry shows at once; the preview waits for
        a pause, restarted by every keystroke."""
        local = self.form.errors()
        if local:  # nothing to ask the registry yet
            self._settle.stop()
            self.form.show_problems(local, only=self.form.touched())
            self.form.show_effect(Effect())
            self._showing_local = True
            self.checked.emit()
            return
        if self._showing_local:  # a typo put right goes at once; the registry's words stay
            self.form.show_problems([], only=self.form.touched())  # until the pause
            self._showing_local = False
        self._settle.start()

    def pending(self) -> bool:
        return self._settle.isActive()

    def check_now(self) -> list[Problem]:
        """Check and preview the form as it stands (one read), and show both."""
        self._settle.stop()
        problems, preview = self._check()
        self.form.show_problems(problems, only=self.form.touched())
        self.form.show_effect(self._effect(preview))
        self.checked.emit()
        return problems

    def preview(self, values: dict[str, Any], exclude_id: int | None):
        """The one place the form's values meet the registry before saving."""
        return decisions.preview_decision(self.db, values, exclude_id=exclude_id)

    def _check(self) -> tuple[list[Problem], decisions.DecisionPreview | None]:
        problems = self.form.errors()
        self._showing_local = bool(problems)
        if problems:
            return problems, None
        try:
            return [], self.preview(self.form.value(), self.form.record_id)
        except ValidationError as exc:
            return exc.problems, None
        except StoreError as exc:  # e.g. the database is locked: say so, do not save
            return [Problem("", str(exc))], None

    def _effect(self, preview: decisions.DecisionPreview | None) -> Effect:
        if preview is None:
            return Effect()
        if preview.binding:
            weight = BINDING
        elif self.form.value().get("action") in REQUESTS:
            weight = REQUEST
        else:
            weight = NOT_BINDING
        return Effect(weight, preview.effect)

    # --- saving -------------------------------------------------------------------------------

    def errors(self) -> list[Problem]:
        """Checked now, whatever is waiting for a pause; the preview is kept for the save."""
        self._settle.stop()
        self._for_save = None
        problems, preview = self._check()
        self.form.show_effect(self._effect(preview))
        if preview is not None:
            self._for_save = (self.form.value(), preview)
        return problems

    def save(self, expected_version: int | None) -> int | None:
        form = self.form
        values = form.value()
        self.side_effects = ()
        kept, self._for_save = self._for_save, None
        if form.record_id is not None:
            values.pop("partnership_id")
            return decisions.update_decision(self.db, form.record_id, values, expected_version).id
        preview = kept[1] if kept is not None and kept[0] == values else self.preview(values, None)
        cancel: list[int] = []
        if preview.open_exchanges:
            lines = [lookup.exchange_line(e) for e in preview.open_exchanges]
            chosen = form.ask_cancellations(preview.effect, lines)
            if chosen is None:
                return None
            cancel = chosen
        before = {i: lookup.exchange_record(self.db, i) for i in cancel}
        decision = decisions.record_decision(self.db, values, cancel_exchanges=cancel)
        self.side_effects = tuple(self._canceled(before))
        return decision.id

    def _canceled(self, before: dict[int, dict]):
        """The exchanges the save canceled, as they were: Undo puts them back."""
        for exchange_id, was in before.items():
            now = lookup.exchange_record(self.db, exchange_id)
            if now["version"] != was["version"]:
                yield undo.SideEffect(
                    "exchange", exchange_id, undo.fields_of("exchange", was), now["version"]
                )
