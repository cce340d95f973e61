"""Carrying out an import plan: one transaction for the whole batch, so a list goes in
whole or not at all (or, when the clerk chooses, its valid rows only).

The plan was made from a snapshot; by the time the clerk presses Import, a colleague may
have imported or saved. So the import checks, holding the write lock, whether the
registry moved on, and if it did plans the same rows again inside its own transaction:
two imports at once come out as if run one after the other."""

from dataclasses import dataclass

from sqlmodel import Session

from desktop.domain.validation import Problem, ValidationError
from desktop.domain.words import fill, translate
from desktop.services import audit, records, sort_keys
from desktop.services.importing import bulk, kinds
from desktop.services.importing.bulk import insert_records
from desktop.services.importing.collector import collector_paused
from desktop.services.importing.mapping import PARTNERSHIP
from desktop.services.importing.plan import (
    MATCHED,
    NEW,
    REJECTED,
    RESTORE,
    ImportPlan,
    NewCommunity,
    describe_counts,
    plan_in,
)
from desktop.services.progress import Progress
from desktop.services.unit_of_work import transaction
from desktop.store import bulk_records
from desktop.store import import_queries as q
from desktop.store.database import Database
from desktop.store.models import (
    Community,
    CommunityBase,
    ImportBatch,
    Partnership,
    PartnershipBase,
)


class ImportRefused(ValidationError):
    """Some rows have problems and the clerk asked for all or nothing."""


@dataclass
class ImportResult:
    batch_id: int | None
    new: int
    matched: int
    rejected: int
    communities: int
    restored: int = 0  # archived partnerships the list named again, brought back
    communities_restored: int = 0
    filled: int = 0  # matched rows that filled in details the registry lacked
    placed_from_list: int = 0  # new communities placed by the list's own coordinates
    placed_by_name: int = 0  # ... by an unambiguous look-up of their name
    replanned: bool = False  # the registry changed since the preview: checked again
    plan: ImportPlan | None = None  # the plan carried out (the preview's, or the new one)

    def summary(self) -> str:
        text = describe_counts(
            self.new, self.restored, self.matched, self.rejected,
            self.communities, self.communities_restored, self.filled,
        )  # fmt: skip
        if self.communities:
            unplaced = self.communities - self.placed_from_list - self.placed_by_name
            text += fill(
                translate(
                    "Domain",
                    " Where the new communities lie: %1 from the list's own coordinates, %2 "
                    "from the city table by their name; %3 not known yet.",
                ),
                f"{self.placed_from_list:,}",
                f"{self.placed_by_name:,}",
                f"{unplaced:,}",
            )
        if self.replanned:
            text += translate(
                "Domain",
                " The registry had changed since the rows were checked (another import "
                "or a save), so they were checked again first.",
            )
        return text


def apply_plan(
    db: Database,
    plan: ImportPlan,
    *,
    valid_only: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan's new rows as one batch. Without `valid_only`, any rejected row
    stops the import before anything is written."""
    progress = progress or Progress()
    _refuse_rejects(plan, valid_only)
    with collector_paused(), transaction(db) as session:
        replanned = False
        if plan.table is not None and q.registry_stamp(session) != plan.stamp:
            plan = plan_in(session, plan.table, plan.mapping, plan.answers, progress)
            replanned = True
            _refuse_rejects(plan, valid_only)
        with bulk_records.roomy_page_cache(session):
            result = _write(session, db.who, plan, progress)
        result.replanned, result.plan = replanned, plan
    return result


def _refuse_rejects(plan: ImportPlan, valid_only: bool) -> None:
    if plan.rejected and not valid_only:
        first = next(r for r in plan.rows if r.outcome == REJECTED)
        raise ImportRefused(
            [
                Problem(
                    "",
                    f"{plan.rejected:,} of {len(plan.rows):,} rows have problems (the first: "
                    f"row {first.row}, {first.reasons()}). Nothing was imported. Fix the "
                    "rows, or import only the valid rows.",
                )
            ]
        )


def _write(session: Session, who: str, plan: ImportPlan, progress: Progress) -> ImportResult:
    todo = [r for r in plan.rows if r.outcome == NEW]
    restoring = [r.matched_id for r in plan.rows if r.outcome == RESTORE]
    filling = [r for r in plan.rows if r.outcome in (MATCHED, RESTORE) and r.fills]
    communities_back = plan.communities_to_restore()
    result = ImportResult(
        None, len(todo), plan.matched, plan.rejected, 0, len(restoring), len(communities_back),
        len(filling),
    )  # fmt: skip
    if not (todo or restoring or filling or plan.community_fills):
        return result  # nothing to write: no empty batch in the history
    batch = ImportBatch(
        who=who,
        file_name=plan.source[:260],
        sheet=plan.sheet[:120],
        record_type=plan.record_type,
        rows_matched=plan.matched,
        rows_rejected=plan.rejected,
        rows_filled=len(filling),
        rows_restored=len(restoring),
    )
    session.add(batch)
    session.flush()
    bulk.restore_records(session, who, Community, communities_back, batch.id)
    bulk.restore_records(session, who, Partnership, restoring, batch.id)
    if plan.record_type == PARTNERSHIP:
        result.communities = _partnerships(session, who, plan, todo, batch.id, progress, result)
    else:
        creator = kinds.for_record_type(plan.record_type, session)
        for done, row in enumerate(todo, start=1):
            try:
                creator.create(session, who, row.record, batch.id)
            except ValidationError as exc:
                raise ValidationError(
                    [Problem(p.field, f"Row {row.row}: {p.message}") for p in exc.problems]
                ) from exc
            if done % 200 == 0:
                progress.step(done, len(todo), f"Importing row {row.row:,}")
    fills = {row.matched_id: row.fills for row in filling}
    bulk.fill_records(session, who, Partnership, fills, batch.id)
    placed = bulk.fill_records(session, who, Community, plan.community_fills, batch.id)
    for community_id in placed:  # a region filled in changes how its partnerships sort
        if "subdivision" in plan.community_fills[community_id]:
            sort_keys.refresh_for_community(session, session.get(Community, community_id))
    batch.rows_new = len(todo)
    batch.communities_new = result.communities
    session.add(batch)
    session.flush()
    audit.write_action(session, who, "create", batch, "file_name", None, plan.source)
    batch.last_audit_id = q.newest_audit_entry(session)
    session.add(batch)
    session.flush()
    result.batch_id = batch.id
    progress.step(len(todo), len(todo), "Saving")
    return result


CHUNK = 2000


def _partnerships(session, who, plan, todo, batch_id, progress, result: ImportResult) -> int:
    """The new communities first (each once), then the partnerships, in chunks."""
    new = plan.new_communities()
    values = []
    for community in new:
        values.append(records.validated_values(CommunityBase, community.values()))
        if community.spot.placed:
            result.placed_from_list += 1
        elif community.looked_up is not None:
            result.placed_by_name += 1
    community_ids = dict(
        zip(
            (id(c) for c in new),
            insert_records(session, who, Community, values, batch_id),
            strict=True,
        )
    )

    def id_of(ref) -> int:
        return community_ids[id(ref)] if isinstance(ref, NewCommunity) else ref

    for start in range(0, len(todo), CHUNK):
        chunk = todo[start : start + CHUNK]
        rows = [
            records.validated_values(
                PartnershipBase,
                row.record | {"local_id": id_of(row.local), "partner_id": id_of(row.partner)},
            )
            for row in chunk
        ]
        # The listing sorts and filters by these copies: they go in with the row.
        keys = sort_keys.keys_for_many(session, [(r["local_id"], r["partner_id"]) for r in rows])
        rows = [row | key for row, key in zip(rows, keys, strict=True)]
        insert_records(session, who, Partnership, rows, batch_id)
        progress.step(start + len(chunk), len(todo), f"Imported row {chunk[-1].row:,}")
    return len(new)
