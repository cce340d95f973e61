"""The presenters without a window: each is given a form on paper (the values a clerk typed,
and a record of what it was asked to show) and a real temporary registry. What they save,
read, check and preview is what the clerk would see in the form."""

from datetime import date

import pytest

from desktop.domain.enums import ActorType, DatePrecision, DecisionAction, ExchangeStatus
from desktop.domain.status import describe
from desktop.domain.validation import Problem, ValidationError
from desktop.services import communities, exchanges, lookup
from desktop.store.errors import RecordChanged
from desktop.ui.forms.decision_presenter import BINDING, NOT_BINDING, DecisionPresenter, Effect
from desktop.ui.forms.presenters import (
    DISTANCE_PENDING,
    DISTANCE_UNKNOWN,
    CommunityPresenter,
    ExchangePresenter,
    PartnershipPresenter,
)
from tests.ui.forms.test_forms import norfolk_kaliningrad


class Wire:
    """A signal on paper: the presenter connects to it, the test fires it."""

    def __init__(self):
        self.slots = []

    def connect(self, slot):
        self.slots.append(slot)

    def emit(self):
        for slot in self.slots:
            slot()


class FormOnPaper:
    """What a presenter sees of a form: the values typed, the problems the form finds on its
    own, and what it was asked to show and to ask."""

    def __init__(self, values=None, problems=()):
        self.values = dict(values or {})
        self.problems = list(problems)
        self.record_id = self.version = None
        self.today = None
        self.loaded, self.shown, self.effects, self.asked = [], [], [], []
        self.cascade_answer = None
        # The forms' requests, on paper.
        self.related_changed, self.communities_changed = Wire(), Wire()
        self.standing_requested, self.look_up_requested = Wire(), Wire()

    def load(self, snapshot):
        self.loaded.append(snapshot)
        self.record_id = (snapshot or {}).get("id")
        self.version = (snapshot or {}).get("version")

    def value(self):
        return dict(self.values)

    def errors(self):
        return list(self.problems)

    def touched(self):
        return set(self.values)

    def show_problems(self, problems, only=None):
        self.shown.append([(p.field, p.message) for p in problems])

    def check_touched(self):
        self.show_problems(self.errors())

    def show_effect(self, effect):
        self.effects.append(effect)

    def ask_cancellations(self, effect, lines):
        self.asked.append((effect, [line.title for line in lines]))
        return self.cascade_answer

    def title(self):
        return "a record on paper"

    @property
    def partnership_id(self):
        return self.values.get("partnership_id")

    def show_partnership(self, title):
        self.partnership_title = title

    def show_standing(self, standing):
        self.standing = standing

    def place_wanted(self):
        return self.values["name"], self.values["country"], self.values.get("subdivision", "")

    def show_place_wanted(self):
        self.places = "name and country first"

    def show_searching(self, searching):
        pass

    def offer_places(self, found):
        self.places = [c.label() for c in found]

    def show_related(self, related):
        self.related = related

    def show_distance(self, km, why=""):
        self.distance = (km, why)


def suspension(partnership_id, **changes):
    """A decision as the decision form's value() gives it."""
    return {
        "partnership_id": partnership_id,
        "decided_on": date(2022, 3, 8),
        "decided_precision": DatePrecision.DAY,
        "actor_type": ActorType.GOVERNING_BODY,
        "action": DecisionAction.SUSPEND,
        "source_kind": None,
        "rationale": "",
        "actor_name": "",
        "actor_title": "",
        "actor_body": "Norfolk City Council",
        "condition": "",
        "source_title": "",
        "source_reference": "",
        "effective_on": None,
        "review_on": None,
        "source_date": None,
    } | changes


def counting(presenter):
    """Count the presenter's reads of the preview (its one hook into the registry)."""
    calls = []
    read = presenter.preview

    def preview(values, exclude_id):
        calls.append(values)
        return read(values, exclude_id)

    presenter.preview = preview
    return calls


@pytest.fixture
def partnership(empty_db):
    *_, partnership = norfolk_kaliningrad(empty_db)
    return partnership


def test_the_preview_says_what_saving_will_do(qapp, empty_db, partnership):
    form = FormOnPaper(suspension(partnership.id))
    presenter = DecisionPresenter(empty_db, form)
    assert presenter.check_now() == []
    assert form.effects[-1] == Effect(BINDING, "Suspended from 8 March 2022")
    form.values |= {"actor_type": ActorType.MAYOR_EXECUTIVE, "actor_title": "Mayor"}
    presenter.check_now()
    assert form.effects[-1] == Effect(
        NOT_BINDING,
        "Recorded as a position; the status stays Active. Only the governing body (council) "
        "can change it for this community.",
    )


def test_the_registrys_checks_show_at_the_fields(qapp, empty_db, partnership):
    form = FormOnPaper(suspension(partnership.id, action=DecisionAction.REAFFIRM))
    form.values["review_on"] = date(2023, 3, 1)
    presenter = DecisionPresenter(empty_db, form)
    assert presenter.errors() == [Problem("review_on", "A review date belongs to a suspension.")]
    presenter.check_now()
    assert form.shown[-1] == [("review_on", "A review date belongs to a suspension.")]
    assert form.effects[-1] == Effect()  # nothing to say while it would be refused


def test_what_the_form_finds_itself_needs_no_read(qapp, empty_db, partnership):
    missing = Problem("action", "Choose what was decided or asked.")
    form = FormOnPaper(suspension(partnership.id, action=None), problems=[missing])
    presenter = DecisionPresenter(empty_db, form)
    reads = counting(presenter)
    presenter.on_form_changed()
    assert presenter.errors() == [missing]
    assert form.shown == [[("action", "Choose what was decided or asked.")]]
    assert not presenter.pending() and reads == []


def test_typing_is_checked_once_when_the_clerk_pauses(qtbot, empty_db, partnership):
    form = FormOnPaper(suspension(partnership.id))
    presenter = DecisionPresenter(empty_db, form)
    reads = counting(presenter)
    for text in ("u", "un", "unt", "unti", "until"):
        form.values["condition"] = text
        presenter.on_form_changed()
    assert presenter.pending() and reads == []
    with qtbot.waitSignal(presenter.checked):
        pass
    assert [r["condition"] for r in reads] == ["until"]
    assert form.effects[-1] == Effect(BINDING, "Suspended from 8 March 2022, until")


def test_saving_a_suspension_asks_about_the_planned_exchanges(qapp, empty_db, partnership):
    tour = exchanges.record_exchange(
        empty_db,
        {"partnership_id": partnership.id, "title": "Youth orchestra tour",
         "start_on": date(2030, 6, 1), "start_precision": "month"},
    )  # fmt: skip
    form = FormOnPaper(suspension(partnership.id))
    presenter = DecisionPresenter(empty_db, form)
    reads = counting(presenter)
    form.cascade_answer = None  # Back to the form
    assert presenter.errors() == []
    assert presenter.save(None) is None
    assert lookup.timeline(empty_db, partnership.id) == []
    form.cascade_answer = [tour.id]
    assert presenter.errors() == []
    decision_id = presenter.save(None)
    assert form.asked == [("Suspended from 8 March 2022", ["Youth orchestra tour"])] * 2
    assert len(reads) == 2  # one per save: the check before it is the save's preview
    assert lookup.exchange_record(empty_db, tour.id)["status"] == ExchangeStatus.CANCELED
    assert [(s.kind, s.record_id) for s in presenter.side_effects] == [("exchange", tour.id)]
    assert presenter.side_effects[0].before["status"] == ExchangeStatus.PLANNED
    presenter.show_record(decision_id)
    assert form.loaded[-1]["id"] == decision_id
    assert form.effects[-1].weight == BINDING


def test_a_decision_changed_meanwhile_is_not_overwritten(qapp, empty_db, partnership):
    form = FormOnPaper(suspension(partnership.id))
    presenter = DecisionPresenter(empty_db, form)
    decision_id = presenter.save(None)
    presenter.show_record(decision_id)
    form.values["condition"] = "until the end of hostilities"
    stale = form.version
    presenter.save(stale)
    with pytest.raises(RecordChanged):
        presenter.save(stale)
    record = presenter.fetch(decision_id)
    assert record["condition"] == "until the end of hostilities"


def test_a_community_is_saved_read_archived_and_restored(qapp, empty_db):
    form = FormOnPaper({"name": "Norfolk", "subdivision": "Virginia", "country": "US"})
    presenter = CommunityPresenter(empty_db, form)
    community_id = presenter.save(None)
    presenter.show_record(community_id)
    assert form.loaded[-1]["name"] == "Norfolk"
    assert presenter.record_name(community_id) == "Norfolk"
    form.values["population"] = 238005
    presenter.save(form.version)
    with pytest.raises(RecordChanged):
        presenter.save(form.version)  # the version shown is no longer the registry's
    presenter.archive()
    assert presenter.fetch(community_id)["archived_at"] is not None
    presenter.restore()
    assert presenter.fetch(community_id)["archived_at"] is None
    duplicate = CommunityPresenter(empty_db, FormOnPaper(form.values))
    with pytest.raises(ValidationError) as refused:
        duplicate.check_new()
    assert [p.field for p in refused.value.problems] == ["name"]


def test_a_partnership_with_a_new_community_creates_both(qapp, empty_db):
    norfolk = communities.create_community(
        empty_db, {"name": "Norfolk", "subdivision": "Virginia", "country": "US"}
    )
    form = FormOnPaper(
        {"local_id": norfolk.id, "partner_id": None, "new_local": None,
         "new_partner": {"name": "Kaliningrad", "country": "RU"}}
    )  # fmt: skip
    presenter = PartnershipPresenter(empty_db, form)
    form.communities_changed.emit()
    assert form.distance == (None, DISTANCE_PENDING)
    partnership_id = presenter.save(None)
    record = presenter.fetch(partnership_id)
    assert record["partner_label"] == "Kaliningrad, Russia"
    assert presenter.created == (("community", record["partner_id"]),)
    form.values |= {"partner_id": record["partner_id"], "new_partner": None}  # as loaded
    presenter.show_record(partnership_id)
    assert form.distance == (None, DISTANCE_UNKNOWN)  # Kaliningrad has no coordinates yet
    assert describe(form.related.standing) == "Proposed"  # no date of establishment yet
    assert form.related.exchanges == [] and form.related.timeline == []
    exchanges.record_exchange(empty_db, {"partnership_id": partnership_id, "title": "Choir"})
    form.related_changed.emit()  # an exchange saved in a window the form opened
    assert [line.title for line in form.related.exchanges] == ["Choir"]


def test_an_exchange_is_recorded_and_updated(qapp, empty_db, partnership):
    form = FormOnPaper(
        {"partnership_id": partnership.id, "title": "Choir visit", "status": "planned"}
    )
    presenter = ExchangePresenter(empty_db, form)
    assert form.partnership_title == "Norfolk, Virginia, United States - Kaliningrad, Russia"
    assert describe(form.standing) == "Active since 1992"  # shown, not warned of
    presenter.show_record(presenter.save(None))
    form.values["title"] = "Choir visit 2019"
    presenter.save(form.version)
    assert [e.title for e in lookup.exchanges_of(empty_db, partnership.id)] == ["Choir visit 2019"]
    form.values["status"] = ExchangeStatus.COMPLETED
    form.standing_requested.emit()
    assert form.standing is None  # a completed exchange is not warned about


def test_coordinates_are_looked_up_in_the_offline_table(qapp, empty_db):
    form = FormOnPaper({"name": "Norfolk", "country": None})
    CommunityPresenter(empty_db, form)
    form.look_up_requested.emit()
    assert form.places == "name and country first"
    form.values |= {"country": "US", "subdivision": "Virginia"}
    form.look_up_requested.emit()
    assert form.places[0].startswith("Norfolk, Virginia")
