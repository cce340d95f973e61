"""The status rule, on the stories of the articles, without a database."""

from datetime import date

from desktop.domain.dates import parse_partial
from desktop.domain.enums import ActorType as A
from desktop.domain.enums import DecisionAction as D
from desktop.domain.enums import Status
from desktop.domain.status import (
    TimelineEntry,
    describe,
    describe_effect,
    is_dormant,
    parse_authority,
    standing_on,
)

COUNCIL = parse_authority("governing_body")
MAYOR = parse_authority("mayor_executive")

NORFOLK_POSITIONS = [
    TimelineEntry(
        date(2022, 2, 26),
        A.STATE_GOVERNMENT,
        D.REQUEST_TERMINATION,
        actor="Governor Glenn Youngkin",
    ),
    TimelineEntry(
        date(2022, 2, 26), A.MAYOR_EXECUTIVE, D.REQUEST_TERMINATION, actor="Mayor Kenny Alexander"
    ),
    TimelineEntry(date(2022, 2, 28), A.ASSOCIATION, D.REAFFIRM, actor="Marguerite Inscoe"),
]


def test_positions_change_nothing():
    standing = standing_on(
        date(2022, 3, 1),
        timeline=NORFOLK_POSITIONS,
        authority=COUNCIL,
        established=parse_partial("1992"),
    )
    assert standing.status is Status.ACTIVE
    assert standing.since == date(1992, 1, 1)


def test_before_establishment_it_is_proposed():
    standing = standing_on(date(1991, 6, 1), timeline=[], established=parse_partial("1992"))
    assert standing.status is Status.PROPOSED


def test_both_signatures_establish_it():
    kwargs = {"timeline": [], "local_signed_on": date(2001, 5, 1)}
    assert standing_on(date(2001, 6, 1), **kwargs).status is Status.PROPOSED
    both = standing_on(date(2001, 6, 1), **kwargs, partner_signed_on=date(2001, 5, 20))
    assert both.status is Status.ACTIVE and both.since == date(2001, 5, 20)


def test_an_establishment_recorded_without_its_date_counts_from_always():
    standing = standing_on(date(1900, 1, 1), timeline=[], established=parse_partial("unknown"))
    assert standing.status is Status.ACTIVE and standing.since is None


def test_a_council_suspension_binds_in_norfolk_but_not_a_mayors():
    suspension = TimelineEntry(
        date(2022, 3, 8),
        A.GOVERNING_BODY,
        D.SUSPEND,
        condition="until Russia ends the invasion",
        review_on=date(2023, 3, 8),
        actor="Norfolk City Council",
    )
    timeline = [*NORFOLK_POSITIONS, suspension]
    established = parse_partial("1992")
    before = standing_on(date(2022, 3, 7), timeline=timeline, established=established)
    after = standing_on(date(2022, 3, 8), timeline=timeline, established=established)
    assert before.status is Status.ACTIVE
    assert after.status is Status.SUSPENDED
    assert after.condition == "until Russia ends the invasion"
    assert not after.due_for_review(date(2023, 3, 7))
    assert after.due_for_review(date(2023, 3, 8))
    mayoral = TimelineEntry(date(2022, 3, 1), A.MAYOR_EXECUTIVE, D.SUSPEND)
    assert (
        standing_on(
            date(2022, 3, 2), timeline=[mayoral], authority=COUNCIL, established=established
        ).status
        is Status.ACTIVE
    )


def test_chicago_mayor_holds_the_authority():
    lightfoot = TimelineEntry(
        date(2022, 3, 1),
        A.MAYOR_EXECUTIVE,
        D.SUSPEND,
        actor="Mayor Lori Lightfoot",
        condition="until the end of hostilities against Ukraine",
    )
    standing = standing_on(
        date(2022, 3, 2),
        timeline=[lightfoot],
        authority=MAYOR,
        established=parse_partial("unknown"),
    )
    assert standing.status is Status.SUSPENDED
    assert describe(standing) == (
        "Suspended since 1 March 2022 by Mayor Lori Lightfoot, "
        "until the end of hostilities against Ukraine"
    )
    assert (
        standing_on(
            date(2022, 2, 28),
            timeline=[lightfoot],
            authority=MAYOR,
            established=parse_partial("unknown"),
        ).status
        is Status.ACTIVE
    )


def test_reinstate_and_end_follow_each_other_in_effective_order():
    timeline = [
        TimelineEntry(date(2022, 3, 1), A.GOVERNING_BODY, D.SUSPEND, id=1),
        TimelineEntry(
            date(2023, 1, 10), A.GOVERNING_BODY, D.REINSTATE, effective_on=date(2023, 2, 1), id=2
        ),
        TimelineEntry(date(2024, 5, 1), A.GOVERNING_BODY, D.END, id=3),
    ]
    on = lambda d: standing_on(d, timeline=timeline, established=parse_partial("1990")).status  # noqa: E731
    assert on(date(2023, 1, 31)) is Status.SUSPENDED  # decided, not yet in effect
    assert on(date(2023, 2, 1)) is Status.ACTIVE
    assert on(date(2024, 5, 1)) is Status.ENDED


def test_a_request_never_binds_even_from_the_council():
    request = TimelineEntry(date(2022, 3, 1), A.GOVERNING_BODY, D.REQUEST_SUSPENSION)
    assert (
        standing_on(date(2022, 3, 2), timeline=[request], established=parse_partial("1992")).status
        is Status.ACTIVE
    )


def test_the_form_says_what_an_entry_will_do():
    before = standing_on(date(2022, 3, 1), timeline=[], established=parse_partial("1992"))
    council = TimelineEntry(
        date(2022, 3, 1), A.GOVERNING_BODY, D.SUSPEND, condition="until the end of hostilities"
    )
    assert describe_effect(council, before, COUNCIL) == (
        "Suspended from 1 March 2022, until the end of hostilities"
    )
    governor = TimelineEntry(date(2022, 2, 26), A.STATE_GOVERNMENT, D.REQUEST_TERMINATION)
    assert describe_effect(governor, before, COUNCIL).startswith(
        "Recorded as a position; the status stays Active."
    )


def test_dormant_after_three_years_without_a_completed_exchange():
    assert is_dormant(date(2022, 3, 1), last_completed_exchange=date(2018, 6, 1), established=None)
    assert not is_dormant(
        date(2022, 3, 1), last_completed_exchange=date(2019, 6, 1), established=None
    )
    assert is_dormant(
        date(2022, 3, 1), last_completed_exchange=None, established=parse_partial("1992")
    )
    assert not is_dormant(
        date(2022, 3, 1), last_completed_exchange=None, established=parse_partial("unknown")
    )
    assert not is_dormant(
        date(2022, 3, 1),
        last_completed_exchange=date(2018, 6, 1),
        established=None,
        threshold_years=5,
    )


def test_a_standing_from_a_year_says_the_year():
    standing = standing_on(date(2022, 3, 1), timeline=[], established=parse_partial("1992"))
    assert describe(standing) == "Active since 1992"
