"""The listings of exchanges, decisions and communities: what each one's table shows and
how it is filtered and sorted, described for store/listings.py (which builds and runs the
SQL; the partnerships' listing, with its status on a date, is in queries.py)."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

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
from desktop.store.listings import Listing, unarchived, when
from desktop.store.models import Community, Decision, Exchange, Partnership
from desktop.store.ordering import by_country_name
from desktop.store.queries import Local, Partner, local_named
from desktop.store.search import TRIGRAM, communities_matching, contains, like


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


# --- what exchanges and decisions share: a record of one partnership ---------------------

_NAMES = (
    (Local, Partnership.local_id == Local.id),
    (Partner, Partnership.partner_id == Partner.id),
)


def _of_a_partnership(record, *, status, kind, on) -> dict:
    """The parts of an exchange's or a decision's listing that come from its partnership
    (joined; its communities' names only for a page's rows or a country filter), and its
    own status, kind and date `on` filtered."""
    return dict(
        id=record.id,
        joins=((Partnership, record.partnership_id == Partnership.id),),
        name_joins=_NAMES,
        names_for=("country",),
        where=(
            when("country", lambda code: Partner.country == code.upper()),
            when("local", local_named),
            unarchived(record.archived_at, Partnership.archived_at),
            when("status", lambda value: status == value),
            when("kind", lambda value: kind == value),
            when("date_from", lambda day: on >= day),
            when("date_to", lambda day: on <= day),
        ),
        tiebreak=(record.id,),
    )


def _archived(record):
    """Itself, or its partnership."""
    return sa.or_(record.archived_at.is_not(None), Partnership.archived_at.is_not(None))


def _in_places(text: str):
    places = communities_matching(text)
    return sa.or_(Partnership.local_id.in_(places), Partnership.partner_id.in_(places))


def _matching(record, columns: list):
    """The search box on an exchange or decision list: its own text, or its partnership's
    places. Three letters or more come off the indexes as one set of ids; fewer match most
    rows, and the list walks its sorted index and stops at a page instead."""

    def search(text: str, paging: bool):
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

    return search


# --- exchanges --------------------------------------------------------------------------

EXCHANGE_SORT = {
    "local": (Local.name,),
    "partner": (Partner.name,),
    "title": (Exchange.title,),
    "area": (Exchange.programme_area,),
    "direction": (Exchange.direction,),
    "start": (Exchange.start_on,),
    "participants": (Exchange.participants,),
    "status": (Exchange.status,),
    "institutions": (Exchange.institutions,),
}


def _exchange_row(r) -> ExchangeRow:
    return ExchangeRow(
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


EXCHANGES = Listing(
    columns=(
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
        _archived(Exchange),
    ),
    row=_exchange_row,
    sorts=EXCHANGE_SORT,
    default_sort="start",
    search=_matching(Exchange, [Exchange.title, Exchange.institutions, Exchange.notes]),
    **_of_a_partnership(
        Exchange, status=Exchange.status, kind=Exchange.programme_area, on=Exchange.start_on
    ),
)


# --- decisions --------------------------------------------------------------------------

DECISION_SORT = {
    "local": (Local.name,),
    "partner": (Partner.name,),
    "decided": (Decision.decided_on,),
    "actor": (Decision.actor_name,),
    "actor_type": (Decision.actor_type,),
    "action": (Decision.action,),
    "binding": (Decision.binding,),
    "review": (Decision.review_on,),
}


def _decision_row(r) -> DecisionRow:
    person = " ".join(p for p in (r[6], r[7]) if p)
    actor = ", ".join(p for p in (person, r[8]) if p)
    return DecisionRow(
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


DECISIONS = Listing(
    columns=(
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
        _archived(Decision),
    ),
    row=_decision_row,
    sorts=DECISION_SORT,
    default_sort="decided",
    search=_matching(
        Decision,
        [
            Decision.actor_name,
            Decision.actor_title,
            Decision.actor_body,
            Decision.rationale,
            Decision.condition,
            Decision.source_title,
            Decision.source_author,
        ],
    ),
    **_of_a_partnership(
        Decision, status=Decision.action, kind=Decision.actor_type, on=Decision.decided_on
    ),
)


# --- communities ------------------------------------------------------------------------

_PARTNERSHIP_COUNT = (
    sa.select(sa.func.count())
    .select_from(Partnership)
    .where(
        sa.or_(Partnership.local_id == Community.id, Partnership.partner_id == Community.id),
        Partnership.archived_at.is_(None),
    )
    .scalar_subquery()
)

COMMUNITY_SORT = {
    "name": (Community.name,),
    "subdivision": (Community.subdivision,),
    "country": (by_country_name(Community.country),),
    "kind": (Community.kind,),
    "population": (Community.population,),
}


def _community_row(r) -> CommunityRow:
    return CommunityRow(
        r[0], r[1], r[2], r[3], CommunityKind.read(r[4]), r[5], r[6], r[7] is not None
    )


COMMUNITIES = Listing(
    id=Community.id,
    columns=(
        Community.name,
        Community.subdivision,
        Community.country,
        Community.kind,
        Community.population,
        _PARTNERSHIP_COUNT,
        Community.archived_at,
    ),
    row=_community_row,
    sorts={**COMMUNITY_SORT, "partnerships": (_PARTNERSHIP_COUNT,)},
    default_sort="name",
    where=(
        unarchived(Community.archived_at),
        when("kind", lambda value: Community.kind == value),
        when("country", lambda code: Community.country == code.upper()),
    ),
    search=lambda text, paging: Community.id.in_(communities_matching(text)),
    tiebreak=(Community.id,),
)
