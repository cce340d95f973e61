"""The sample records a new registry may be filled with: the lists and stories of the
articles (desktop/resources/sample/). Loaded in one transaction, with audit entries like any other
entry, as one batch (an ImportBatch of the kind "sample"): every sample record carries its
batch, so the window can say which records are samples, and removing them is archiving
that batch (nothing is deleted; the removal is in the history too)."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from desktop.domain.dates import parse_day, parse_partial
from desktop.domain.enums import ActorType, DecisionAction, SourceKind
from desktop.domain.status import format_authority, is_binding, parse_authority
from desktop.services import audit, records, sort_keys
from desktop.services.unit_of_work import reading, transaction
from desktop.store import partnership_queries, sample_queries
from desktop.store.database import Database
from desktop.store.models import (
    Community,
    CommunityBase,
    Decision,
    DecisionBase,
    Exchange,
    ExchangeBase,
    ImportBatch,
    Partnership,
    PartnershipBase,
    now_utc,
)

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "resources" / "sample"
SAMPLE, SAMPLE_BATCH_NAME = sample_queries.SAMPLE, "Sample records from the articles"


@dataclass(frozen=True)
class SampleRecords:
    """The sample records still in the lists, and the clerk's own records that hang on
    them (exchanges and decisions under a sample partnership, archived with it)."""

    batch_id: int
    partnerships: int
    communities: int
    own_under_them: int


def sample_records(db: Database) -> SampleRecords | None:
    """None when the registry holds no sample records (never had, or they were removed)."""
    with reading(db) as session:
        batch_id = sample_queries.live_sample_batch(session)
        if batch_id is None:
            return None
        return SampleRecords(batch_id, *sample_queries.sample_counts(session, batch_id))


def remove_sample_records(db: Database) -> int:
    """Archive the sample records, in one transaction, each with its audit entry: the
    exchanges and decisions under sample partnerships (the clerk's own there too, as the
    question said), the partnerships, then the sample communities no other partnership
    uses. Returns how many records were archived."""
    with transaction(db) as session:
        batch_id = sample_queries.live_sample_batch(session)
        if batch_id is None:
            return 0
        archived = 0
        for model, ids in sample_queries.sample_records_to_archive(session, batch_id):
            for record_id in ids:
                records.archive(session, db.who, model, record_id)
                archived += 1
        batch = session.get(ImportBatch, batch_id)
        batch.undone_at, batch.undone_by = now_utc(), db.who
        session.add(batch)
        audit.write_action(
            session, db.who, "undo", batch, "undone_at", None, batch.undone_at.isoformat()
        )
        return archived


def load_sample_records(db: Database, folder: Path = SAMPLE_DIR) -> int:
    """Add the sample records; returns the number of partnerships added."""
    lists = json.loads((folder / "lists.json").read_text(encoding="utf-8"))
    stories = json.loads((folder / "stories.json").read_text(encoding="utf-8"))
    with transaction(db) as session:
        batch = ImportBatch(
            who=db.who,
            file_name=SAMPLE_BATCH_NAME,
            record_type=SAMPLE,
            rows_new=len(lists["partnerships"]),
            communities_new=len(lists["communities"]),
        )
        session.add(batch)
        session.flush()
        loader = _Loader(session, db.who, lists["sources"], batch.id)
        for community in lists["communities"]:
            loader.community(community)
        for rule in stories.get("authority", []):
            loader.authority(rule)
        for pair in lists["partnerships"]:
            loader.partnership(pair)
        for story in stories["partnerships"]:
            loader.story(story)
        return len(lists["partnerships"])


class _Loader:
    def __init__(self, session: Session, who: str, sources: dict[str, dict], batch_id: int):
        self.session, self.who, self.sources = session, who, sources
        self.batch = {"batch_id": batch_id}  # every sample record says it is one
        self.ids: dict[tuple[str, str, str], int] = {}

    def community(self, raw: dict[str, Any]) -> None:
        data = records.validated(
            CommunityBase, {k: v for k, v in raw.items() if k in CommunityBase.model_fields}
        )
        # Where the sample places lie (so Norfolk - Kaliningrad shows its distance from the
        # start) is in the file: 166 of the 188, checked once against GeoNames.
        record = records.create(self.session, self.who, Community, data.model_dump() | self.batch)
        self.ids[(data.name, data.subdivision, data.country)] = record.id

    def authority(self, rule: dict[str, Any]) -> None:
        kinds = {ActorType(k) for k in rule["binding_actor_types"]}
        records.update(
            self.session,
            self.who,
            Community,
            self.ids[tuple(rule["community"])],
            {"binding_actor_types": format_authority(kinds)},
            None,
        )

    def partnership(self, raw: dict[str, Any]) -> None:
        values = {
            "local_id": self.ids[tuple(raw["local"])],
            "partner_id": self.ids[tuple(raw["partner"])],
            "kind": raw.get("kind", "sister_city"),
        } | _established(raw.get("established"))
        listed = [self.sources[s]["title"] for s in raw.get("sources", [])]
        if listed:
            values["notes"] = "Listed in: " + "; ".join(listed) + "."
        data = records.validated(PartnershipBase, values)
        keys = sort_keys.keys_for(self.session, data.local_id, data.partner_id)
        values = data.model_dump() | keys | self.batch
        records.create(self.session, self.who, Partnership, values)

    def story(self, raw: dict[str, Any]) -> None:
        partnership = partnership_queries.partnership_between(
            self.session, self.ids[tuple(raw["local"])], self.ids[tuple(raw["partner"])]
        )
        if changes := dict(raw.get("set", {})):
            if "established" in changes:
                changes |= _established(changes.pop("established"))
            records.update(self.session, self.who, Partnership, partnership.id, changes, None)
        for exchange in raw.get("exchanges", []):
            self.exchange(partnership, exchange)
        local = self.session.get(Community, partnership.local_id)
        for decision in raw.get("decisions", []):
            self.decision(partnership, parse_authority(local.binding_actor_types), decision)

    def exchange(self, partnership: Partnership, raw: dict[str, Any]) -> None:
        values = {k: v for k, v in raw.items() if k in ExchangeBase.model_fields}
        for end in ("start", "end"):
            if (pd := parse_partial(raw.get(end))) is not None:
                values[f"{end}_on"], values[f"{end}_precision"] = pd.value, pd.precision
        data = records.validated(ExchangeBase, values | {"partnership_id": partnership.id})
        records.create(self.session, self.who, Exchange, data.model_dump() | self.batch)

    def decision(self, partnership: Partnership, authority, raw: dict[str, Any]) -> None:
        decided = parse_partial(raw["decided_on"])
        values = {k: v for k, v in raw.items() if k in DecisionBase.model_fields}
        values |= {
            "partnership_id": partnership.id,
            "decided_on": decided.value,
            "decided_precision": decided.precision,
            "source_date": parse_day(raw.get("source_date")),
            "source_kind": SourceKind(raw["source_kind"]) if raw.get("source_kind") else None,
        }
        for name in ("effective_on", "review_on"):
            values[name] = parse_day(raw.get(name))
        data = records.validated(DecisionBase, values)
        binding = is_binding(DecisionAction(data.action), ActorType(data.actor_type), authority)
        records.create(
            self.session,
            self.who,
            Decision,
            data.model_dump()
            | {"takes_effect_on": data.effective_on or data.decided_on, "binding": binding}
            | self.batch,
        )


def _established(text: str | None) -> dict[str, Any]:
    pd = parse_partial(text)
    if pd is None:
        return {"established_on": None, "established_precision": None}
    return {"established_on": pd.value, "established_precision": pd.precision}
