"""What the forms read: community completions, one record as a plain snapshot, a
partnership's exchanges and timeline. Each call opens its own short read session, so a form
never holds one; snapshots are dicts, safe to keep while the clerk types."""

from dataclasses import dataclass
from datetime import date
from typing import Any

import pycountry
from rapidfuzz import fuzz

from desktop.domain import countries
from desktop.domain.dates import PartialDate, format_day, format_partial
from desktop.domain.enums import DecisionAction, Direction, ExchangeStatus
from desktop.domain.matching import fold_name
from desktop.domain.status import Standing
from desktop.services import records
from desktop.services.timeline import actor_phrase, standing_of, timeline_lines
from desktop.services.unit_of_work import reading
from desktop.store import community_queries, exchange_queries, queries
from desktop.store.database import Database
from desktop.store.models import Community, Decision, Exchange, Partnership

COMPLETION_LIMIT = 20


@dataclass(frozen=True)
class CommunityChoice:
    id: int
    name: str
    subdivision: str
    country: str  # ISO code
    country_name: str

    @property
    def label(self) -> str:
        """'Kaliningrad, Russia'; 'Norfolk, Virginia, United States'."""
        return ", ".join(p for p in (self.name, self.subdivision, self.country_name) if p)


def _choice(c: Community) -> CommunityChoice:
    return CommunityChoice(
        c.id, c.name, c.subdivision, c.country, countries.country_name(c.country)
    )


def community_completions(
    db: Database, text: str, limit: int = COMPLETION_LIMIT
) -> list[CommunityChoice]:
    """Communities whose name starts with `text` first, then those containing it, case and
    accents aside ("coyoacan" finds Coyoacán)."""
    with reading(db) as session:
        return [_choice(c) for c in community_queries.completions(session, text, limit)]


def community_choice(db: Database, community_id: int) -> CommunityChoice:
    with reading(db) as session:
        return _choice(records.get(session, Community, community_id))


def country_names() -> list[str]:
    """Every country a clerk may type, by the short name the registry shows."""
    return sorted({countries.country_name(c.alpha_2) for c in pycountry.countries})


def _snapshot(record) -> dict[str, Any]:
    data = record.model_dump()
    data["version"] = record.version
    return data


def community_record(db: Database, community_id: int) -> dict[str, Any]:
    with reading(db) as session:
        return _snapshot(records.get(session, Community, community_id))


def partnership_record(db: Database, partnership_id: int) -> dict[str, Any]:
    with reading(db) as session:
        partnership = records.get(session, Partnership, partnership_id)
        data = _snapshot(partnership)
        data["local_label"] = _choice(records.get(session, Community, partnership.local_id)).label
        data["partner_label"] = _choice(
            records.get(session, Community, partnership.partner_id)
        ).label
        return data


def exchange_record(db: Database, exchange_id: int) -> dict[str, Any]:
    with reading(db) as session:
        return _snapshot(records.get(session, Exchange, exchange_id))


def decision_record(db: Database, decision_id: int) -> dict[str, Any]:
    with reading(db) as session:
        return _snapshot(records.get(session, Decision, decision_id))


def partnership_title(db: Database, partnership_id: int) -> str:
    """'Norfolk, Virginia, United States - Kaliningrad, Russia' for window titles."""
    data = partnership_record(db, partnership_id)
    return f"{data['local_label']} - {data['partner_label']}"


def partnership_standing(db: Database, partnership_id: int, day: date) -> Standing:
    with reading(db) as session:
        return standing_of(session, records.get(session, Partnership, partnership_id), day)


@dataclass(frozen=True)
class ExchangeLine:
    id: int
    title: str
    direction: str
    dates: str
    participants: str
    institutions: str
    status: str
    reason: str


def exchanges_of(db: Database, partnership_id: int) -> list[ExchangeLine]:
    with reading(db) as session:
        return [
            exchange_line(e) for e in exchange_queries.live_exchanges_of(session, partnership_id)
        ]


def exchange_line(e: Exchange) -> ExchangeLine:
    start = format_partial(PartialDate.of(e.start_on, e.start_precision))
    end = format_partial(PartialDate.of(e.end_on, e.end_precision))
    dates = f"{start} - {end}" if start and end and start != end else start or end
    return ExchangeLine(
        id=e.id,
        title=e.title,
        direction=Direction.read(e.direction).label,
        dates=dates,
        participants="" if e.participants is None else str(e.participants),
        institutions=e.institutions,
        status=ExchangeStatus.read(e.status).label,
        reason=e.reason,
    )


@dataclass(frozen=True)
class TimelineRow:
    id: int
    date: str
    who: str
    action: str
    weight: str  # "Binding" or "Position"
    status_after: str  # the status a binding change produced; "" otherwise
    condition: str
    review: str
    source: str


def timeline(db: Database, partnership_id: int) -> list[TimelineRow]:
    with reading(db) as session:
        return [_timeline_row(line) for line in timeline_lines(session, partnership_id)]


def _timeline_row(line) -> TimelineRow:
    d: Decision = line.decision
    who = actor_phrase(d)
    if d.actor_body and d.actor_body not in who:
        who = f"{who} ({d.actor_body})" if who else d.actor_body
    decided = format_partial(PartialDate.of(d.decided_on, d.decided_precision))
    if d.effective_on and d.effective_on != d.decided_on:
        decided += f" (effective {format_day(d.effective_on)})"
    source = ", ".join(p for p in (d.source_title, d.source_reference) if p)
    return TimelineRow(
        id=d.id,
        date=decided,
        who=who,
        action=DecisionAction.read(d.action).label,
        weight="Binding" if line.binding else "Position",
        status_after=line.status_after.label if line.status_after else "",
        condition=d.condition,
        review=format_day(d.review_on) if d.review_on else "",
        source=source,
    )


def record_name(db: Database, kind: str, record_id: int) -> str:
    """A record as a menu names it: 'Norfolk – Kaliningrad', an exchange's title, 'Suspend,
    1 March 2022', a community's name."""
    with reading(db) as session:
        if kind == "partnership":
            p = records.get(session, Partnership, record_id)
            local = records.get(session, Community, p.local_id)
            partner = records.get(session, Community, p.partner_id)
            return f"{local.name} – {partner.name}"
        if kind == "exchange":
            return records.get(session, Exchange, record_id).title
        if kind == "decision":
            d = records.get(session, Decision, record_id)
            decided = format_partial(PartialDate.of(d.decided_on, d.decided_precision))
            return f"{DecisionAction(d.action).label}, {decided}"
        return records.get(session, Community, record_id).name


@dataclass(frozen=True)
class PartnershipChoice:
    id: int
    label: str  # "Norfolk, Virginia – Kaliningrad, Russia"


def partnership_completions(
    db: Database, text: str, limit: int = COMPLETION_LIMIT
) -> list[PartnershipChoice]:
    """The partnerships a form's picker offers for what the clerk typed ("Kal", "Norfolk",
    "Russia"), case and accents aside."""
    if not text.strip():
        return []
    with reading(db) as session:
        rows = queries.partnership_choices(session, text.strip(), limit)
    return [
        PartnershipChoice(
            pid,
            f"{local}, {subdivision} – {partner}, {countries.country_name(country)}"
            if subdivision
            else f"{local} – {partner}, {countries.country_name(country)}",
        )
        for pid, local, subdivision, partner, country in rows
    ]


NEAR_LIMIT = 3  # "did you mean ...?" offers at most these
NEAR_CANDIDATES = 2000  # read from the registry to weigh, at most


# How alike a name must be to be offered as "Did you mean ...?" ("Kalinigrad" and
# Kaliningrad score 95, "Pskov" and "Penza" 44): an offer the clerk takes or leaves, never
# a match made for them.
OFFERED_FROM = 80.0


def near_communities(
    db: Database, text: str, exclude: set[int] = frozenset()
) -> list[CommunityChoice]:
    """Communities whose name is near what was typed: "Kalinigrad" -> Kaliningrad, Russia.
    Names are folded as the importer folds them (accents, "St." and "Saint") and weighed
    by similarity; the closest first. Not the same town for certain: a question to ask."""
    folded = fold_name(text.split(",")[0])
    with reading(db) as session:
        candidates = community_queries.near_name_candidates(session, folded, NEAR_CANDIDATES)
    scored = []
    for community in candidates:
        if community.id in exclude:
            continue
        other = fold_name(community.name)
        score = fuzz.ratio(folded, other)
        if other != folded and score >= OFFERED_FROM:
            scored.append((-score, community.name, community.id, community))
    return [_choice(c) for *_, c in sorted(scored)[:NEAR_LIMIT]]
