"""What a row's pair of communities comes to: a new partnership, the registry's own, an
archived one brought back, the pair of an earlier row; or, for an exchange or a decision,
the partnership it hangs under.

However many rows name a pair, the first stands for it and the others add to it: a detail
the registry (or the first row) lacks is filled in, a differing one is reported and kept as
it was, never overwritten. A partnership joins two communities, in two countries or in one
(twinnings within a country are signed and listed like any other); never a community with
itself."""

from dataclasses import dataclass

from sqlmodel import Session

from desktop.domain.dates import PartialDate, format_partial
from desktop.domain.enums import DatePrecision, PartnershipKind, Status
from desktop.domain.validation import ValidationError, partners_itself
from desktop.domain.words import fill, translate
from desktop.services import records
from desktop.services.importing import kinds
from desktop.services.importing.cells import RowReader, date_fields
from desktop.services.importing.mapping import ESTABLISHED, PARTNERSHIP, Mapping
from desktop.store import import_queries as q
from desktop.store.models import PartnershipBase

NEW, MATCHED, REJECTED, RESTORE = "new", "matched", "rejected", "restore"
TEXTS = {"coordinating_organization": "organisation", "notes": "notes"}
_ORDER = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}
_PARTNERSHIP_FIELDS = {"established_on": "established", "established_precision": "established"}


@dataclass
class Details:
    """What a row, an earlier row or the registry says of one partnership."""

    established: PartialDate | None  # None: proposed; precision UNKNOWN: date unknown
    coordinating_organization: str
    notes: str
    kind: PartnershipKind | None  # None where a row does not say

    @classmethod
    def of_record(cls, record: dict, kind_given: bool = True) -> "Details":
        return cls(
            PartialDate.of(record["established_on"], record["established_precision"]),
            record["coordinating_organization"],
            record["notes"],
            record["kind"] if kind_given else None,
        )

    def with_fills(self, fills: dict) -> "Details":
        merged = {
            "established_on": self.established.value if self.established else None,
            "established_precision": self.established.precision if self.established else None,
            "coordinating_organization": self.coordinating_organization,
            "notes": self.notes,
            "kind": self.kind,
        } | fills
        return Details.of_record(merged)


def compare(have: Details, given: Details, theirs: str) -> tuple[dict, list[str]]:
    """(fields to fill in so `have` knows what `given` adds, sentences for what differs).
    `theirs` names `have` in those sentences: 'the registry', 'row 4'."""
    fills, differs = {}, []
    mine, known = given.established, have.established
    if _dated(mine) and (not _dated(known) or _finer_within(mine, known)):
        fills["established_on"], fills["established_precision"] = mine.value, mine.precision
    elif _dated(mine) and _dated(known) and _apart(mine, known):
        differs.append(
            fill(
                translate("Domain", "The list says established %1; %2 says %3 (kept)."),
                format_partial(mine),
                theirs,
                format_partial(known),
            )
        )
    elif mine is not None and known is None:
        differs.append(
            translate(
                "Domain", "The list counts it as established; %1 has it as proposed (kept)."
            ).replace("%1", str(theirs))
        )
    elif mine is None and known is not None:
        differs.append(
            translate("Domain", "The list has it as proposed; %1 as established (kept).").replace(
                "%1", str(theirs)
            )
        )
    for field, label in TEXTS.items():
        now, new = getattr(have, field), getattr(given, field)
        if new and not now:
            fills[field] = new
        elif new and _plain(new) != _plain(now):
            differs.append(
                fill(
                    translate("Domain", "The list's %1 '%2' differs from %3's (kept)."),
                    label,
                    new,
                    theirs,
                )
            )
    if given.kind is not None and have.kind is not None and given.kind != have.kind:
        differs.append(
            fill(
                translate("Domain", "The list says %1; %2 says %3 (kept)."),
                given.kind.label,
                theirs,
                have.kind.label,
            )
        )
    return fills, differs


def _dated(pd: PartialDate | None) -> bool:
    return pd is not None and pd.precision is not DatePrecision.UNKNOWN


def _finer_within(mine: PartialDate, known: PartialDate) -> bool:
    finer = _ORDER[mine.precision] > _ORDER[known.precision]
    return finer and known.start <= mine.start and mine.end <= known.end


def _apart(mine: PartialDate, known: PartialDate) -> bool:
    return mine.end < known.start or known.end < mine.start


def _plain(text: str) -> str:
    return " ".join(text.split()).lower()


def describe_fills(fills: dict) -> str:
    out = []
    if "established_on" in fills:
        pd = PartialDate.of(fills["established_on"], fills["established_precision"])
        out.append(f"established {format_partial(pd)}")
    out += [TEXTS[f] for f in TEXTS if f in fills]
    return ", ".join(out)


class Pairs:
    def __init__(self, session: Session, mapping: Mapping):
        self.session, self.mapping = session, mapping
        # The registry's partnership of each pair the rows name, looked up when first named
        # (off the pair's unique index) rather than every partnership read first: at a
        # million partnerships that took 11 s and 400 MB for a list of any length.
        self.registered: dict[frozenset, object] = {}
        self.first_rows: dict[frozenset, object] = {}  # pair -> the PlannedRow standing for it
        self.kinds = kinds.for_record_type(mapping.record_type, session)

    def plan_row(self, reader: RowReader, planned, kind: PartnershipKind | None) -> None:
        pair = None
        if planned.local is not None and planned.partner is not None:
            if problem := partners_itself(planned.local, planned.partner):
                reader.error("partner_name", problem.message)
            else:
                # A community to create stands for itself (NewCommunity compares by identity).
                pair = frozenset((planned.local, planned.partner))
        if self.mapping.record_type == PARTNERSHIP:
            self.partnership(reader, planned, kind, pair)
            return
        found = self.partnership_of(pair)
        if found is not None and found.archived_at is not None:
            reader.error(
                "partner_name",
                f"The partnership of these two communities is archived (partnership "
                f"{found.id}); restore it first.",
            )
        self.kinds.plan(reader, planned, found.id if found else None)

    def look_up(self, pairs: list[frozenset]) -> None:
        """Find the registry's partnership of every pair of two registry communities the
        rows name, a few hundred pairs a query, before the rows are planned one by one."""
        wanted = [
            pair for pair in pairs
            if len(pair) == 2 and pair not in self.registered
            and all(isinstance(ref, int) for ref in pair)
        ]  # fmt: skip
        self.registered |= q.partnerships_of_pairs(self.session, wanted)

    def partnership_of(self, pair: frozenset | None):
        """The registry's partnership of the two communities (see import_queries); None
        when there is none, or a community is one the import creates."""
        if pair is None or not all(isinstance(ref, int) for ref in pair):
            return None
        if pair not in self.registered:
            self.registered[pair] = q.partnership_of_pair(self.session, *pair)
        return self.registered[pair]

    def partnership(self, reader: RowReader, planned, kind, pair: frozenset | None) -> None:
        record = self._record(reader, kind)
        planned.record = record
        if pair is None or reader.rejected:
            return
        given = Details.of_record(record, kind_given=reader.raw("kind") is not None)
        if (first := self.first_rows.get(pair)) is not None:
            planned.outcome, planned.matched_id = MATCHED, first.matched_id
            planned.note = translate("Domain", "The same pair as row %1.").replace(
                "%1", str(first.row)
            )
            self._add_to_first(first, given, reader)
            return
        self.first_rows[pair] = planned
        registered = self.partnership_of(pair)
        if registered is None:
            return
        planned.matched_id = registered.id
        planned.outcome = MATCHED if registered.archived_at is None else RESTORE
        planned.registry = _details(registered)
        planned.fills, differs = compare(planned.registry, given, "the registry")
        _note_registry(planned)
        for text in differs:
            reader.warn("established" if "established" in text else "notes", text)

    def _record(self, reader: RowReader, kind) -> dict:
        established = reader.partial_date("established")
        status = reader.choice("status", Status)
        if established is None and (
            status is Status.ACTIVE or (status is None and self.mapping.undated == ESTABLISHED)
        ):
            established = PartialDate.unknown()
        if status in (Status.SUSPENDED, Status.ENDED):
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
            records.validated_values(PartnershipBase, record | {"local_id": 1, "partner_id": 2})
        except ValidationError as exc:
            for p in exc.problems:
                reader.error(_PARTNERSHIP_FIELDS.get(p.field, p.field), p.message)
        return record

    @staticmethod
    def _add_to_first(first, given: Details, reader: RowReader) -> None:
        """A pair written again: what this row adds goes to the row standing for the pair
        (its new record, or what it fills in on the registry's); what differs is said."""
        theirs = f"row {first.row}"
        if first.outcome == NEW:
            fills, differs = compare(Details.of_record(first.record), given, theirs)
            first.record |= fills
        else:
            have = first.registry.with_fills(first.fills)
            fills, differs = compare(have, given, theirs)
            first.fills |= fills
            _note_registry(first)
        for text in differs:
            reader.warn("established" if "established" in text else "notes", text)


def _note_registry(planned) -> None:
    if planned.outcome == RESTORE:
        planned.note = translate(
            "Domain", "Archived in the registry (partnership %1); the import restores it."
        ).replace("%1", str(planned.matched_id))
    else:
        planned.note = translate("Domain", "Already in the registry (partnership %1).").replace(
            "%1", str(planned.matched_id)
        )
    if planned.fills:
        planned.note += f" Filled in: {describe_fills(planned.fills)}."


def _details(registered) -> Details:
    return Details(
        PartialDate.of(registered.established_on, registered.established_precision),
        registered.coordinating_organization,
        registered.notes,
        PartnershipKind(registered.kind) if registered.kind else None,
    )
