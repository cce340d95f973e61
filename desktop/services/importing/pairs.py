"""What a row's pair of communities comes to: a new partnership, the registry's own (its
missing details filled in from the row, differing ones reported, never overwritten), the
pair of an earlier row, an archived one brought back; or, for an exchange or a decision,
the partnership it hangs under.

A partnership joins two communities, in two countries or in one (twinnings within a
country are signed and listed like any other); never a community with itself."""

from sqlalchemy import and_, bindparam, or_
from sqlmodel import Session, select

from desktop.domain.dates import PartialDate, format_partial
from desktop.domain.enums import DatePrecision, PartnershipKind, Status
from desktop.domain.validation import ValidationError
from desktop.services import records
from desktop.services.importing import kinds
from desktop.services.importing.cells import RowReader, date_fields
from desktop.services.importing.mapping import ESTABLISHED, PARTNERSHIP, Mapping
from desktop.store.models import Partnership, PartnershipBase

NEW, MATCHED, REJECTED, RESTORE = "new", "matched", "rejected", "restore"
# Details a matched row may fill in where the registry has none.
TEXT_DETAILS = {"coordinating_organization": "organisation", "notes": "notes"}


class Pairs:
    def __init__(self, session: Session, mapping: Mapping):
        self.session, self.mapping = session, mapping
        # The registry's partnership of each pair the rows name, looked up when first named
        # (off the pair's unique index) rather than every partnership read first: at a
        # million partnerships that took 11 s and 400 MB for a list of any length.
        self.registered: dict[frozenset, tuple | None] = {}
        self.rows_by_pair: dict[frozenset, object] = {}  # pair -> the first row's PlannedRow
        self.kinds = kinds.for_record_type(mapping.record_type, session)

    def plan_row(self, reader: RowReader, planned, kind: PartnershipKind | None) -> None:
        pair = None
        if planned.local is not None and planned.partner is not None:
            if planned.local is planned.partner or planned.local == planned.partner:
                reader.error("partner_name", "A community cannot partner with itself.")
            else:
                # A community to create stands for itself (NewCommunity compares by identity).
                pair = frozenset((planned.local, planned.partner))
        if self.mapping.record_type == PARTNERSHIP:
            self.partnership(reader, planned, kind, pair)
            return
        found = self.partnership_of(pair)
        if found is not None and found[1] is not None:
            reader.error(
                "partner_name",
                f"The partnership of these two communities is archived (partnership "
                f"{found[0]}); restore it first.",
            )
        self.kinds.plan(reader, planned, found[0] if found else None)

    def partnership_of(self, pair: frozenset | None) -> tuple | None:
        """The registry's partnership of the two communities, either way round, a live one
        before an archived one: (id, archived_at, established_on, established_precision,
        coordinating_organization, notes, kind); None when there is none."""
        if pair is None or not all(isinstance(ref, int) for ref in pair):
            return None  # a community the import creates has no partnership yet
        if pair not in self.registered:
            a, b = pair
            self.registered[pair] = (
                self.session.connection().execute(_PAIR, {"a": a, "b": b}).first()
            )
        return self.registered[pair]

    def partnership(self, reader: RowReader, planned, kind, pair: frozenset | None) -> None:
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
            records.validated(PartnershipBase, record | {"local_id": 1, "partner_id": 2})
        except ValidationError as exc:
            for p in exc.problems:
                reader.error(_PARTNERSHIP_FIELDS.get(p.field, p.field), p.message)
        planned.record = record
        if pair is None or reader.rejected:
            return
        registered = self.partnership_of(pair)
        if pair in self.rows_by_pair:
            first = self.rows_by_pair[pair]
            planned.outcome = MATCHED
            planned.note = f"The same pair as row {first.row}."
            _merge_into(first, record, reader)
        elif registered is not None and registered[1] is not None:
            planned.outcome = RESTORE
            planned.matched_id = registered[0]
            planned.note = (
                f"Archived in the registry (partnership {registered[0]}); the import restores it."
            )
            self.rows_by_pair[pair] = planned
        elif registered is not None:
            planned.outcome = MATCHED
            planned.matched_id = registered[0]
            planned.fills, differs = _fills(registered, record, reader.raw("kind") is not None)
            planned.note = f"Already in the registry (partnership {registered[0]})."
            if planned.fills:
                planned.note += " Filled in: " + ", ".join(_describe(planned.fills)) + "."
            for text in differs:
                reader.warn("established" if "established" in text else "notes", text)
        else:
            self.rows_by_pair[pair] = planned


def _fills(registered: tuple, record: dict, kind_given: bool) -> tuple[dict, list[str]]:
    """What the row adds to the registry's partnership, and what it says otherwise."""
    _, _, on, precision, organisation, notes, kind = registered
    fills, differs = {}, []
    theirs = PartialDate.of(on, precision)
    mine = PartialDate.of(record["established_on"], record["established_precision"])
    if _knows_more(mine, theirs):
        fills["established_on"] = record["established_on"]
        fills["established_precision"] = record["established_precision"]
    elif _contradicts(mine, theirs):
        differs.append(
            f"The list says established {format_partial(mine)}; the registry says "
            f"{format_partial(theirs)} (kept)."
        )
    registry_text = {"coordinating_organization": organisation, "notes": notes}
    for field, label in TEXT_DETAILS.items():
        have, given = registry_text[field], record[field]
        if given and not have:
            fills[field] = given
        elif given and have and " ".join(given.split()).lower() != " ".join(have.split()).lower():
            differs.append(f"The list's {label} '{given}' differs from the registry's (kept).")
    if kind_given and record["kind"] is not None and record["kind"] != PartnershipKind(kind):
        differs.append(
            f"The list says {record['kind'].label}; the registry says "
            f"{PartnershipKind(kind).label} (kept)."
        )
    return fills, differs


def _known(pd: PartialDate | None) -> bool:
    return pd is not None and pd.precision is not DatePrecision.UNKNOWN


def _knows_more(mine: PartialDate | None, theirs: PartialDate | None) -> bool:
    """The row has a date where the registry has none, or a finer one within it."""
    if not _known(mine):
        return False
    if not _known(theirs):
        return True
    finer = _ORDER[mine.precision] > _ORDER[theirs.precision]
    return finer and theirs.start <= mine.start and mine.end <= theirs.end


def _contradicts(mine: PartialDate | None, theirs: PartialDate | None) -> bool:
    if not (_known(mine) and _known(theirs)):
        return False
    return mine.end < theirs.start or theirs.end < mine.start


_ORDER = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}


def _describe(fills: dict) -> list[str]:
    out = []
    if "established_on" in fills:
        pd = PartialDate.of(fills["established_on"], fills["established_precision"])
        out.append(f"established {format_partial(pd)}")
    out += [TEXT_DETAILS[f] for f in TEXT_DETAILS if f in fills]
    return out


def _merge_into(first, record: dict, reader: RowReader) -> None:
    """A pair written twice in the list: the second row's details fill the first's gaps."""
    mine = PartialDate.of(record["established_on"], record["established_precision"])
    theirs = PartialDate.of(first.record["established_on"], first.record["established_precision"])
    if _knows_more(mine, theirs):
        first.record["established_on"] = record["established_on"]
        first.record["established_precision"] = record["established_precision"]
    elif _contradicts(mine, theirs):
        reader.warn(
            "established",
            f"Row {first.row} says established {format_partial(theirs)}; this row says "
            f"{format_partial(mine)}. Row {first.row}'s is imported.",
        )
    for field, label in TEXT_DETAILS.items():
        if record[field] and not first.record[field]:
            first.record[field] = record[field]
        elif record[field] and record[field] != first.record[field]:
            reader.warn("notes", f"Row {first.row}'s {label} is imported, not this row's.")


# The partnership of a pair, either way round, a live one first: one statement with
# parameters, built once (building it for each of 2,000 rows took a second or two).
_A, _B = bindparam("a"), bindparam("b")
_PAIR = (
    select(
        Partnership.id, Partnership.archived_at, Partnership.established_on,
        Partnership.established_precision, Partnership.coordinating_organization,
        Partnership.notes, Partnership.kind,
    )
    .where(
        or_(
            and_(Partnership.local_id == _A, Partnership.partner_id == _B),
            and_(Partnership.local_id == _B, Partnership.partner_id == _A),
        )
    )
    .order_by(Partnership.archived_at.is_not(None))
    .limit(1)
)  # fmt: skip
_PARTNERSHIP_FIELDS = {"established_on": "established", "established_precision": "established"}
