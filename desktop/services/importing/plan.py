"""What each row of a list becomes before anything is written: a new record, a match with
one already in the registry (never a second row for the same pair; details the registry
lacks are filled in, differing ones reported), or a rejection with its problems at their
cells. Every row ends as exactly one of these, and the counts add up to the list's rows.

Names are resolved by communities.py; a name that only looks like a known one is a
question (questions.py), a new community until the clerk answers "same". The wizard
previews this plan; `apply` carries it out, checking it again under the write lock."""

import functools
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from desktop.domain.countries import country_name
from desktop.domain.enums import CommunityKind, PartnershipKind
from desktop.domain.matching import subdivision_name
from desktop.domain.validation import Problem, ValidationError
from desktop.domain.words import fill, translate
from desktop.services import records
from desktop.services.importing.cells import RowReader
from desktop.services.importing.collector import collector_paused
from desktop.services.importing.communities import (
    Communities,
    CommunityRef,
    Mention,
    NewCommunity,
)
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.mapping import PARTNERSHIP, Mapping
from desktop.services.importing.pairs import MATCHED, NEW, REJECTED, RESTORE, Pairs
from desktop.services.importing.place_names import split_subdivision
from desktop.services.importing.questions import Answers, Question, Spot
from desktop.services.importing.reading import Table, read_table
from desktop.services.progress import Progress
from desktop.services.unit_of_work import reading
from desktop.store import import_queries as q
from desktop.store.database import Database
from desktop.store.models import CommunityBase

COMMUNITY_KIND = {
    PartnershipKind.SISTER_COUNTY: CommunityKind.COUNTY,
    PartnershipKind.SISTER_STATE_PROVINCE: CommunityKind.STATE_PROVINCE,
}
__all__ = ["MATCHED", "NEW", "REJECTED", "RESTORE", "ImportPlan", "NewCommunity", "PlannedRow"]


@dataclass
class PlannedRow:
    row: int
    values: tuple  # the cells as read, for the preview and the report
    outcome: str = NEW
    problems: list = field(default_factory=list)  # RowProblem, errors and warnings
    record: dict = field(default_factory=dict)  # the new record's fields
    local: CommunityRef | None = None
    partner: CommunityRef | None = None
    matched_id: int | None = None  # the existing record a matched (or restored) row is
    note: str = ""  # what the preview says about the row ("same pair as row 4")
    fills: dict = field(default_factory=dict)  # field -> value, for a matched partnership
    registry: object = None  # pairs.Details: what the registry says of a matched pair

    def reasons(self) -> str:
        return "; ".join(str(p) for p in self.problems if p.error)

    def warnings(self) -> str:
        return "; ".join(str(p) for p in self.problems if not p.error)


@dataclass
class ImportPlan:
    source: str
    sheet: str
    record_type: str
    headers: list[str]
    mapping: Mapping
    rows: list[PlannedRow]
    remarks: list[str] = field(default_factory=list)
    archived_communities: set[int] = field(default_factory=set)  # ids the rows may name
    questions: list[Question] = field(default_factory=list)
    answers: Answers = field(default_factory=dict)
    community_fills: dict[int, dict] = field(default_factory=dict)  # id -> values
    table: Table | None = None  # what was read, to plan again under the write lock
    stamp: tuple = ()  # the registry as it was when planned (import_queries.registry_stamp)
    unused_answers: list[str] = field(default_factory=list)  # answers fitting no question

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def matched(self) -> int:
        return self.count(MATCHED)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)

    @property
    def restored(self) -> int:
        return self.count(RESTORE)

    @property
    def filled(self) -> int:
        return sum(1 for r in self.rows if r.outcome in (MATCHED, RESTORE) and r.fills)

    @property
    def open_questions(self) -> int:
        return sum(1 for q in self.questions if not q.answered)

    def communities_to_restore(self) -> list[int]:
        """The archived communities the rows to write name: brought back with them."""
        return sorted(
            {
                ref
                for r in self.rows
                if r.outcome in (NEW, RESTORE)
                for ref in (r.local, r.partner)
                if isinstance(ref, int) and ref in self.archived_communities
            }
        )

    def new_communities(self) -> list[NewCommunity]:
        """The communities the valid new rows need created."""
        seen: dict[int, NewCommunity] = {}
        for r in self.rows:
            if r.outcome == NEW:
                for ref in (r.local, r.partner):
                    if isinstance(ref, NewCommunity):
                        seen.setdefault(id(ref), ref)
        return list(seen.values())

    def summary(self) -> str:
        return describe_counts(
            self.new, self.restored, self.matched, self.rejected,
            len(self.new_communities()), len(self.communities_to_restore()), self.filled,
        )  # fmt: skip


def describe_counts(
    new, restored, matched, rejected, communities, communities_restored, filled=0
) -> str:
    """The sentence the preview and the result give; restores only when there are any."""
    text = f"{new:,} new, "
    if restored:
        text += f"{restored:,} restored from the archive, "
    text += f"{matched:,} matched to existing records"
    if filled:
        text += f" ({filled:,} with details filled in)"
    text += f", {rejected:,} rejected; {communities:,} new communities"
    if communities_restored:
        text += f", {communities_restored:,} restored from the archive"
    return text + "."


def plan_file(
    db: Database,
    path: Path,
    sheet: str | None = None,
    header_row: int = 1,
    mapping: Mapping | None = None,
    progress: Progress | None = None,
    answers: Answers | None = None,
    encoding: str | None = None,
) -> ImportPlan:
    with collector_paused():
        table = read_table(path, sheet, header_row, progress, encoding=encoding)
        mapping = mapping.fitted_to(table.headers) if mapping else guess_mapping(table.headers)
        return plan_import(db, table, mapping, progress, answers)


def plan_import(
    db: Database,
    table: Table,
    mapping: Mapping,
    progress: Progress | None = None,
    answers: Answers | None = None,
) -> ImportPlan:
    check_mapping(mapping, table)
    with collector_paused(), reading(db) as session:
        return plan_in(session, table, mapping, answers, progress)


def check_mapping(mapping: Mapping, table: Table) -> None:
    if missing := mapping.missing():
        raise ValidationError(
            [
                Problem(
                    "",
                    fill(
                        translate(
                            "Domain",
                            "Say which column holds: %1 (or give one value for every row, e.g. the "
                            "local country). The list's columns are: %2.",
                        ),
                        ", ".join(missing),
                        ", ".join(table.headers[:12]),
                    ),
                )
            ]
        )


def plan_in(
    session: Session,
    table: Table,
    mapping: Mapping,
    answers: Answers | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """The plan, read in `session`: the wizard's read snapshot, or the import's own writing
    transaction when the registry changed since the preview."""
    progress = progress or Progress()
    answers = dict(answers or {})
    index = {h: i for i, h in enumerate(table.headers)}
    notes: dict[int, list] = {}
    for note in table.notes:
        notes.setdefault(note.row, []).append(note)
    stamp = q.registry_stamp(session)
    communities = Communities(session, answers)
    creating = mapping.record_type == PARTNERSHIP
    read = []
    total = len(table.rows)
    for done, (number, values) in enumerate(table.rows, start=1):
        reader = RowReader(mapping, index, number, values, notes.get(number, []))
        kind = reader.partnership_kind() if creating else None
        sides = [_mention(reader, side, kind, communities) for side in ("local", "partner")]
        read.append((reader, values, kind, sides))
        if done % 1000 == 0:
            progress.step(done, total * 2, f"Reading row {number:,}")
    communities.resolve()
    rows = []
    for reader, values, _kind, sides in read:
        planned = PlannedRow(reader.number, values)
        planned.local, planned.partner = [
            _ref(reader, side, found, communities, creating)
            for side, found in zip(("local", "partner"), sides, strict=True)
        ]
        rows.append(planned)
    # Every row's two communities are known before any is planned, so the registry's
    # partnership of each pair is read a few hundred pairs a query, not one query a row.
    pairs = Pairs(session, mapping)
    pairs.look_up(
        [frozenset((r.local, r.partner)) for r in rows if None not in (r.local, r.partner)]
    )
    for done, ((reader, _values, kind, sides), planned) in enumerate(
        zip(read, rows, strict=True), start=1
    ):
        pairs.plan_row(reader, planned, kind)
        planned.problems = reader.problems
        if reader.rejected:
            planned.outcome = REJECTED
        else:
            for found in sides:
                if found is not None:
                    communities.note_fill(*found)
        if done % 1000 == 0:
            progress.step(total + done, total * 2, f"Checking row {reader.number:,}")
    progress.step(total * 2, total * 2, "Checked")
    return ImportPlan(
        table.source, table.sheet, mapping.record_type, table.headers, mapping, rows,
        list(table.remarks), communities.archived_ids, communities.questions, answers,
        communities.fills, table, stamp, communities.unused_answers,
    )  # fmt: skip


def _mention(
    reader: RowReader, side: str, kind: PartnershipKind | None, communities: Communities
) -> tuple[str, Mention] | None:
    """One side of the row as the list writes it, added to the names to resolve."""
    name = reader.text(f"{side}_name", required=translate("Domain", "Give the community's name."))
    subdivision = reader.text(f"{side}_subdivision")
    country, region = reader.country(f"{side}_country")
    if not name or country is None:
        return None
    if not subdivision and not region:
        name, subdivision = split_subdivision(name, country)
    subdivision = subdivision_name(subdivision, country) if subdivision else region
    community_kind = COMMUNITY_KIND.get(kind, CommunityKind.CITY)
    problems = _community_problems(name, subdivision, country, community_kind)
    for p in problems:
        reader.error(f"{side}_{p.field}" if p.field else f"{side}_name", p.message)
    if problems:
        return None
    mention = Mention(reader.number, name, subdivision, country, community_kind,
                      _spot(reader, side))  # fmt: skip
    return communities.add(mention), mention


@functools.lru_cache(maxsize=1 << 14)  # once a community, however many rows name it
def _community_problems(name, subdivision, country, kind) -> tuple[Problem, ...]:
    values = {"name": name, "subdivision": subdivision, "country": country, "kind": kind}
    try:
        records.validated_values(CommunityBase, values)
    except ValidationError as exc:
        return tuple(exc.problems)
    return ()


def _spot(reader: RowReader, side: str) -> Spot:
    """Where the list puts the town, when it says: both coordinates in range, or neither."""
    latitude = reader.degrees(f"{side}_latitude", 90)
    longitude = reader.degrees(f"{side}_longitude", 180)
    population = reader.population(f"{side}_population")
    if latitude is None or longitude is None:
        latitude = longitude = None
    return Spot(latitude, longitude, population)


def _ref(
    reader: RowReader,
    side: str,
    found: tuple[str, Mention] | None,
    communities: Communities,
    creating: bool,
) -> CommunityRef | None:
    if found is None:
        return None
    key, mention = found
    ref, why = communities.ref(key, mention)
    if ref is None:
        reader.error(f"{side}_name", why)
        return None
    question = communities.question_of(key)
    if isinstance(ref, NewCommunity) and not creating:
        hint = ""
        if question is not None:
            hint = translate("Domain", " Is it %1? Answer the question about it.").replace(
                "%1", str(question.candidates[0].label())
            )
        reader.error(
            f"{side}_name",
            f"There is no community {mention.name} ({country_name(mention.country)}) in the "
            f"registry; import the partnerships first.{hint}",
        )
        return None
    if question is not None and not question.answered:
        others = "; ".join(f"{c.label()} ({c.where})" for c in question.candidates)
        reader.warn(
            f"{side}_name",
            f"'{mention.name}' may be {others}: see the questions. Until you answer 'same', "
            "it is a community of its own.",
        )
    return ref
