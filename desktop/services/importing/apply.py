"""Carrying out an import plan: one transaction for the whole batch, so a list goes in
whole or not at all (or, when the clerk chooses, its valid rows only, with the rejected
ones written to a workbook that gives each row's reason)."""

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.validation import Problem, ValidationError
from desktop.reports.atomic import check_destination
from desktop.services import audit, coordinates, records, sort_keys
from desktop.services.importing import kinds
from desktop.services.importing.bulk import insert_records
from desktop.services.importing.mapping import PARTNERSHIP
from desktop.services.importing.plan import (
    NEW,
    REJECTED,
    RESTORE,
    ImportPlan,
    NewCommunity,
    describe_counts,
)
from desktop.services.importing.rejects import write_rejects
from desktop.services.progress import Progress
from desktop.services.unit_of_work import transaction
from desktop.store.database import Database
from desktop.store.errors import StoreError
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
    rejects_file: Path | None = None
    # Where the new communities lie, filled afterwards (see _fill_new_communities).
    places: coordinates.FillResult | None = None
    places_problem: str = ""
    restored: int = 0  # archived partnerships the list named again, brought back
    communities_restored: int = 0
    rejects_problem: str = ""  # the import is in; its rejects workbook could not be written

    def summary(self) -> str:
        text = describe_counts(
            self.new, self.restored, self.matched, self.rejected,
            self.communities, self.communities_restored,
        )  # fmt: skip
        if self.places is not None:
            text += f" {self.places.summary()}"
        if self.places_problem:
            text += f" Their coordinates could not be filled: {self.places_problem}"
        if self.rejects_file:
            text += f" The rejected rows are in {self.rejects_file}."
        if self.rejects_problem:
            text += f" The rejected rows could not be written: {self.rejects_problem}"
        return text


def apply_plan(
    db: Database,
    plan: ImportPlan,
    *,
    valid_only: bool = False,
    rejects: Path | str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan's new rows as one batch. Without `valid_only`, any rejected row
    stops the import before anything is written."""
    progress = progress or Progress()
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
    if rejects is not None and not plan.rejected:
        rejects = None
    if rejects is not None:
        check_destination(Path(rejects))  # a folder that cannot take it: say so first
    todo = [r for r in plan.rows if r.outcome == NEW]
    restoring = [r.matched_id for r in plan.rows if r.outcome == RESTORE]
    communities_back = plan.communities_to_restore()
    if not todo and not restoring:  # nothing to write: no empty batch in the history
        if rejects is not None:
            write_rejects(plan, rejects)
        return ImportResult(
            None, 0, plan.matched, plan.rejected, 0, Path(rejects) if rejects else None
        )
    with transaction(db) as session:
        batch = ImportBatch(
            who=db.who,
            file_name=plan.source[:260],
            sheet=plan.sheet[:120],
            record_type=plan.record_type,
            rows_matched=plan.matched,
            rows_rejected=plan.rejected,
        )
        session.add(batch)
        session.flush()
        _restore(session, db.who, Community, communities_back, batch.id)
        _restore(session, db.who, Partnership, restoring, batch.id)
        if plan.record_type == PARTNERSHIP:
            created = _partnerships(session, db.who, plan, todo, batch.id, progress)
        else:
            created = 0
            creator = kinds.for_record_type(plan.record_type, session)
            for done, row in enumerate(todo, start=1):
                try:
                    creator.create(session, db.who, row.record, batch.id)
                except ValidationError as exc:
                    raise ValidationError(
                        [Problem(p.field, f"Row {row.row}: {p.message}") for p in exc.problems]
                    ) from exc
                if done % 200 == 0:
                    progress.step(done, len(todo), f"Importing row {row.row:,}")
        batch.rows_new = len(todo)
        batch.communities_new = created
        session.add(batch)
        session.flush()
        audit.write_action(session, db.who, "create", batch, "file_name", None, plan.source)
        progress.step(len(todo), len(todo), "Saving")
    result = ImportResult(
        batch.id, len(todo), plan.matched, plan.rejected, created, None,
        restored=len(restoring), communities_restored=len(communities_back),
    )  # fmt: skip
    if rejects is not None:
        # Only now: the workbook describes an import that happened (the commit is done).
        progress.report(len(todo), len(todo), "Writing the rejected rows")
        try:
            write_rejects(plan, rejects)
            result.rejects_file = Path(rejects)
        except OSError as exc:
            result.rejects_problem = str(exc)
    if created:
        _fill_new_communities(db, batch.id, result)
    return result


def _fill_new_communities(db: Database, batch_id: int, result: ImportResult) -> None:
    """Coordinates for the communities the import created, in a second transaction of its
    own: the list is in (committed) whatever happens here, the city table is read before
    any lock is taken, and a failure here is reported, never an import undone for it."""
    try:
        result.places = coordinates.fill_coordinates(db, batch_id=batch_id)
    except (StoreError, ValidationError) as exc:
        result.places_problem = str(exc)


def _restore(session, who, model, ids: list[int], batch_id: int) -> None:
    """Bring archived records back (audit entries by records.restore); they join this
    batch, so undoing this import archives them again."""
    for record_id in ids:
        record = records.restore(session, who, model, record_id)
        record.batch_id = batch_id
        session.add(record)
    session.flush()


CHUNK = 2000


def _partnerships(session, who, plan, todo, batch_id, progress) -> int:
    """The new communities first (each once), then the partnerships, in chunks."""
    new = plan.new_communities()
    values = [records.validated(CommunityBase, c.values()).model_dump() for c in new]
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
            records.validated(
                PartnershipBase,
                row.record | {"local_id": id_of(row.local), "partner_id": id_of(row.partner)},
            ).model_dump()
            for row in chunk
        ]
        # The listing sorts and filters by these copies: they go in with the row.
        keys = sort_keys.keys_for_many(session, [(r["local_id"], r["partner_id"]) for r in rows])
        rows = [row | key for row, key in zip(rows, keys, strict=True)]
        insert_records(session, who, Partnership, rows, batch_id)
        progress.step(start + len(chunk), len(todo), f"Imported row {chunk[-1].row:,}")
    return len(new)
