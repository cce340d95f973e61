"""The one-page profile of a partnership, for a council member."""

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session

from desktop.domain.countries import country_name
from desktop.domain.dates import PartialDate
from desktop.domain.enums import (
    CommunityKind,
    DecisionAction,
    Direction,
    ExchangeStatus,
    Origin,
    PartnershipKind,
    ProgrammeArea,
    SourceKind,
    Unrecognised,
)
from desktop.domain.geography import describe_distance, great_circle_km
from desktop.domain.status import describe, is_dormant
from desktop.domain.words import fill, number, translate
from desktop.services import records
from desktop.services.attachments import AttachmentLine, documents_under
from desktop.services.documents.wording import day, known, ordinal, partial, place
from desktop.services.timeline import actor_phrase, standing_of, timeline_lines
from desktop.services.unit_of_work import reading
from desktop.store import exchange_queries, partnership_queries
from desktop.store.database import Database
from desktop.store.models import Community, Decision, Exchange, Partnership


@dataclass(frozen=True)
class Side:
    name: str
    place: str  # 'Norfolk, Virginia, United States'
    country: str
    kind: str
    population: str
    signatory: str  # 'Mayor Paul Fraim, signed 12 May 1992', or ''


@dataclass(frozen=True)
class TimelineItem:
    when: str
    who: str
    what: str  # 'Request termination'
    effect: str  # 'Decision: Suspended' or 'Position (does not change the status)'
    details: str  # condition, review date, rationale
    source: str


@dataclass(frozen=True)
class ExchangeItem:
    title: str
    area: str
    direction: str
    when: str
    participants: str
    institutions: str
    status: str  # 'Canceled: Canceled in March 2020 due to the COVID-19 pandemic'


@dataclass(frozen=True)
class Profile:
    id: int
    title: str  # 'Norfolk - Kaliningrad'
    local: Side
    partner: Side
    kind: str
    established: str
    ordinal_phrase: str  # "Norfolk's 5th sister city", or '' when it cannot be known
    distance: str
    origin: str
    coordinator: str
    status: str  # the Status label: 'Active'
    status_sentence: str  # 'Suspended since 1 March 2022 by Mayor Lori Lightfoot, ...'
    warnings: list[str] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
    exchanges: list[ExchangeItem] = field(default_factory=list)
    notes: str = ""
    as_of: date = field(default_factory=date.today)
    local_at: tuple[float, float] | None = None  # (latitude, longitude), for the pair's map
    partner_at: tuple[float, float] | None = None
    # Source documents of the partnership and its decisions and exchanges (attachments.py).
    documents: list[AttachmentLine] = field(default_factory=list)


def partnership_profile(db: Database, partnership_id: int, as_of: date | None = None) -> Profile:
    as_of = as_of or date.today()
    with reading(db) as session:
        p = records.get(session, Partnership, partnership_id)
        local = records.get(session, Community, p.local_id)
        partner = records.get(session, Community, p.partner_id)
        standing = standing_of(session, p, as_of)
        exchanges = exchange_queries.live_exchanges_of(session, p.id)
        established = PartialDate.of(p.established_on, p.established_precision)
        return Profile(
            id=p.id,
            title=f"{local.name} - {partner.name}",
            local=_side(local, p.local_signatory_title, p.local_signatory_name, p.local_signed_on),
            partner=_side(
                partner, p.partner_signatory_title, p.partner_signatory_name, p.partner_signed_on
            ),
            kind=PartnershipKind.read(p.kind).label,
            established=partial(p.established_on, p.established_precision)
            or translate("Domain", "not recorded"),
            ordinal_phrase=_ordinal_phrase(session, p, local),
            distance=_distance(local, partner),
            origin=Origin.read(p.origin).label if p.origin else "",
            coordinator=p.coordinating_organization,
            status=standing.status.label,
            status_sentence=_status_sentence(standing, p),
            warnings=_archived(p) + _warnings(exchanges, established, as_of),
            timeline=[_timeline_item(line) for line in timeline_lines(session, p.id)],
            exchanges=[_exchange_item(e) for e in exchanges],
            notes=p.notes,
            as_of=as_of,
            local_at=_at(local),
            partner_at=_at(partner),
            documents=documents_under(session, p.id),
        )


def _at(community: Community) -> tuple[float, float] | None:
    if community.latitude is None or community.longitude is None:
        return None
    return community.latitude, community.longitude


def _archived(p: Partnership) -> list[str]:
    """An archived partnership printed says so first: it is out of the lists."""
    if p.archived_at is None:
        return []
    when = day(p.archived_at.astimezone().date())
    return [
        (
            translate(
                "Domain",
                "Archived on %1: kept with its history, but no longer in the registry's lists.",
            ).replace("%1", str(when))
        )
    ]


def _status_sentence(standing, p: Partnership) -> str:
    return describe(standing)  # "Active since 1992": the domain keeps the date's precision


def _side(community: Community, title: str, name: str, signed_on) -> Side:
    signatory = " ".join(x for x in (title, name) if x)
    if signatory and signed_on:
        signatory += f", signed {day(signed_on)}"
    elif signed_on:
        signatory = f"signed {day(signed_on)}"
    return Side(
        name=community.name,
        place=place(community),
        country=country_name(community.country),
        kind=CommunityKind.read(community.kind).label,
        population=number(community.population) if community.population else "",
        signatory=signatory,
    )


def rank_by_establishment(mine: PartialDate, others: list[PartialDate | None]) -> int | None:
    """Where this partnership stands among the local community's partnerships by date
    established (1 = the first), or None when the records cannot tell honestly: a date
    unknown anywhere, or another one in the same period (1992 against May 1992)."""
    if not known(mine) or not all(known(o) for o in others):
        return None
    rank = 1
    for other in others:
        if other.end < mine.start:
            rank += 1
        elif not (other.start > mine.end):  # the periods overlap: order unknown
            return None
    return rank


def _ordinal_phrase(session: Session, p: Partnership, local: Community) -> str:
    if isinstance(p.kind, Unrecognised):  # a kind another program wrote: no rank to give
        return ""
    siblings = partnership_queries.same_kind_siblings(session, p)
    rank = rank_by_establishment(
        PartialDate.of(p.established_on, p.established_precision),
        [PartialDate.of(s.established_on, s.established_precision) for s in siblings],
    )
    if rank is None:
        return ""
    return f"{local.name}'s {ordinal(rank)} {PartnershipKind.read(p.kind).label.lower()}"


def _distance(a: Community, b: Community) -> str:
    coordinates = (a.latitude, a.longitude, b.latitude, b.longitude)
    if any(c is None for c in coordinates):
        return ""
    return describe_distance(great_circle_km(*coordinates))


def _warnings(exchanges: list[Exchange], established, as_of: date) -> list[str]:
    completed = [
        PartialDate.of(e.end_on or e.start_on, e.end_precision or e.start_precision)
        for e in exchanges
        if e.status == ExchangeStatus.COMPLETED
    ]
    # Undated exchanges cannot show the partnership is alive: the briefing memo counts the
    # same way (store/briefing_queries.dormant_partnerships), so the two documents agree.
    dated = [c.end for c in completed if known(c)]
    if is_dormant(as_of, last_completed_exchange=max(dated, default=None), established=established):
        return [translate("Domain", "Dormant: no completed exchange dated in the last 3 years.")]
    return []


def _timeline_item(line) -> TimelineItem:
    d: Decision = line.decision
    if line.status_after is not None:
        effect = f"Decision: {line.status_after.label}"
    elif line.binding:
        effect = translate("Domain", "Decision (status unchanged)")
    else:
        effect = translate("Domain", "Position (does not change the status)")
    details = []
    if d.effective_on and d.effective_on != d.decided_on:
        details.append(f"Effective {day(d.effective_on)}.")
    if d.condition:
        details.append(f"Condition: {d.condition}.")
    if d.review_on:
        details.append(f"Review due {day(d.review_on)}.")
    if d.rationale:
        details.append(d.rationale)
    return TimelineItem(
        when=partial(d.decided_on, d.decided_precision),
        who=actor_phrase(d) + (f" ({d.actor_body})" if d.actor_name and d.actor_body else ""),
        what=DecisionAction.read(d.action).label,
        effect=effect,
        details=" ".join(details),
        source=_source(d),
    )


def _source(d: Decision) -> str:
    kind = SourceKind.read(d.source_kind).label if d.source_kind else ""
    parts = [kind, d.source_title, d.source_author, day(d.source_date), d.source_reference]
    return ". ".join(p.rstrip(".") for p in parts if p)


def _exchange_item(e: Exchange) -> ExchangeItem:
    start = partial(e.start_on, e.start_precision)
    end = partial(e.end_on, e.end_precision)
    status = ExchangeStatus.read(e.status).label
    return ExchangeItem(
        title=e.title,
        area=ProgrammeArea.read(e.programme_area).label,
        direction=Direction.read(e.direction).label,
        when=fill(translate("Domain", "%1 to %2"), start, end)
        if start and end and start != end
        else start or translate("Domain", "not recorded"),
        participants=str(e.participants) if e.participants is not None else "",
        institutions=e.institutions,
        status=f"{status}: {e.reason}" if e.reason else status,
    )
