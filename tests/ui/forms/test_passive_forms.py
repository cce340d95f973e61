"""A form shows what its presenter hands it and says what the clerk asks for; it reads and
writes nothing itself. Here the decision form runs in its dialog with a presenter on paper
(no registry at all: the form is given no database), and then with its real presenter,
counting how often typing makes it read the preview (issue 18)."""

import pytest
import shiboken6

from desktop.domain.validation import Problem
from desktop.services import decisions, lookup
from desktop.services.lookup import ExchangeLine
from desktop.ui.forms import open_decision
from desktop.ui.forms.decision_form import DecisionForm
from desktop.ui.forms.decision_presenter import BINDING, NOT_BINDING, REQUEST, SETTLE_MS, Effect
from desktop.ui.forms.record_dialog import RecordDialog
from tests.ui.forms.test_forms import norfolk_kaliningrad


class PresenterOnPaper:
    """Answers as it is told and writes down what it was asked."""

    kind = "decision"
    read_only = ""
    side_effects = created = ()

    def __init__(self, form):
        self.form = form
        self.calls: list = []
        self.problems: list[Problem] = []
        self.saved_id = 41

    def fetch(self, record_id):
        self.calls.append(("fetch", record_id))
        return None

    def show(self, snapshot):
        self.calls.append(("show", snapshot))
        self.form.load(snapshot)

    def show_record(self, record_id):
        self.calls.append(("show_record", record_id))

    def on_form_changed(self):
        self.calls.append("changed")

    def pending(self):
        return False

    def errors(self):
        self.calls.append("errors")
        return list(self.problems)

    def save(self, expected_version):
        self.calls.append(("save", expected_version))
        return self.saved_id

    def archive(self):
        self.calls.append("archive")

    def restore(self):
        self.calls.append("restore")

    def record_name(self, record_id):
        return "Suspend, 8 March 2022"

    def sample_batch(self):
        return None


@pytest.fixture
def on_paper(clerk):
    form = DecisionForm(None, None)  # no database: a read would fail the test
    presenter = PresenterOnPaper(form)
    dialog = RecordDialog(presenter)
    dialog.show()
    clerk.show(dialog)
    return dialog, form, presenter


def test_the_form_shows_the_effect_it_is_handed(on_paper):
    _, form, _ = on_paper
    assert form.binding_label.text() == (
        "Fill in the date, who decided and the action to see the effect."
    )
    form.show_effect(Effect(BINDING, "Suspended from 8 March 2022"))
    assert form.binding_label.text() == "Binding for this community."
    assert form.effect_label.text() == "Suspended from 8 March 2022"
    assert "bold" in form.effect_label.styleSheet()
    form.show_effect(Effect(REQUEST, "Asks for a suspension; the status stays Active"))
    assert form.binding_label.text() == "A request: a position, whoever makes it."
    form.show_effect(Effect(NOT_BINDING, "Recorded as a position"))
    assert form.binding_label.text() == (
        "Not binding: the actor does not hold the authority for this community."
    )
    assert form.effect_label.text() == "Recorded as a position"
    form.show_effect(Effect())
    assert form.effect_label.text() == "" and form.binding_label.text().startswith("Fill in")


def test_typing_is_told_to_the_presenter_and_nothing_is_read(clerk, on_paper):
    dialog, form, presenter = on_paper
    clerk.type(form.condition, "until")
    assert presenter.calls == ["changed"] * 5
    assert dialog.windowTitle() == "New decision or position*"


def test_save_shows_the_presenters_messages_and_saves_only_when_it_allows(clerk, on_paper):
    dialog, form, presenter = on_paper
    presenter.problems = [Problem("review_on", "A review date belongs to a suspension.")]
    clerk.save(dialog)
    assert form.error_text("review_on") == "A review date belongs to a suspension."
    assert dialog.focusWidget() is form.review_on
    assert presenter.calls == ["errors"]
    presenter.problems = []
    form.save_requested.emit()  # the form's own request goes the same way as Ctrl+S
    assert presenter.calls[1:] == ["errors", ("save", None), ("show_record", 41)]


def test_archive_and_restore_requests_reach_the_presenter(clerk, questions, on_paper):
    dialog, form, presenter = on_paper
    form.record_id = 7  # as if a record were shown
    recorded = []
    dialog.recorded.connect(recorded.append)
    form.restore_requested.emit()
    assert presenter.calls == ["restore", ("show_record", 7)]
    form.archive_requested.emit()
    assert questions.asked == ["archive Decision: 7"]
    assert presenter.calls[2:] == ["archive", ("show_record", 7)]
    assert [(c.what, c.record_id, c.name) for c in recorded] == [
        ("restore", 7, "Suspend, 8 March 2022"),
        ("archive", 7, "Suspend, 8 March 2022"),
    ]
    assert not dialog.isVisible()


def test_the_cascade_question_is_the_forms_to_ask(questions, on_paper):
    _, form, _ = on_paper
    questions.cascade = "all"
    tour = ExchangeLine(7, "Youth orchestra tour", "Outbound", "June 2030", "", "", "Planned", "")
    lines = [tour]
    assert form.ask_cancellations("Suspended from 8 March 2022", lines) == [7]
    assert questions.asked == ["cascade: Suspended from 8 March 2022"]
    assert questions.cascade_lists == [["Youth orchestra tour"]]


def test_typing_reads_the_preview_once_when_the_clerk_pauses(clerk, empty_db, monkeypatch):
    """Before issue 18 every keystroke read the registry twice (the check and the preview):
    typing a 28-letter condition made 56 reads."""
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_decision(None, empty_db, partnership_id=partnership.id))
    form = dialog.form
    clerk.fill(
        dialog,
        [
            ("Date", "08/03/2022"),
            ("Who (person)", ""),
            ("Title", ""),
            ("Body", "Norfolk City Council"),
            ("Actor type", "Governing body (council)"),
            ("Action", "Suspend"),
        ],
    )
    reads = []
    read = decisions.preview_decision

    def preview_decision(db, values, exclude_id=None):
        reads.append(values["condition"])
        return read(db, values, exclude_id=exclude_id)

    monkeypatch.setattr(decisions, "preview_decision", preview_decision)
    clerk.type(form.condition, "until the end of hostilities")  # and pauses
    assert reads == ["until the end of hostilities"]
    assert form.effect_label.text() == "Suspended from 8 March 2022, until the end of hostilities"
    clerk.save(dialog)  # checked again at once, and that check's preview is the save's;
    assert len(reads) == 3  # then the saved record is shown with its effect
    assert not dialog.isVisible()
    assert [line.action for line in lookup.timeline(empty_db, partnership.id)] == ["Suspend"]


def test_closing_while_a_check_waits_leaves_nothing_to_run(clerk, empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    dialog = clerk.show(open_decision(None, empty_db, partnership_id=partnership.id))
    presenter = dialog.presenter
    clerk.fill(
        dialog,
        [
            ("Date", "08/03/2022"),
            ("Who (person)", ""),
            ("Title", ""),
            ("Body", "Norfolk City Council"),
            ("Actor type", "Governing body (council)"),
            ("Action", "Suspend"),
        ],
    )
    dialog.form.mark_clean()
    clerk.qtbot.keyClicks(dialog.form.condition, "x")
    assert presenter.pending()
    dialog.form.condition.clear()  # back as it was: closing asks nothing
    clerk.escape(dialog)
    clerk.qtbot.wait(2 * SETTLE_MS)  # past the pause: the check went with the form
    assert not shiboken6.isValid(presenter)
