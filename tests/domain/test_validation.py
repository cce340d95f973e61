from datetime import date

from desktop.domain.dates import parse_partial
from desktop.domain.enums import DecisionAction, ExchangeStatus, Status
from desktop.domain.validation import (
    Problem,
    check_decision,
    check_exchange,
    check_partnership,
    no_decider,
    partners_itself,
)

TODAY = date(2026, 11, 21)


def messages(problems):
    return {p.field: p.message for p in problems}


def exchange(**changes):
    values = {
        "title": "ODU faculty visit",
        "start": parse_partial("2019-05-01"),
        "end": parse_partial("2019-05-10"),
        "status": ExchangeStatus.COMPLETED,
        "reason": "",
        "participants": 12,
        "today": TODAY,
    } | changes
    return messages(check_exchange(**values))


def test_a_sound_exchange_passes():
    assert exchange() == {}


def test_end_before_start():
    assert exchange(end=parse_partial("2019-04-30")) == {
        "end": "The exchange ends before it starts."
    }


def test_a_canceled_exchange_needs_its_reason():
    assert "Say why the exchange was canceled" in exchange(status=ExchangeStatus.CANCELED)["reason"]
    assert exchange(status=ExchangeStatus.CANCELED, reason="COVID-19 pandemic") == {}


def test_negative_participants():
    assert exchange(participants=-3) == {
        "participants": "Participants cannot be a negative number."
    }


def test_completed_but_not_over_yet():
    problems = exchange(start=parse_partial("2027-01-05"), end=parse_partial("2027-01-09"))
    assert problems == {"status": "The exchange is marked completed but has not ended yet."}


def test_partners_in_one_country_are_allowed_a_community_with_itself_is_not():
    assert check_partnership(local_id=1, partner_id=2) == []
    assert messages(check_partnership(local_id=1, partner_id=1)) == {
        "partner": "A community cannot partner with itself."
    }


def test_a_decision_on_an_ended_partnership_must_reinstate_it():
    values = {
        "decided_on": date(2024, 1, 1),
        "effective_on": None,
        "review_on": None,
        "status_before": Status.ENDED,
        "actor": "City Council",
    }
    assert (
        "only decision that can follow is to reinstate"
        in messages(check_decision(action=DecisionAction.SUSPEND, **values))["action"]
    )
    assert check_decision(action=DecisionAction.REINSTATE, **values) == []


def test_review_date_before_the_suspension():
    problems = check_decision(
        decided_on=date(2022, 3, 1),
        action=DecisionAction.SUSPEND,
        effective_on=None,
        review_on=date(2022, 1, 1),
        status_before=Status.ACTIVE,
        actor="Council",
    )
    assert "before the decision takes effect (1 March 2022)" in messages(problems)["review_on"]


# --- each rule once: the forms and the import ask these, so they are tested here ----------


def test_a_community_cannot_partner_with_itself_though_two_of_one_country_can():
    assert partners_itself(7, 7) == Problem("partner", "A community cannot partner with itself.")
    assert partners_itself(7, 8) is None  # Hannover and Leipzig, both in Germany
    assert partners_itself(None, None) is None  # nothing chosen yet: another message says so
    new = object()  # a community the import is about to create, named twice on one row
    assert partners_itself(new, new) is not None
    assert partners_itself(new, object()) is None


def test_a_decision_says_who_took_it_by_name_title_or_body():
    assert no_decider("", "  ", None) == Problem(
        "actor", "Say who decided: a person, a title or a body."
    )
    assert no_decider("", "", "City Council") is None
    assert no_decider("Jane Roe", "", "") is None
    assert no_decider("", "Mayor", "") is None
