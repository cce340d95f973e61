"""The tables. Shared fields (with their limits) live in *Base classes that forms and imports
validate through, so a rule is written once (the FastAPI-template layout).

Enums are stored as their values in plain VARCHAR columns (no native ENUM type, so
PostgreSQL and SQLite hold the same thing). Nothing is deleted: `archived_at` hides a record.
Text compares and sorts the same on both (see `code_point_text`), and PostgreSQL has
trigram indexes for the search box (`trigram_index`).
Every editable table has a `version` column for optimistic locking: a save over someone
else's newer save raises StaleDataError instead of silently losing their change.
"""

from datetime import UTC, date, datetime

import sqlalchemy as sa
from pydantic import field_validator
from sqlalchemy import event
from sqlmodel import Field, SQLModel
from sqlmodel.sql.sqltypes import AutoString

from desktop.domain import attachments, countries, limits
from desktop.domain.enums import (
    ActorType,
    CommunityKind,
    DatePrecision,
    DecisionAction,
    Direction,
    ExchangeStatus,
    Origin,
    PartnershipKind,
    ProgrammeArea,
    SourceKind,
)
from desktop.domain.search_text import folded_copy
from desktop.domain.status import actor_types
from desktop.domain.validation import control_character
from desktop.store.readable_types import ReadableEnum, readable_values

# Stable constraint names, so migrations can find them on SQLite and PostgreSQL alike.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def now_utc() -> datetime:
    # SQLModel's UTCDateTime stores UTC and gives it back with its offset, on SQLite too.
    return datetime.now(UTC)


def enum_column(enum, *, nullable: bool = False, index: bool = False) -> sa.Column:
    """A VARCHAR column holding the enum's value (one Column object per use)."""
    return sa.Column(
        ReadableEnum(
            enum,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda e: [m.value for m in e],
            validate_strings=True,
        ),
        nullable=nullable,
        index=index,
    )


# SQLite compares text by code point: "Den Haag" < "Leeds" < "de Bilt" < "Ünye", and its
# LIKE and lower() fold only A-Z. PostgreSQL compares by its server's locale (en_US: "de
# Bilt" < "Den Haag", "Le Havre" after "Leeds"), and folds every letter. For a listing, a
# search or a report to read the same on both, every text column is COLLATE "C" on
# PostgreSQL (revision 0004): code-point order, and A-Z-only folding in ILIKE and lower().
CODE_POINT_COLLATION = "C"


def code_point_text(table: sa.Table) -> sa.Table:
    """Give the table's text columns code-point order on PostgreSQL (SQLite's own)."""
    for column in table.columns:
        kind = column.type
        if isinstance(kind, sa.Enum):
            collated = kind.copy()
        elif isinstance(kind, AutoString | sa.String):
            collated = sa.String(kind.length)
        else:
            continue
        collated.collation = CODE_POINT_COLLATION
        column.type = kind.with_variant(collated, "postgresql")
    return table


def trigram_index(table: sa.Table, column: str) -> sa.Index:
    """A pg_trgm index, so the search box's ILIKE '%text%' does not read the whole table on
    PostgreSQL. It indexes what the search compares: the folded copy where there is one, else
    the text (see `searched_text`). SQLite has its full-text tables instead (migration 0007);
    `info` keeps this out of SQLite's schema comparison (see migrate.include_object)."""
    label = f"{column}_searched"
    return sa.Index(
        f"ix_{table.name}_{column}_trgm",
        searched_text(table.c[column]).label(label),
        postgresql_using="gin",
        postgresql_ops={label: "gin_trgm_ops"},
        info={"dialects": ("postgresql",)},
    )


def folded_column(source: str) -> sa.Column:
    """The folded copy of a searched column (domain/search_text.py): NULL for plain ASCII.
    The default fills it on a Core INSERT (an import's bulk insert); the ORM's saves fill it
    through `_fold_searched_text` below, so it never lags behind its column."""

    def default(context) -> str | None:
        return folded_copy(context.get_current_parameters().get(source))

    return sa.Column(f"{source}_folded", sa.String(), nullable=True, default=default)


def searched_text(column):
    """What a search compares for `column`: its folded copy, or the text itself."""
    return sa.func.coalesce(column.table.c[f"{column.key}_folded"], column)


def version_column() -> sa.Column:
    return sa.Column("version", sa.Integer, nullable=False, server_default="1")


# One Column object per table: SQLAlchemy binds a Column to exactly one Table.
COMMUNITY_VERSION = version_column()
PARTNERSHIP_VERSION = version_column()
EXCHANGE_VERSION = version_column()
DECISION_VERSION = version_column()


class PlainText(SQLModel):
    """Text without control characters, in every field a form or an import fills (a NUL
    from a damaged file cannot even be stored on PostgreSQL)."""

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value):
        if isinstance(value, str) and (problem := control_character(value)):
            raise ValueError(problem)
        return value


class Tracked(SQLModel):
    created_at: datetime = Field(default_factory=now_utc)
    updated_at: datetime = Field(default_factory=now_utc)
    archived_at: datetime | None = Field(default=None)
    # The import that created the record, so the whole batch can be undone together.
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", index=True)


# --- Community --------------------------------------------------------------------------


class CommunityBase(PlainText):
    name: str = Field(min_length=1, max_length=limits.NAME)
    kind: CommunityKind = Field(default=CommunityKind.CITY)
    # "" rather than NULL, so the unique constraint also holds when there is no subdivision.
    subdivision: str = Field(default="", max_length=limits.SUBDIVISION)
    country: str = Field(min_length=2, max_length=limits.COUNTRY)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    population: int | None = Field(default=None, ge=0, le=limits.POPULATION_MAX)
    # Which actor types make binding decisions for this community's partnerships.
    binding_actor_types: str = Field(default="governing_body", max_length=200)

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str) -> str:
        code = value.strip().upper()
        if not countries.is_known(code):
            raise ValueError(f"'{value}' is not an ISO 3166 country code")
        return code

    @field_validator("binding_actor_types")
    @classmethod
    def _known_actor_types(cls, value: str) -> str:
        actor_types(value)  # text the timeline could not read back is refused when saved
        return value


class Community(CommunityBase, Tracked, table=True):
    __table_args__ = (
        sa.UniqueConstraint("name", "subdivision", "country", name="uq_community_place"),
    )
    id: int | None = Field(default=None, primary_key=True)
    kind: CommunityKind = Field(sa_column=enum_column(CommunityKind))
    name: str = Field(max_length=limits.NAME, index=True)
    country: str = Field(max_length=limits.COUNTRY, index=True)
    name_folded: str | None = Field(default=None, sa_column=folded_column("name"))
    subdivision_folded: str | None = Field(default=None, sa_column=folded_column("subdivision"))
    version: int = Field(default=1, sa_column=COMMUNITY_VERSION)
    __mapper_args__ = {"version_id_col": COMMUNITY_VERSION}


# --- Partnership ------------------------------------------------------------------------


class PartnershipBase(PlainText):
    local_id: int = Field(foreign_key="community.id", index=True)
    partner_id: int = Field(foreign_key="community.id", index=True)
    kind: PartnershipKind = Field(default=PartnershipKind.SISTER_CITY)
    established_on: date | None = None
    established_precision: DatePrecision | None = None
    origin: Origin | None = None
    coordinating_organization: str = Field(default="", max_length=limits.ORGANIZATION)
    local_signatory_name: str = Field(default="", max_length=limits.PERSON)
    local_signatory_title: str = Field(default="", max_length=limits.TITLE)
    local_signed_on: date | None = None
    partner_signatory_name: str = Field(default="", max_length=limits.PERSON)
    partner_signatory_title: str = Field(default="", max_length=limits.TITLE)
    partner_signed_on: date | None = None
    notes: str = Field(default="", max_length=limits.NOTES)


class Partnership(PartnershipBase, Tracked, table=True):
    __table_args__ = (
        sa.UniqueConstraint("local_id", "partner_id", name="uq_partnership_pair"),
        # The table's sort orders, so a page of a million rows is read off an index.
        sa.Index("ix_partnership_by_local", "local_sort", "partner_sort", "id"),
        sa.Index("ix_partnership_by_partner", "partner_sort", "id"),
        sa.Index("ix_partnership_by_country", "partner_country", "partner_sort", "id"),
        # Sorted by the partner country's name, as the clerk reads it (not by its code).
        sa.Index("ix_partnership_by_country_name", "partner_country_name", "partner_sort", "id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    kind: PartnershipKind = Field(sa_column=enum_column(PartnershipKind, index=True))
    established_precision: DatePrecision | None = Field(
        default=None, sa_column=enum_column(DatePrecision, nullable=True)
    )
    origin: Origin | None = Field(default=None, sa_column=enum_column(Origin, nullable=True))
    established_on: date | None = Field(default=None, index=True)
    # Copies of the communities' names and partner country, kept by the services (see
    # services/sort_keys.py) so sorting and filtering need no join at a million rows.
    local_sort: str = Field(default="", max_length=250, sa_column_kwargs={"server_default": ""})
    partner_sort: str = Field(default="", max_length=250, sa_column_kwargs={"server_default": ""})
    partner_country: str = Field(
        default="", max_length=limits.COUNTRY, sa_column_kwargs={"server_default": ""}
    )
    partner_country_name: str = Field(
        default="", max_length=80, sa_column_kwargs={"server_default": ""}
    )
    coordinating_organization_folded: str | None = Field(
        default=None, sa_column=folded_column("coordinating_organization")
    )
    notes_folded: str | None = Field(default=None, sa_column=folded_column("notes"))
    version: int = Field(default=1, sa_column=PARTNERSHIP_VERSION)
    __mapper_args__ = {"version_id_col": PARTNERSHIP_VERSION}


# --- Exchange ---------------------------------------------------------------------------


class ExchangeBase(PlainText):
    partnership_id: int = Field(foreign_key="partnership.id", index=True)
    title: str = Field(min_length=1, max_length=limits.TITLE)
    programme_area: ProgrammeArea = Field(default=ProgrammeArea.OTHER)
    direction: Direction = Field(default=Direction.OUTBOUND)
    start_on: date | None = None
    start_precision: DatePrecision | None = None
    end_on: date | None = None
    end_precision: DatePrecision | None = None
    participants: int | None = Field(default=None, ge=0, le=limits.PARTICIPANTS_MAX)
    institutions: str = Field(default="", max_length=limits.INSTITUTIONS)
    status: ExchangeStatus = Field(default=ExchangeStatus.PLANNED)
    reason: str = Field(default="", max_length=limits.REASON)
    notes: str = Field(default="", max_length=limits.NOTES)


class Exchange(ExchangeBase, Tracked, table=True):
    id: int | None = Field(default=None, primary_key=True)
    programme_area: ProgrammeArea = Field(sa_column=enum_column(ProgrammeArea))
    direction: Direction = Field(sa_column=enum_column(Direction))
    status: ExchangeStatus = Field(sa_column=enum_column(ExchangeStatus, index=True))
    start_precision: DatePrecision | None = Field(
        default=None, sa_column=enum_column(DatePrecision, nullable=True)
    )
    end_precision: DatePrecision | None = Field(
        default=None, sa_column=enum_column(DatePrecision, nullable=True)
    )
    start_on: date | None = Field(default=None, index=True)
    title_folded: str | None = Field(default=None, sa_column=folded_column("title"))
    institutions_folded: str | None = Field(default=None, sa_column=folded_column("institutions"))
    notes_folded: str | None = Field(default=None, sa_column=folded_column("notes"))
    version: int = Field(default=1, sa_column=EXCHANGE_VERSION)
    __mapper_args__ = {"version_id_col": EXCHANGE_VERSION}


# --- Decision ---------------------------------------------------------------------------


# What the decisions' search box matches (record_queries), each with its trigram index.
DECISION_SEARCHED = (
    "actor_name",
    "actor_title",
    "actor_body",
    "rationale",
    "condition",
    "source_title",
    "source_author",
)


class DecisionBase(PlainText):
    partnership_id: int = Field(foreign_key="partnership.id", index=True)
    decided_on: date = Field(index=True)  # the decisions list is sorted by it
    decided_precision: DatePrecision = Field(default=DatePrecision.DAY)
    actor_name: str = Field(default="", max_length=limits.PERSON)
    actor_title: str = Field(default="", max_length=limits.TITLE)
    actor_body: str = Field(default="", max_length=limits.ORGANIZATION)
    actor_type: ActorType = Field(default=ActorType.GOVERNING_BODY)
    action: DecisionAction
    effective_on: date | None = None
    condition: str = Field(default="", max_length=limits.CONDITION)
    review_on: date | None = None
    rationale: str = Field(default="", max_length=limits.RATIONALE)
    source_kind: SourceKind | None = None
    source_title: str = Field(default="", max_length=limits.TITLE)
    source_author: str = Field(default="", max_length=limits.ORGANIZATION)
    source_date: date | None = None
    source_reference: str = Field(default="", max_length=limits.REFERENCE)


class Decision(DecisionBase, Tracked, table=True):
    __table_args__ = (
        # The status query looks up the latest binding change per partnership by this index.
        sa.Index("ix_decision_status_lookup", "partnership_id", "binding", "takes_effect_on"),
    )
    id: int | None = Field(default=None, primary_key=True)
    actor_type: ActorType = Field(sa_column=enum_column(ActorType))
    decided_precision: DatePrecision = Field(
        default=DatePrecision.DAY, sa_column=enum_column(DatePrecision)
    )
    action: DecisionAction = Field(sa_column=enum_column(DecisionAction))
    source_kind: SourceKind | None = Field(
        default=None, sa_column=enum_column(SourceKind, nullable=True)
    )
    # Derived by the services when saved (and when a community's authority changes):
    # effective date or decision date, and whether this entry changes the status.
    takes_effect_on: date = Field(index=True)
    binding: bool = Field(default=False)
    actor_name_folded: str | None = Field(default=None, sa_column=folded_column("actor_name"))
    actor_title_folded: str | None = Field(default=None, sa_column=folded_column("actor_title"))
    actor_body_folded: str | None = Field(default=None, sa_column=folded_column("actor_body"))
    rationale_folded: str | None = Field(default=None, sa_column=folded_column("rationale"))
    condition_folded: str | None = Field(default=None, sa_column=folded_column("condition"))
    source_title_folded: str | None = Field(default=None, sa_column=folded_column("source_title"))
    source_author_folded: str | None = Field(default=None, sa_column=folded_column("source_author"))
    version: int = Field(default=1, sa_column=DECISION_VERSION)
    __mapper_args__ = {"version_id_col": DECISION_VERSION}


# --- Source documents -------------------------------------------------------------------


# Exactly one of a document's three owner columns is set (SQL both databases read alike).
ONE_OWNER = (
    " + ".join(f"(CASE WHEN {owner}_id IS NULL THEN 0 ELSE 1 END)" for owner in attachments.OWNERS)
    + " = 1"
)


class Attachment(SQLModel, table=True):
    """A file kept with one partnership, exchange or decision (the letter, the resolution):
    what it is, not its bytes. Those are in `attachment_content`, read only when the file
    is opened or saved, so no list or page of records ever loads them. Detaching archives
    the document, like any record; nothing is deleted."""

    __tablename__ = "attachment"
    __table_args__ = (
        sa.CheckConstraint(ONE_OWNER, name="one_owner"),
        sa.CheckConstraint("size > 0", name="not_empty"),
    )
    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int | None = Field(default=None, foreign_key="partnership.id", index=True)
    exchange_id: int | None = Field(default=None, foreign_key="exchange.id", index=True)
    decision_id: int | None = Field(default=None, foreign_key="decision.id", index=True)
    name: str = Field(max_length=attachments.NAME_LENGTH)
    kind: str = Field(max_length=attachments.KIND_LENGTH)  # a media type: application/pdf
    size: int  # bytes
    sha256: str = Field(max_length=64)  # of the bytes, checked whenever they are read
    attached_at: datetime = Field(default_factory=now_utc)
    attached_by: str = Field(max_length=120)
    archived_at: datetime | None = Field(default=None)


class AttachmentContent(SQLModel, table=True):
    """The bytes of one document (SQLite BLOB, PostgreSQL bytea), written once."""

    __tablename__ = "attachment_content"
    attachment_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("attachment.id"), primary_key=True, autoincrement=False
        )
    )
    data: bytes = Field(sa_column=sa.Column(sa.LargeBinary, nullable=False))


# --- Imports ----------------------------------------------------------------------------


class ImportBatch(SQLModel, table=True):
    """One import of a file: what was read, by whom, and what came of it. Undoing it
    archives every record it created (with audit entries), never deletes them."""

    __tablename__ = "import_batch"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=now_utc, index=True)
    who: str = Field(max_length=120)
    file_name: str = Field(max_length=260)
    sheet: str = Field(default="", max_length=120)
    record_type: str = Field(max_length=20)  # partnership, exchange, decision
    rows_new: int = 0
    rows_matched: int = 0
    rows_rejected: int = 0
    communities_new: int = 0
    undone_at: datetime | None = None
    undone_by: str = Field(default="", max_length=120)
    # Matched rows that filled in details the registry lacked (see ImportChange), and
    # archived partnerships the list named again, brought back.
    rows_filled: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    rows_restored: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # The newest audit entry the import itself wrote: any later entry on its records is a
    # change made since, which an undo must not silently take back.
    last_audit_id: int | None = None


class ImportChange(SQLModel, table=True):
    """A field an import filled in on a record it did not create (a year for a pair
    already in the registry, coordinates for a known town): what it was and what the
    import made it, so undoing the import puts it back."""

    __tablename__ = "import_change"
    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="import_batch.id", index=True)
    record_type: str = Field(max_length=40)
    record_id: int
    field: str = Field(max_length=60)
    old_value: str | None = None
    new_value: str | None = None


# --- Audit trail ------------------------------------------------------------------------


class AuditEntry(SQLModel, table=True):
    """One changed field of one record: who, when, old and new. Written in the same
    transaction as the change itself; never updated or removed."""

    __tablename__ = "audit_entry"
    __table_args__ = (sa.Index("ix_audit_record", "record_type", "record_id"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=now_utc, index=True)
    who: str = Field(max_length=120)
    action: str = Field(max_length=20)  # create, update, archive, restore
    record_type: str = Field(max_length=40)
    record_id: int
    field: str = Field(default="", max_length=60)
    old_value: str | None = None
    new_value: str | None = None


EDITABLE_TABLES = (Community, Partnership, Exchange, Decision)

# What the search boxes match, table by table (store/search.py): each column has its folded
# copy beside it, a trigram index on PostgreSQL and a full-text index on SQLite.
SEARCHED = {
    "community": ("name", "subdivision"),
    "partnership": ("coordinating_organization", "notes"),
    "exchange": ("title", "institutions", "notes"),
    "decision": DECISION_SEARCHED,
}
FOLDED_COPIES = frozenset(f"{c}_folded" for columns in SEARCHED.values() for c in columns)


def _fold_searched_text(_mapper, _connection, record) -> None:
    """Every ORM save keeps the folded copies in step with their columns, in the same
    INSERT or UPDATE (an unchanged copy is left out of the UPDATE)."""
    for column in SEARCHED[record.__tablename__]:
        setattr(record, f"{column}_folded", folded_copy(getattr(record, column)))


for _model in EDITABLE_TABLES:
    event.listen(_model, "before_insert", _fold_searched_text)
    event.listen(_model, "before_update", _fold_searched_text)
    for _column in SEARCHED[_model.__tablename__]:
        trigram_index(_model.__table__, _column)

for _table in SQLModel.metadata.tables.values():
    code_point_text(readable_values(_table))
