"""On PostgreSQL a keystroke in the search box reads the trigram indexes (migration 0004),
not every row: with 100,000 partnerships the planner's plan for the window's page and its
count uses them, and finds exactly the partnerships a plain scan finds. (Whether it is
faster is for a benchmark; whether the plan uses the index is a fact the tests can keep.)"""

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from desktop.services import listing
from desktop.store.database import open_database
from desktop.store.queries import RecordFilter, count_statement, page_statement

pytestmark = pytest.mark.postgresql

SYLLABLES = [
    "ka", "li", "nin", "grad", "pe", "ter", "burg", "mos", "kov", "no", "vo", "si",
    "ro", "stov", "sa", "ma", "ra", "vla", "di", "mir", "to", "ver", "tu", "la",
]  # fmt: skip
LOCALS, PARTNERS_PER_LOCAL = 200, 500  # 100,000 partnerships

# Communities named from three syllables ("Vlaburgsi 17"), partnerships between the first
# 200 and the next 500, each with an organisation named from two ("Tomos Friendship
# Society") and notes; then the planner's statistics. hashtext() scatters the syllables.
BUILD = """
INSERT INTO community (created_at, updated_at, kind, name, subdivision, country,
                       binding_actor_types, version)
SELECT now(), now(), 'city',
       initcap(s[1 + abs(hashtext('a' || i)) % 24] || s[1 + abs(hashtext('b' || i)) % 24]
               || s[1 + abs(hashtext('c' || i)) % 24]) || ' ' || i,
       '', CASE WHEN i <= :locals THEN 'US' ELSE 'RU' END, 'governing_body', 1
FROM generate_series(1, :locals + :partners) AS i, (SELECT CAST(:syllables AS text[])) AS t(s);

INSERT INTO partnership (created_at, updated_at, local_id, partner_id, kind,
    coordinating_organization, local_signatory_name, local_signatory_title,
    partner_signatory_name, partner_signatory_title, notes, local_sort, partner_sort,
    partner_country, version)
SELECT now(), now(), l.id, p.id, 'sister_city',
       initcap(s[1 + abs(hashtext('o' || l.id || '-' || p.id)) % 24]
               || s[1 + abs(hashtext('r' || l.id || '-' || p.id)) % 24]) || ' Friendship Society',
       '', '', '', '', 'Minutes ' || (l.id * 1000 + p.id) || ' of the twinning committee',
       lower(l.name), lower(p.name), p.country, 1
FROM community l JOIN community p ON l.id <= :locals AND p.id > :locals,
     (SELECT CAST(:syllables AS text[])) AS t(s);

ANALYZE;
"""


@pytest.fixture(scope="module")
def big_registry(postgres, _postgres_empty):
    name = postgres.create_database("big", _postgres_empty)
    db = open_database(postgres.url(name))
    with db.engine.begin() as conn:
        for statement in BUILD.split(";"):
            if statement.strip():
                conn.execute(
                    sa.text(statement),
                    {
                        "locals": LOCALS,
                        "partners": PARTNERS_PER_LOCAL,
                        "syllables": SYLLABLES,
                    },
                )
    yield db
    db.close()
    postgres.drop_database(name)


def plan(db, statement) -> str:
    compiled = statement.compile(
        dialect=postgresql.psycopg.dialect(), compile_kwargs={"render_postcompile": True}
    )
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
        return "\n".join(r[0] for r in rows)


def test_a_search_keystroke_reads_the_trigram_indexes(big_registry):
    f = RecordFilter(as_of=date(2024, 1, 1), search="vlaburg")
    for statement in (page_statement(f, limit=200), count_statement(f)):
        text = plan(big_registry, statement)
        assert "Bitmap Index Scan on ix_partnership_notes_trgm" in text, text
        assert "Bitmap Index Scan on ix_partnership_coordinating_organization_trgm" in text
        # ... rather than testing the text of each of the 100,000 rows:
        filters = [line for line in text.splitlines() if "Filter:" in line]
        assert not [line for line in filters if "notes" in line or "organization" in line]


def test_the_index_finds_what_reading_every_row_finds(big_registry):
    f = RecordFilter(as_of=date(2024, 1, 1), search="VLAburg")
    found = {r.id for r in listing.partnerships(big_registry, f)}
    with big_registry.engine.connect() as conn:
        scanned = set(
            conn.execute(
                sa.text(
                    "SELECT p.id FROM partnership p JOIN community l ON l.id = p.local_id "
                    "JOIN community r ON r.id = p.partner_id WHERE lower(l.name) LIKE :t "
                    "OR lower(r.name) LIKE :t OR lower(p.notes) LIKE :t "
                    "OR lower(p.coordinating_organization) LIKE :t"
                ),
                {"t": "%vlaburg%"},
            ).scalars()
        )
    assert found == scanned and len(found) == listing.count(big_registry, f) > 0


def test_a_page_sorted_by_partner_country_walks_its_index(big_registry):
    statement = page_statement(RecordFilter(as_of=date(2024, 1, 1)), order_by="country", limit=200)
    text = plan(big_registry, statement)
    assert "Index Scan using ix_partnership_by_country_name" in text, text
    page = text.split("SubPlan")[0]  # the status of each row is looked up below this
    assert "Sort Key" not in page, text
