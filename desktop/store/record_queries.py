"""Listings of exchanges, decisions and communities, filtered, sorted and paged in SQL
(the partnerships' listing, with its status on a date, is in queries.py)."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from desktop.domain.dates import PartialDate
from desktop.domain.enums import (
    ActorType,
    CommunityKind,
    DatePrecision,
    DecisionAction,
    Direction,
    ExchangeStatus,
    ProgrammeArea,
)
from desktop.domain.search_text import fold_for_search
from desktop.store.models import Community, Decision, Exchange, Partnership
from desktop.store.ordering import by, by_country_name
from desktop.store.queries import Local, Partner, local_named
from desktop.store.search import TRIGRAM, communities_matching, contains, like


@dataclass(frozen=True)
class RecordFilter:
    """The filter bar of the exchanges, decisions and communities views. `status` and
    `kind` mean each view's own vocabulary (exchange status / programme area; action /
    actor type; community kind)."""

    status: str | None = None
    kind: str | None = None
    country: str | None = None
    local: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""
    include_archived: bool = False


@dataclass(frozen=True)
class ExchangeRow:
    id: int
    partnership_id: int
    local: str
    partner: str
    title: str
    programme_area: ProgrammeArea
    direction: Direction
    start: PartialDate | None
    end: PartialDate | None
    participants: int | None
    institutions: str
    status: ExchangeStatus
    partner_country: str = ""
    reason: str = ""
    archived: bool = False  # itself, or its partnership


@dataclass(frozen=True)
class DecisionRow:
    id: int
    partnership_id: int
    local: str
    partner: str
    decided: PartialDate
    actor: str
    actor_type: ActorType
    action: DecisionAction
    binding: bool
    takes_effect_on: date
    condition: str
    review_on: date | None
    source: str
    partner_country: str = ""
    rationale: str = ""
    archived: bool = False  # itself, or its partnership


@dataclass(frozen=True)
class CommunityRow:
    id: int
    name: str
    subdivision: str
    country: str
    kind: CommunityKind
    population: int | None
    partnerships: int
    archived: bool = False


def _places(query, record, f: RecordFilter, *, names: bool = True):
    """Join the partnership (and, for the rows' names or a country filter, its communities):
    a count of every exchange need not look up two communities for each."""
    query = query.join(Partnership, record.partnership_id == Partnership.id)
    if names or f.country:
        query = query.join(Local, Partnership.local_id == Local.id)
        query = query.join(Partner, Partnership.partner_id == Partner.id)
    if f.country:
        query = query.where(Partner.country == f.country.upper())
    if f.local:
        query = query.where(local_named(f.local))
    if not f.include_archived:
        query = query.where(record.archived_at.is_(None), Partnership.archived_at.is_(None))
    return query


def _in_places(text: str):
    places = communities_matching(text)
    return sa.or_(Partnership.local_id.in_(places), Partnership.partner_id.in_(places))


def _matching(record, columns: list, text: str):
    """The search box on an exchange or decision list: its own text, or its partnership's
    places. Three letters or more come off the indexes as one set of ids; fewer match most
    rows, and the list walks its sorted index and stops at a page instead."""
    if len(fold_for_search(text.strip())) < TRIGRAM:
        return sa.or_(*(like(column, text) for column in columns), _in_places(text))
    places = communities_matching(text)
    in_places = (
        sa.select(record.id)
        .join(Partnership, record.partnership_id == Partnership.id)
        .where(sa.or_(Partnership.local_id.in_(places), Partnership.partner_id.in_(places)))
        .correlate(None)
    )
    own_text = sa.select(record.id).where(contains(record, columns, text)).correlate(None)
    return record.id.in_(sa.union(own_text, in_places))


# --- exchanges --------------------------------------------------------------------------

EXCHANGE_SORT = {
    "local": Local.name,
    "partner": Partner.name,
    "title": Exchange.title,
    "area": Exchange.programme_area,
    "direction": Exchange.direction,
    "start": Exchange.start_on,
    "participants": Exchange.participants,
    "status": Exchange.status,
    "institutions": Exchange.institutions,
}


def _exchanges(f: RecordFilter, *, names: bool = True):
    query = _places(sa.select(Exchange.id), Exchange, f, names=names)
    if f.status:
        query = query.where(Exchange.status == f.status)
    if f.kind:
        query = query.where(Exchange.programme_area == f.kind)
    if f.date_from:
        query = query.where(Exchange.start_on >= f.date_from)
    if f.date_to:
        query = query.where(Exchange.start_on <= f.date_to)
    if f.search.strip():
        columns = [Exchange.title, Exchange.institutions, Exchange.notes]
        query = query.where(_matching(Exchange, columns, f.search))
    return query


def exchange_rows(
    session: Session, f: RecordFilter, *, order_by="start", descending=False, offset=0, limit=None
) -> list[ExchangeRow]:
    key = EXCHANGE_SORT.get(order_by, Exchange.start_on)
    query = (
        _exchanges(f)
        .add_columns(
            Exchange.partnership_id,
            Local.name,
            Partner.name,
            Exchange.title,
            Exchange.programme_area,
            Exchange.direction,
            Exchange.start_on,
            Exchange.start_precision,
            Exchange.end_on,
            Exchange.end_precision,
            Exchange.participants,
            Exchange.institutions,
            Exchange.status,
            Partner.country,
            Exchange.reason,
            sa.or_(Exchange.archived_at.is_not(None), Partnership.archived_at.is_not(None)),
        )
        .order_by(by(key, descending), Exchange.id)
        .offset(offset)
        .limit(limit)
    )
    return [
        ExchangeRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            ProgrammeArea.read(r[5]),
            Direction.read(r[6]),
            PartialDate.of(r[7], r[8]),
            PartialDate.of(r[9], r[10]),
            r[11],
            r[12],
            ExchangeStatus.read(r[13]),
            r[14],
            r[15],
            bool(r[16]),
        )
        for r in session.execute(query)
    ]


def count_exchanges(session: Session, f: RecordFilter, at_most: int | None = None) -> int:
    return _count(_exchanges(f, names=False), session, at_most)


# --- decisions --------------------------------------------------------------------------

DECISION_SORT = {
    "local": Local.name,
    "partner": Partner.name,
    "decided": Decision.decided_on,
    "actor": Decision.actor_name,
    "actor_type": Decision.actor_type,
    "action": Decision.action,
    "binding": Decision.binding,
    "review": Decision.review_on,
}


def _decisions(f: RecordFilter, *, names: bool = True):
    query = _places(sa.select(Decision.id), Decision, f, names=names)
    if f.status:
        query = query.where(Decision.action == f.status)
    if f.kind:
        query = query.where(Decision.actor_type == f.kind)
    if f.date_from:
        query = query.where(Decision.decided_on >= f.date_from)
    if f.date_to:
        query = query.where(Decision.decided_on <= f.date_to)
    if f.search.strip():
        columns = [
            Decision.actor_name,
            Decision.actor_title,
            Decision.actor_body,
            Decision.rationale,
            Decision.condition,
            Decision.source_title,
            Decision.source_author,
        ]
        query = query.where(_matching(Decision, columns, f.search))
    return query


def decision_rows(
    session: Session, f: RecordFilter, *, order_by="decided", descending=False, offset=0, limit=None
) -> list[DecisionRow]:
    key = DECISION_SORT.get(order_by, Decision.decided_on)
    query = (
        _decisions(f)
        .add_columns(
            Decision.partnership_id,
            Local.name,
            Partner.name,
            Decision.decided_on,
            Decision.decided_precision,
            Decision.actor_title,
            Decision.actor_name,
            Decision.actor_body,
            Decision.actor_type,
            Decision.action,
            Decision.binding,
            Decision.takes_effect_on,
            Decision.condition,
            Decision.review_on,
            Decision.source_title,
            Partner.country,
            Decision.rationale,
            sa.or_(Decision.archived_at.is_not(None), Partnership.archived_at.is_not(None)),
        )
        .order_by(by(key, descending), Decision.id)
        .offset(offset)
        .limit(limit)
    )
    rows = []
    for r in session.execute(query):
        person = " ".join(p for p in (r[6], r[7]) if p)
        actor = ", ".join(p for p in (person, r[8]) if p)
        rows.append(
            DecisionRow(
                r[0],
                r[1],
                r[2],
                r[3],
                PartialDate(r[4], DatePrecision.read(r[5])),
                actor,
                ActorType.read(r[9]),
                DecisionAction.read(r[10]),
                r[11],
                r[12],
                r[13],
                r[14],
                r[15],
                r[16],
                r[17],
                bool(r[18]),
            )
        )
    return rows


def count_decisions(session: Session, f: RecordFilter, at_most: int | None = None) -> int:
    return _count(_decisions(f, names=False), session, at_most)


# --- communities ------------------------------------------------------------------------


def _partnership_count():
    return (
        sa.select(sa.func.count())
        .select_from(Partnership)
        .where(
            sa.or_(Partnership.local_id == Community.id, Partnership.partner_id == Community.id),
            Partnership.archived_at.is_(None),
        )
        .scalar_subquery()
    )


COMMUNITY_SORT = {
    "name": Community.name,
    "subdivision": Community.subdivision,
    "country": by_country_name(Community.country),
    "kind": Community.kind,
    "population": Community.population,
}


def _communities(f: RecordFilter):
    query = sa.select(Community.id)
    if not f.include_archived:
        query = query.where(Community.archived_at.is_(None))
    if f.kind:
        query = query.where(Community.kind == f.kind)
    if f.country:
        query = query.where(Community.country == f.country.upper())
    if f.search.strip():
        query = query.where(Community.id.in_(communities_matching(f.search)))
    return query


def community_rows(
    session: Session, f: RecordFilter, *, order_by="name", descending=False, offset=0, limit=None
) -> list[CommunityRow]:
    count = _partnership_count()
    key = count if order_by == "partnerships" else COMMUNITY_SORT.get(order_by, Community.name)
    query = (
        _communities(f)
        .add_columns(
            Community.name,
            Community.subdivision,
            Community.country,
            Community.kind,
            Community.population,
            count,
            Community.archived_at,
        )
        .order_by(by(key, descending), Community.id)
        .offset(offset)
        .limit(limit)
    )
    return [
        CommunityRow(r[0], r[1], r[2], r[3], CommunityKind.read(r[4]), r[5], r[6], r[7] is not None)
        for r in session.execute(query)
    ]


def count_communities(session: Session, f: RecordFilter, at_most: int | None = None) -> int:
    return _count(_communities(f), session, at_most)


def _count(query, session: Session, at_most: int | None) -> int:
    """How many rows `query` selects; with `at_most`, at most one past it (a quick count)."""
    if at_most is not None:
        query = query.limit(at_most + 1)
    return session.execute(sa.select(sa.func.count()).select_from(query.subquery())).scalar_one()
