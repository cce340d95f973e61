"""What each row of a list becomes before anything is written: a new record, a match with
one already in the registry (never a second row for the same pair), or a rejection with
its problems at their cells. The wizard previews this plan; `apply` carries it out."""

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import and_, bindparam, or_
from sqlmodel import Session, func, select

from desktop.domain.countries import country_name
from desktop.domain.dates import PartialDate
from desktop.domain.enums import CommunityKind, PartnershipKind, Status
from desktop.domain.matching import (
    Ambiguous,
    Gazetteer,
    Place,
    describe,
    fold_name,
    subdivision_name,
)
from desktop.domain.validation import Problem, ValidationError
from desktop.services import records
from desktop.services.importing import kinds
from desktop.services.importing.cells import RowProblem, RowReader, date_fields
from desktop.services.importing.mapping import PARTNERSHIP, Mapping, guess_mapping
from desktop.services.importing.place_names import split_subdivision
from desktop.services.importing.reading import Table, read_table
from desktop.services.progress import Progress
from desktop.services.unit_of_work import reading
from desktop.store.database import Database
from desktop.store.models import Community, CommunityBase, Partnership, PartnershipBase

NEW, MATCHED, REJECTED = "new", "matched", "rejected"
# The same as an archived record (an undone import, say): the import brings it back.
RESTORE = "restore"
COMMUNITY_KIND = {
    PartnershipKind.SISTER_COUNTY: CommunityKind.COUNTY,
    PartnershipKind.SISTER_STATE_PROVINCE: CommunityKind.STATE_PROVINCE,
}


@dataclass(eq=False)
class NewCommunity:
    """A community the import will create (once, however many rows name it)."""

    name: str
    subdivision: str
    country: str
    kind: CommunityKind
    first_row: int

    def values(self) -> dict:
        return {
            "name": self.name,
            "subdivision": self.subdivision,
            "country": self.country,
            "kind": self.kind,
        }


CommunityRef = int | NewCommunity  # an existing community's id, or one to create


@dataclass
class PlannedRow:
    row: int
    values: tuple  # the cells as read, for the preview and the rejects workbook
    outcome: str = NEW
    problems: list[RowProblem] = field(default_factory=list)
    record: dict = field(default_factory=dict)  # the new record's fields
    local: CommunityRef | None = None
    partner: CommunityRef | None = None
    matched_id: int | None = None  # the existing record a matched (or restored) row is
    note: str = ""  # what the preview says about the row ("same pair as row 4")

    def reasons(self) -> str:
        return "; ".join(str(p) for p in self.problems if p.error)


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
            len(self.new_communities()), len(self.communities_to_restore()),
        )  # fmt: skip


def describe_counts(new, restored, matched, rejected, communities, communities_restored) -> str:
    """The sentence the preview and the result give; restores only when there are any."""
    text = f"{new:,} new, "
    if restored:
        text += f"{restored:,} restored from the archive, "
    text += (
        f"{matched:,} matched to existing records, {rejected:,} rejected; "
        f"{communities:,} new communities"
    )
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
) -> ImportPlan:
    table = read_table(path, sheet, header_row, progress)
    mapping = mapping.fitted_to(table.headers) if mapping else guess_mapping(table.headers)
    return plan_import(db, table, with_local_country(db, mapping), progress)


def with_local_country(db: Database, mapping: Mapping) -> Mapping:
    """Lists of an office's own partnerships seldom say the office's country: take the
    registry's usual one unless a column or the clerk gives it."""
    has_it = mapping.column_of("local_country") or mapping.defaults.get("local_country")
    if not has_it and (usual := usual_local_country(db)):
        mapping.defaults["local_country"] = usual
    return mapping


def usual_local_country(db: Database) -> str | None:
    """The country of most local communities in the registry: an office's own country."""
    with reading(db) as session:
        row = session.exec(
            select(Community.country, func.count())
            .join(Partnership, Partnership.local_id == Community.id)
            .group_by(Community.country)
            .order_by(func.count().desc(), Community.country)
        ).first()
    return row[0] if row else None


def plan_import(
    db: Database, table: Table, mapping: Mapping, progress: Progress | None = None
) -> ImportPlan:
    progress = progress or Progress()
    missing = mapping.missing()
    if missing:
        raise ValidationError(
            [
                Problem(
                    "",
                    f"Say which column holds: {', '.join(missing)} (or give one value for every "
                    f"row, e.g. the local country). The list's columns are: "
                    f"{', '.join(table.headers[:12])}.",
                )
            ]
        )
    index = {h: i for i, h in enumerate(table.headers)}
    notes: dict[int, list] = {}
    for note in table.notes:
        notes.setdefault(note.row, []).append(note)
    with reading(db) as session:
        planner = _Planner(session, mapping)
        rows = []
        total = len(table.rows)
        for done, (number, values) in enumerate(table.rows, start=1):
            reader = RowReader(mapping, index, number, values, notes.get(number, []))
            rows.append(planner.plan_row(reader, values))
            if done % 500 == 0:
                progress.step(done, total, f"Checking row {number:,}")
    progress.step(total, total, "Checked")
    return ImportPlan(
        table.source, table.sheet, mapping.record_type, table.headers, mapping, rows,
        list(table.remarks), planner.archived_communities,
    )  # fmt: skip


class _Planner:
    """Plans rows one by one, remembering the communities and pairs seen so far."""

    def __init__(self, session: Session, mapping: Mapping):
        self.session, self.mapping = session, mapping
        known = session.exec(
            select(
                Community.id, Community.name, Community.subdivision, Community.country,
                Community.archived_at,
            )
        ).all()  # fmt: skip
        live = [row[:4] for row in known if row[4] is None]
        self.places = Gazetteer(Place(*row) for row in live)
        # An archived community is found only where no live one has its name: a list
        # imported again after an undo names the communities that undo archived.
        live_names = {(row[3], fold_name(row[1])) for row in live}
        self.archived_communities: set[int] = set()
        for row in known:
            if row[4] is not None and (row[3], fold_name(row[1])) not in live_names:
                self.places.add(Place(*row[:4]))
                self.archived_communities.add(row[0])
        self.country_of = {row[0]: row[3] for row in known}
        # The registry's partnership of each pair the rows name, looked up when first named
        # (off the pair's unique index) rather than every partnership read first: at a
        # million partnerships that took 11 s and 400 MB for a list of any length.
        self.registered: dict[frozenset, tuple[int | None, bool]] = {}
        self.rows_by_pair: dict[frozenset, int] = {}
        self.kinds = kinds.for_record_type(mapping.record_type, session)

    def plan_row(self, reader: RowReader, values: tuple) -> PlannedRow:
        planned = PlannedRow(reader.number, values)
        kind = reader.partnership_kind() if self.mapping.record_type == PARTNERSHIP else None
        creating = self.mapping.record_type == PARTNERSHIP
        planned.local = self.community(reader, "local", kind, creating)
        planned.partner = self.community(reader, "partner", kind, creating)
        pair = None
        if planned.local is not None and planned.partner is not None:
            pair = self.check_pair(reader, planned)
        if self.mapping.record_type == PARTNERSHIP:
            self.partnership(reader, planned, kind, pair)
        else:
            partnership_id, archived = self.partnership_of(pair)
            if archived:
                reader.error(
                    "partner_name",
                    f"The partnership of these two communities is archived (partnership "
                    f"{partnership_id}); restore it first.",
                )
            self.kinds.plan(reader, planned, partnership_id)
        planned.problems = reader.problems
        if reader.rejected:
            planned.outcome = REJECTED
        return planned

    # --- communities --------------------------------------------------------------------

    def community(
        self, reader: RowReader, side: str, kind: PartnershipKind | None, creating: bool
    ) -> CommunityRef | None:
        name = reader.text(f"{side}_name", required="Give the community's name.")
        subdivision = reader.text(f"{side}_subdivision")
        country, nation = reader.country(f"{side}_country")
        if not name or country is None:
            return None
        if not subdivision and not nation:
            name, subdivision = split_subdivision(name, country)
        subdivision = subdivision_name(subdivision, country) if subdivision else nation
        try:
            match = self.places.find(name, subdivision, country)
        except Ambiguous as exc:
            reader.error(
                f"{side}_subdivision",
                f"There are several communities called {name} in {country_name(country)} "
                f"({'; '.join(describe(p) for p in exc.places)}): fill in the state or "
                "province to say which.",
            )
            return None
        if match is not None:
            if not match.exact:
                reader.warn(
                    f"{side}_name",
                    f"'{name}' was read as {match.place.name}, a community already "
                    f"{'in the registry' if isinstance(match.place.key, int) else 'in this list'}"
                    f" (similar name).",
                )
            return match.place.key
        if not creating:
            reader.error(
                f"{side}_name",
                f"There is no community {name} ({country_name(country)}) in the registry; "
                "import the partnerships first.",
            )
            return None
        community_kind = COMMUNITY_KIND.get(kind, CommunityKind.CITY)
        values = {"name": name, "subdivision": subdivision, "country": country}
        try:
            records.validated(CommunityBase, values | {"kind": community_kind})
        except ValidationError as exc:
            for p in exc.problems:
                reader.error(f"{side}_{p.field}" if p.field else f"{side}_name", p.message)
            return None
        for near in self.places.possibly_same(name, country):
            reader.warn(
                f"{side}_name",
                f"{name} will be a new community; is it perhaps {describe(near)}? "
                "(If they are the same, correct the name in the file.)",
            )
            break
        new = NewCommunity(name, subdivision, country, community_kind, reader.number)
        self.places.add(Place(new, name, subdivision, country))
        return new

    # --- the pair -----------------------------------------------------------------------

    def check_pair(self, reader: RowReader, planned: PlannedRow) -> frozenset | None:
        local, partner = planned.local, planned.partner
        if local is partner:
            reader.error("partner_name", "A community cannot partner with itself.")
            return None
        if self._country(local) == self._country(partner):
            reader.error(
                "partner_country",
                "Both communities are in the same country; a sister-city partnership joins "
                "communities in two countries.",
            )
            return None
        return frozenset((local, partner))

    def partnership_of(self, pair: frozenset | None) -> tuple[int | None, bool]:
        """(id, archived) of the registry's partnership of the two communities, either way
        round, a live one before an archived one; (None, False) when there is none."""
        if pair is None or not all(isinstance(ref, int) for ref in pair):
            return None, False  # a community the import creates has no partnership yet
        if pair not in self.registered:
            a, b = pair
            row = self.session.connection().execute(_PAIR, {"a": a, "b": b}).first()
            self.registered[pair] = (row[0], row[1] is not None) if row else (None, False)
        return self.registered[pair]

    def _country(self, ref: CommunityRef) -> str:
        return ref.country if isinstance(ref, NewCommunity) else self.country_of[ref]

    def partnership(
        self, reader: RowReader, planned: PlannedRow, kind, pair: frozenset | None
    ) -> None:
        established = reader.partial_date("established")
        status = reader.choice("status", Status)
        if status is Status.ACTIVE and established is None:
            established = PartialDate.unknown()
        elif status in (Status.SUSPENDED, Status.ENDED):
            reader.warn(
                "status",
                f"'{status.label}' was not imported: a suspension or an end is a decision "
                "(who decided, when); record it on the partnership's timeline.",
            )
        on, precision = date_fields(established)
        record = {
            "kind": kind,
            "established_on": on,
            "established_precision": precision,
            "coordinating_organization": reader.text("coordinating_organization"),
            "notes": reader.text("notes"),
        }
        try:
            records.validated(PartnershipBase, record | {"local_id": 1, "partner_id": 2})
        except ValidationError as exc:
            for p in exc.problems:
                reader.error(_PARTNERSHIP_FIELDS.get(p.field, p.field), p.message)
        planned.record = record
        if pair is None or reader.rejected:
            return
        registered, archived = self.partnership_of(pair)
        if pair in self.rows_by_pair:
            planned.outcome = MATCHED
            planned.note = f"The same pair as row {self.rows_by_pair[pair]}."
        elif archived:
            planned.outcome = RESTORE
            planned.matched_id = registered
            planned.note = (
                f"Archived in the registry (partnership {registered}); the import restores it."
            )
            self.rows_by_pair[pair] = reader.number
        elif registered is not None:
            planned.outcome = MATCHED
            planned.matched_id = registered
            planned.note = f"Already in the registry (partnership {registered})."
        else:
            self.rows_by_pair[pair] = reader.number


# The partnership of a pair, either way round, a live one first: one statement with
# parameters, built once (building it for each of 2,000 rows took a second or two).
_A, _B = bindparam("a"), bindparam("b")
_PAIR = (
    select(Partnership.id, Partnership.archived_at)
    .where(
        or_(
            and_(Partnership.local_id == _A, Partnership.partner_id == _B),
            and_(Partnership.local_id == _B, Partnership.partner_id == _A),
        )
    )
    .order_by(Partnership.archived_at.is_not(None))
    .limit(1)
)
_PARTNERSHIP_FIELDS = {"established_on": "established", "established_precision": "established"}
