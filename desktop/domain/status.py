"""A partnership's status on any date, derived from its timeline.

Proposed until both sides have signed, an establishing decision is recorded, or an
establishment date is on record; after that only *binding* decisions change it. Which actor
types bind is set per local community (Norfolk: its council; Chicago: its mayor). Everything
else on the timeline (a governor's call, a mayor's request, an association's letter) is a
position: shown, never counted.

`desktop/store/status_sql.py` states the same rule in SQL for big listings; the tests hold
the two to the same answers.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.dates import PartialDate, format_day, format_partial
from desktop.domain.enums import ActorType, DatePrecision, DecisionAction, Status
from desktop.domain.words import fill, translate

DEFAULT_AUTHORITY: frozenset[ActorType] = frozenset({ActorType.GOVERNING_BODY})

# What a binding decision of each action makes of the partnership.
STATUS_AFTER: dict[DecisionAction, Status] = {
    DecisionAction.ESTABLISH: Status.ACTIVE,
    DecisionAction.UPGRADE: Status.ACTIVE,
    DecisionAction.REINSTATE: Status.ACTIVE,
    DecisionAction.SUSPEND: Status.SUSPENDED,
    DecisionAction.END: Status.ENDED,
}
# Asking for something is never deciding it, whoever asks.
REQUESTS = frozenset({DecisionAction.REQUEST_SUSPENSION, DecisionAction.REQUEST_TERMINATION})


def parse_authority(stored: str | None) -> frozenset[ActorType]:
    """The stored comma-separated list of binding actor types (empty means the default)."""
    return frozenset(actor_types(stored)) or DEFAULT_AUTHORITY


def actor_types(text: str | None) -> list[ActorType]:
    """'governing_body,mayor_executive' -> the actor types; a plain ValueError names any
    that is not one."""
    kinds = []
    for value in (text or "").split(","):
        if value.strip():
            try:
                kinds.append(ActorType(value.strip()))
            except ValueError:
                choices = ", ".join(ActorType.values())
                raise ValueError(
                    f"'{value.strip()}' is not a kind of actor; the kinds are: {choices}."
                ) from None
    return kinds


def format_authority(kinds: Iterable[ActorType]) -> str:
    return ",".join(sorted(k.value for k in kinds))


def is_binding(
    action: DecisionAction, actor_type: ActorType, authority: frozenset[ActorType]
) -> bool:
    """A decision (not a request) taken by an actor who holds the authority."""
    return action not in REQUESTS and actor_type in authority


def changes_status(action: DecisionAction) -> bool:
    return action in STATUS_AFTER


@dataclass(frozen=True)
class TimelineEntry:
    decided_on: date
    actor_type: ActorType
    action: DecisionAction
    effective_on: date | None = None
    condition: str = ""
    review_on: date | None = None
    actor: str = ""  # "Mayor Lori Lightfoot", for sentences
    id: int = 0

    @property
    def takes_effect(self) -> date:
        return self.effective_on or self.decided_on


@dataclass(frozen=True)
class Standing:
    """The status on a date and what produced it."""

    status: Status
    since: date | None = None
    decided_by: TimelineEntry | None = None
    condition: str = ""
    review_on: date | None = None
    since_text: str = ""  # "1992": the start as precisely as it is known, for sentences

    def due_for_review(self, day: date) -> bool:
        return (
            self.status is Status.SUSPENDED and self.review_on is not None and self.review_on <= day
        )


def established_from(
    established: PartialDate | None, local_signed_on: date | None, partner_signed_on: date | None
) -> date | None:
    """The first day the partnership counts as established, or None while only proposed.

    An establishment recorded without its date counts from the beginning of time.
    """
    candidates = []
    if established is not None:
        candidates.append(established.value or date.min)
    if local_signed_on and partner_signed_on:
        candidates.append(max(local_signed_on, partner_signed_on))
    return min(candidates) if candidates else None


def standing_on(
    day: date,
    *,
    timeline: Iterable[TimelineEntry],
    authority: frozenset[ActorType] = DEFAULT_AUTHORITY,
    established: PartialDate | None = None,
    local_signed_on: date | None = None,
    partner_signed_on: date | None = None,
) -> Standing:
    start = established_from(established, local_signed_on, partner_signed_on)
    standing = Standing(Status.PROPOSED)
    if start is not None and start <= day:
        as_written = ""
        if established is not None and established.value == start:
            as_written = format_partial(established)  # "since 1992", not "since 1 January"
        standing = Standing(
            Status.ACTIVE, since=None if start == date.min else start, since_text=as_written
        )
    deciding = sorted(
        (
            e
            for e in timeline
            if e.takes_effect <= day
            and changes_status(e.action)
            and is_binding(e.action, e.actor_type, authority)
        ),
        key=lambda e: (e.takes_effect, e.decided_on, e.id),
    )
    if deciding:
        last = deciding[-1]
        status = STATUS_AFTER[last.action]
        suspended = status is Status.SUSPENDED
        standing = Standing(
            status,
            since=last.takes_effect,
            decided_by=last,
            condition=last.condition if suspended else "",
            review_on=last.review_on if suspended else None,
        )
    return standing


def describe(standing: Standing) -> str:
    """'Suspended since 1 March 2022 by Mayor Lori Lightfoot, until the end of hostilities'."""
    text = standing.status.label
    if standing.since:
        since = standing.since_text or format_day(standing.since)
        text += translate("Domain", " since %1").replace("%1", since)
    if standing.decided_by and standing.decided_by.actor:
        text += translate("Domain", " by %1").replace("%1", standing.decided_by.actor)
    if standing.condition:
        text += f", {standing.condition}"
    if standing.review_on:
        review = format_day(standing.review_on)
        text += translate("Domain", "; review due %1").replace("%1", review)
    return text


def describe_effect(entry: TimelineEntry, before: Standing, authority: frozenset[ActorType]) -> str:
    """What recording `entry` will do, in the words the decision form shows before saving."""
    if not is_binding(entry.action, entry.actor_type, authority):
        # English writes the holders in lower case mid-sentence; German keeps its nouns'.
        holders = translate("Domain", " or ").join(
            a.label.lower() if a.label == a.english else a.label for a in sorted(authority)
        )
        return fill(
            translate(
                "Domain",
                "Recorded as a position; the status stays %1. Only the %2 can change it for "
                "this community.",
            ),
            before.status.label,
            holders,
        )
    if not changes_status(entry.action):
        return translate("Domain", "Binding for this community; the status stays %1.").replace(
            "%1", before.status.label
        )
    after = STATUS_AFTER[entry.action]
    text = fill(translate("Domain", "%1 from %2"), after.label, format_day(entry.takes_effect))
    if after is Status.SUSPENDED and entry.condition:
        text += f", {entry.condition}"
    if after is Status.SUSPENDED and entry.review_on:
        review = format_day(entry.review_on)
        text += translate("Domain", "; review due %1").replace("%1", review)
    return text


def is_dormant(
    day: date,
    *,
    last_completed_exchange: date | None,
    established: PartialDate | None,
    threshold_years: int = 3,
) -> bool:
    """No completed exchange for `threshold_years` ("the relationship has waned").

    A warning only: it never changes the status. Without any completed exchange the clock
    runs from the establishment date, when that is known. (`store/briefing_queries` writes
    this rule as SQL for the needs-attention list; tests/store/test_dormant_sql.py holds
    the two to the same answers.)
    """
    reference = last_completed_exchange
    known = established and established.value and established.precision is not DatePrecision.UNKNOWN
    if reference is None and known:
        reference = established.end
    if reference is None:
        return False
    return reference < dormant_before(day, threshold_years)


def dormant_before(day: date, threshold_years: int = 3) -> date:
    """A partnership is dormant on `day` when its last completed exchange (or, without one,
    its establishment) ended before this day: `threshold_years` years earlier."""
    try:
        return day.replace(year=day.year - threshold_years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - threshold_years, day=28)


def starts_before_to_end_before(limit: date, precision: DatePrecision) -> date:
    """The day a period of `precision` must start before to end before `limit`: 'in 2019'
    ends before 1 March 2023 because it starts before 1 January 2023, 'March 2020' ends
    before 15 March 2020 only if it starts before 1 March (so never). What lets SQL compare
    the stored first day of a year- or month-precision date with `limit` without working
    out its last day (`PartialDate.end`)."""
    if precision is DatePrecision.YEAR:
        return date(limit.year, 1, 1)
    if precision is DatePrecision.MONTH:
        return date(limit.year, limit.month, 1)
    return limit
