"""What a clerk should look at: suspensions due for review, dormant partnerships, and
exchanges still planned under a partnership that has been suspended or ended.

The window's "needs attention" view and the briefing's sheet read the same items.
"""

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from itertools import islice

from sqlmodel import Session

from desktop.domain.dates import PartialDate, format_day, format_partial
from desktop.domain.enums import ExchangeStatus, Status
from desktop.domain.words import fill, translate
from desktop.services.unit_of_work import reading
from desktop.store import briefing_queries as q
from desktop.store.database import Database
from desktop.store.queries import RecordFilter


class AttentionKind(StrEnum):
    REVIEW_DUE = "review_due"
    DORMANT = "dormant"
    EXCHANGE_UNDER_STOPPED = "exchange_under_stopped"

    @property
    def label(self) -> str:
        return {
            "review_due": translate("Domain", "Suspension due for review"),
            "dormant": translate("Domain", "Dormant"),
            "exchange_under_stopped": translate(
                "Domain", "Exchange planned under a stopped partnership"
            ),
        }[self.value]


@dataclass(frozen=True)
class AttentionItem:
    kind: AttentionKind
    partnership_id: int
    local: str
    partner: str
    detail: str  # one sentence a clerk can act on
    due: date | None = None  # review date, or the planned exchange's start


@dataclass(frozen=True)
class AttentionList:
    items: list[AttentionItem]
    cut_short: list[AttentionKind]  # kinds with more items than the list holds


def needs_attention(
    db: Database,
    as_of: date,
    dormant_years: int = 3,
    f: RecordFilter | None = None,
) -> list[AttentionItem]:
    """Everything needing attention on `as_of` among the partnerships `f` selects (all
    partnerships when `f` is None; `f.as_of` is replaced by `as_of`)."""
    with reading(db) as session:
        return list(attention_items(session, as_of, dormant_years, f))


def count_needing_attention(
    db: Database, f: RecordFilter, dormant_years: int = 3
) -> dict[AttentionKind, int]:
    """How many items of each kind `needs_attention` gives for the selection on f.as_of."""
    counts = dict.fromkeys(AttentionKind, 0)
    with reading(db) as session:
        for item in attention_items(session, f.as_of, dormant_years, f):
            counts[item.kind] += 1
    return counts


def first_needing_attention(
    db: Database, as_of: date, dormant_years: int = 3, per_kind: int = 1000
) -> AttentionList:
    """At most `per_kind` items of each kind, read no further than that: a national
    registry may hold hundreds of thousands of dormant partnerships, which a window list
    cannot usefully show (the briefing workbook lists every one)."""
    f = RecordFilter(as_of=as_of)
    items: list[AttentionItem] = []
    cut_short = []
    with reading(db) as session:
        for kind, found in (
            (AttentionKind.REVIEW_DUE, _reviews(session, f)),
            (AttentionKind.DORMANT, _dormant(session, f, dormant_years)),
            (AttentionKind.EXCHANGE_UNDER_STOPPED, _open_exchanges(session, f)),
        ):
            some = list(islice(found, per_kind + 1))
            if len(some) > per_kind:
                cut_short.append(kind)
            items += some[:per_kind]
    return AttentionList(items, cut_short)


def attention_items(
    session: Session,
    as_of: date,
    dormant_years: int = 3,
    f: RecordFilter | None = None,
) -> Iterator[AttentionItem]:
    """The items one by one (streamed from the database), reviews first. Of `f`, its
    country, status, local community, kind and search count; not its established dates,
    its within-one-country-or-abroad or "show archived"."""
    f = replace(
        f or RecordFilter(),
        as_of=as_of,
        where=None,
        date_from=None,
        date_to=None,
        include_archived=False,
    )
    yield from _reviews(session, f)
    yield from _dormant(session, f, dormant_years)
    yield from _open_exchanges(session, f)


def _reviews(session: Session, f: RecordFilter) -> Iterator[AttentionItem]:
    for r in q.suspensions_due(session, f):
        detail = (
            translate("Domain", "Suspended; the review was due on %1")
            if r.review_on < f.as_of
            else translate("Domain", "Suspended; the review is due on %1")
        ).replace("%1", format_day(r.review_on))
        if r.condition:
            detail += f" (suspended {r.condition})"
        yield AttentionItem(
            AttentionKind.REVIEW_DUE, r.id, r.local, r.partner, detail + ".", r.review_on
        )


def _dormant(session: Session, f: RecordFilter, years: int) -> Iterator[AttentionItem]:
    for r in q.dormant_partnerships(session, f, years):
        if r.last_on and r.last_precision:
            detail = translate("Domain", "No completed exchange since %1.").replace(
                "%1", str(format_partial(PartialDate.of(r.last_on, r.last_precision)))
            )
        else:
            established = PartialDate.of(r.established_on, r.established_precision)
            if r.undated_completed:  # one is on record, its date is not: say just that
                text = translate(
                    "Domain", "Completed exchange on record, date unknown; established %1."
                )
            else:
                text = translate("Domain", "No completed exchange on record; established %1.")
            detail = text.replace("%1", str(format_partial(established)))
        yield AttentionItem(AttentionKind.DORMANT, r.id, r.local, r.partner, detail)


def _open_exchanges(session: Session, f: RecordFilter) -> Iterator[AttentionItem]:
    for r in q.open_exchanges_under_stopped(session, f):
        state = Status.read(r.status)
        planned = ExchangeStatus.read(r.exchange_status)
        detail = fill(
            translate("Domain", "“%1” is still %2 for %4, but the partnership is %3.")
            if r.start_on
            else translate("Domain", "“%1” is still %2, but the partnership is %3."),
            r.title,
            planned.label.lower(),
            state.label.lower(),
            format_day(r.start_on) if r.start_on else "",
        )
        yield AttentionItem(
            AttentionKind.EXCHANGE_UNDER_STOPPED, r.id, r.local, r.partner, detail, r.start_on
        )
