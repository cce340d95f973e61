"""search folds accents and case; partnerships sort by the partner country's name

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 10:00:00

- Every searched column gets a folded copy `<column>_folded` (accents and case away, see
  domain/search_text.py), filled only where the text goes beyond ASCII; the search compares
  coalesce(copy, text). On SQLite the full-text indexes of 0005 are made again over that
  (an FTS5 table whose content is a view of it, kept by triggers); on PostgreSQL the
  trigram indexes of 0004 are made again on the same expression, under the same names.
- `partnership.partner_country_name`: the partner country's name folded for sorting
  ("russia"), beside its code, with an index (partner_country_name, partner_sort, id) so
  the table sorts by the name the clerk sees, off an index at a million rows.

Columns are added with ALTER TABLE ADD COLUMN (no batch copy of the tables), so the tables'
other triggers and indexes stay as they are. A later migration that rebuilds a searched
table (Alembic's batch mode on SQLite) drops its search triggers with it and must make them
again as `_create_sqlite_index(table, columns, folded=True)` here does (0005's
`create_triggers` indexes the columns as typed, not their folded copies).
"""
import unicodedata
from collections.abc import Sequence

import pycountry
import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCHED = {
    "community": ("name", "subdivision"),
    "partnership": ("coordinating_organization", "notes"),
    "exchange": ("title", "institutions", "notes"),
    "decision": ("actor_name", "actor_title", "actor_body", "rationale", "condition",
                 "source_title", "source_author"),
}
CHUNK = 2000


def upgrade() -> None:
    bind = op.get_bind()
    postgresql = bind.dialect.name == "postgresql"
    text = sa.String().with_variant(sa.String(collation="C"), "postgresql")
    for table, columns in SEARCHED.items():
        for column in columns:
            op.add_column(table, sa.Column(f"{column}_folded", text, nullable=True))
    op.add_column("partnership", sa.Column(
        "partner_country_name", sa.String(80).with_variant(sa.String(80, collation="C"),
                                                            "postgresql"),
        nullable=False, server_default=""))
    for table, columns in SEARCHED.items():
        for column in columns:
            _fill_folded(bind, table, column)
    _fill_country_names(bind)
    op.create_index("ix_partnership_by_country_name", "partnership",
                    ["partner_country_name", "partner_sort", "id"], unique=False)
    if postgresql:
        for table, columns in SEARCHED.items():
            for column in columns:
                name = f"ix_{table}_{column}_trgm"
                op.drop_index(name, table_name=table)
                op.execute(f"CREATE INDEX {name} ON {table} USING gin "
                           f"((coalesce({column}_folded, {column})) gin_trgm_ops)")
    elif bind.dialect.name == "sqlite":
        for table, columns in SEARCHED.items():
            _drop_sqlite_index(table)
            _create_sqlite_index(table, columns, folded=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, columns in SEARCHED.items():
            for column in columns:
                name = f"ix_{table}_{column}_trgm"
                op.drop_index(name, table_name=table)
                op.create_index(name, table, [column], postgresql_using="gin",
                                postgresql_ops={column: "gin_trgm_ops"})
    elif bind.dialect.name == "sqlite":
        for table, columns in SEARCHED.items():
            _drop_sqlite_index(table)
            _create_sqlite_index(table, columns, folded=False)
    op.drop_index("ix_partnership_by_country_name", table_name="partnership")
    op.drop_column("partnership", "partner_country_name")
    for table, columns in SEARCHED.items():
        for column in columns:
            op.drop_column(table, f"{column}_folded")


# --- the folded copies (the app's own rule, domain/search_text.py, as it stood) -----------

WHOLE_LETTERS = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D",
})


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(WHOLE_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fill_folded(bind, table: str, column: str) -> None:
    """Only rows whose text goes beyond ASCII need a copy: found by the database itself."""
    if bind.dialect.name == "postgresql":
        beyond_ascii = f"{column} ~ '[^\\x01-\\x7f]'"
    else:
        beyond_ascii = f"{column} GLOB '*[^' || char(1) || '-' || char(127) || ']*'"
    rows = bind.execute(sa.text(f"SELECT id, {column} FROM {table} WHERE {beyond_ascii}")).all()
    update = sa.text(f"UPDATE {table} SET {column}_folded = :folded WHERE id = :id")
    changes = [{"id": row[0], "folded": _folded(row[1])} for row in rows if not row[1].isascii()]
    for start in range(0, len(changes), CHUNK):
        bind.execute(update, changes[start:start + CHUNK])


def _country_sort_name(code: str) -> str:
    short = {"RU": "Russia", "KR": "South Korea", "KP": "North Korea", "GB": "United Kingdom",
             "US": "United States", "IR": "Iran", "SY": "Syria", "VN": "Vietnam",
             "TR": "Turkey", "CZ": "Czech Republic", "MD": "Moldova", "TZ": "Tanzania",
             "VE": "Venezuela", "BO": "Bolivia", "LA": "Laos", "CD": "DR Congo", "XK": "Kosovo"}
    country = pycountry.countries.get(alpha_2=code)
    name = short.get(code) or (getattr(country, "common_name", None) or country.name
                               if country else code)
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(folded.lower().split())[:80]


def _fill_country_names(bind) -> None:
    """One UPDATE per partner country (off the index on partner_country)."""
    codes = bind.execute(sa.text("SELECT DISTINCT partner_country FROM partnership")).scalars()
    update = sa.text("UPDATE partnership SET partner_country_name = :name "
                     "WHERE partner_country = :code")
    for code in list(codes):
        if code:
            bind.execute(update, {"code": code, "name": _country_sort_name(code)})


# --- SQLite's full-text indexes -----------------------------------------------------------


def _drop_sqlite_index(table: str) -> None:
    index = f"search_{table}"
    for event in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {index}_{event}")
    op.execute(f"DROP TABLE IF EXISTS {index}")
    op.execute(f"DROP VIEW IF EXISTS {index}_text")


def _create_sqlite_index(table: str, columns: Sequence[str], *, folded: bool) -> None:
    """The trigram index of what the search compares. With `folded`, its content is the view
    `search_<table>_text` (each column's folded copy, else the column), so the index's own
    'rebuild' and 'integrity-check' read the same text the triggers give it; without, the
    table itself, as 0005 made it."""
    index, names = f"search_{table}", ", ".join(columns)
    if folded:
        shown = ", ".join(f"coalesce({c}_folded, {c}) AS {c}" for c in columns)
        op.execute(f"CREATE VIEW {index}_text AS SELECT id, {shown} FROM {table}")
        content = f"{index}_text"

        def values(row: str) -> str:
            return ", ".join(f"coalesce({row}.{c}_folded, {row}.{c})" for c in columns)

        watched = ", ".join([*columns, *(f"{c}_folded" for c in columns)])
    else:
        content = table

        def values(row: str) -> str:
            return ", ".join(f"{row}.{c}" for c in columns)

        watched = names
    op.execute(
        f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{content}', "
        f"content_rowid='id', tokenize='trigram')"
    )
    forget = (f"INSERT INTO {index}({index}, rowid, {names}) "
              f"VALUES ('delete', old.id, {values('old')});")
    learn = f"INSERT INTO {index}(rowid, {names}) VALUES (new.id, {values('new')});"
    op.execute(f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {learn} END")
    op.execute(f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {forget} END")
    op.execute(f"CREATE TRIGGER {index}_update AFTER UPDATE OF {watched} ON {table} "
               f"BEGIN {forget} {learn} END")
    op.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
