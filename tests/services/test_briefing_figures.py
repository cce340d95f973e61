"""The briefing's figures on the sample records from the articles."""

from datetime import date

from desktop.domain.enums import DecisionAction, PartnershipKind, Status
from desktop.services.briefing_figures import briefing_figures, describe_filter
from desktop.store.queries import RecordFilter

RUSSIA = RecordFilter(as_of=date(2022, 3, 2), country="RU")


def test_share_of_us_russian_pairs_suspended_or_ended_after_chicago(sample_db):
    figures = briefing_figures(sample_db, RUSSIA)
    assert figures.partnerships == 69
    assert figures.by_status[Status.SUSPENDED] == 1
    assert figures.by_status[Status.ENDED] == 0
    assert (figures.suspended_or_ended.part, figures.suspended_or_ended.whole) == (1, 69)
    assert str(figures.suspended_or_ended) == "1 of 69 (1.4%)"
    russia = [c for c in figures.by_country if c.country == "RU"]
    assert [(c.name, c.partnerships, c.suspended) for c in russia] == [("Russia", 69, 1)]


def test_before_the_suspension_the_share_is_zero(sample_db):
    figures = briefing_figures(sample_db, RecordFilter(as_of=date(2022, 2, 28), country="RU"))
    assert figures.partnerships == 69
    assert figures.suspended_or_ended.part == 0
    assert figures.by_status[Status.SUSPENDED] == 0


def test_all_sample_partnerships_are_counted_by_status_and_kind(sample_db):
    figures = briefing_figures(sample_db, RecordFilter(as_of=date(2022, 3, 2)))
    assert figures.partnerships == 116
    assert sum(figures.by_status.values()) == 116
    assert sum(figures.by_kind.values()) == 116
    assert figures.by_kind[PartnershipKind.FRIENDSHIP_CITY] >= 2
    assert sum(c.partnerships for c in figures.by_country) == 116


def test_norfolk_kaliningrad_exchanges_and_positions(sample_db):
    f = RecordFilter(as_of=date(2022, 3, 2), local="Norfolk", country="RU")
    figures = briefing_figures(sample_db, f)
    assert figures.partnerships == 1
    assert figures.exchanges == 2
    by_year = {y.year: y for y in figures.by_year}
    assert by_year[2020].inbound == 1 and by_year[2020].canceled == 1
    assert by_year[None].outbound == 1 and by_year[None].completed == 1
    assert figures.decisions_total == 3 and figures.binding_total == 0
    requests = {d.action: d for d in figures.decisions}
    assert requests[DecisionAction.REQUEST_TERMINATION].positions == 2


def test_period_limits_the_decisions(sample_db):
    f = RecordFilter(as_of=date(2022, 12, 31), country="RU")
    figures = briefing_figures(sample_db, f, period=(date(2022, 3, 1), date(2022, 3, 1)))
    counted = {d.action: (d.binding, d.positions) for d in figures.decisions}
    assert counted[DecisionAction.SUSPEND] == (1, 0)  # Chicago's mayor, 1 March 2022
    assert DecisionAction.REQUEST_TERMINATION not in counted  # 26 February is outside


def test_filter_in_words():
    assert describe_filter(RUSSIA) == "Partnerships with communities in Russia, all statuses"
    f = RecordFilter(as_of=date(2022, 3, 2), local="Norfolk", status=Status.SUSPENDED)
    assert describe_filter(f) == "Partnerships of Norfolk, suspended on 2 March 2022"


def test_filter_in_words_from_the_filter_bars_plain_values():
    f = RecordFilter(as_of=date(2022, 3, 2), status="suspended", kind="friendship_city")
    assert describe_filter(f) == "Friendship city partnerships, suspended on 2 March 2022"
