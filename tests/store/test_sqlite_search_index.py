"""On SQLite a search of three letters or more reads the trigram full-text indexes
(migration 0005), not every row, and finds exactly what a plain LIKE over every row finds;
the indexes follow every save, change and archive through their triggers."""

from datetime import date

import pytest
import sqlalchemy as sa

from desktop.domain.search_text import fold_for_search
from desktop.services import listing
from desktop.services.exchanges import update_exchange
from desktop.services.partnerships import update_partnership
from desktop.services.unit_of_work import reading
from desktop.store import listings
from desktop.store.queries import RecordFilter, count_statement
from desktop.store.record_queries import EXCHANGES

pytestmark = pytest.mark.sqlite_only("SQLite's own FTS5 indexes (PostgreSQL has pg_trgm)")
DAY = date(2026, 12, 1)


def plan(db, statement) -> str:
    sql = str(statement.compile(db.engine, compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as conn:
        return "\n".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_a_search_reads_the_indexes_not_every_row(sample_db):
    steps = plan(sample_db, count_statement(RecordFilter(as_of=DAY, search="Kalin")))
    for index in ("search_community", "search_partnership", "search_exchange", "search_decision"):
        assert f"SCAN {index} VIRTUAL TABLE INDEX" in steps
    assert "SCAN partnership\n" not in steps + "\n" and "SCAN exchange\n" not in steps + "\n"


def every_match_by_scanning(db, text: str) -> set[int]:
    """What reading every row finds, each value folded as the search folds it (the
    definition the index must keep): case and accents aside."""
    wanted = fold_for_search(text.strip())

    def has(*values) -> bool:
        return any(wanted in fold_for_search(v or "") for v in values)

    with db.engine.connect() as conn:
        places = {
            row[0]: has(row[1], row[2])
            for row in conn.exec_driver_sql("SELECT id, name, subdivision FROM community")
        }
        exchanges = {
            row[0]
            for row in conn.exec_driver_sql("SELECT partnership_id, institutions FROM exchange")
            if has(row[1])
        }
        decisions = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT partnership_id, actor_name, actor_body FROM decision"
            )
            if has(row[1], row[2])
        }
        return {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT id, local_id, partner_id, notes, coordinating_organization "
                "FROM partnership WHERE archived_at IS NULL"
            )
            if places[row[1]]
            or places[row[2]]
            or has(row[3], row[4])
            or row[0] in exchanges
            or row[0] in decisions
        }


@pytest.mark.parametrize(
    "text",
    ["Kal", "kaliningrad", "VIRGINIA", "Old Dominion", "Youngkin", "sister city", "Ăn", "coyoacan"],
)
def test_the_index_finds_what_a_scan_finds(sample_db, text):
    assert finds(sample_db, text) == every_match_by_scanning(sample_db, text)


def finds(db, text: str) -> set[int]:
    """The partnerships the search box shows for `text`."""
    return {r.id for r in listing.partnerships(db, RecordFilter(as_of=DAY, search=text))}


def test_the_indexes_follow_every_change(sample_db):
    assert finds(sample_db, "Marzipan Committee") == set()
    update_partnership(sample_db, 5, {"coordinating_organization": "Marzipan Committee"})
    assert finds(sample_db, "marzipan") == {5}
    update_partnership(sample_db, 5, {"coordinating_organization": "Gingerbread Guild"})
    assert finds(sample_db, "marzipan") == set() and finds(sample_db, "gingerbread") == {5}
    with sample_db.engine.connect() as conn:
        canceled = conn.exec_driver_sql(
            "SELECT min(id) FROM exchange WHERE status = 'canceled'"
        ).scalar()
    update_exchange(sample_db, canceled, {"institutions": "Tidewater Marzipan Academy"})
    with reading(sample_db) as session:
        assert listings.count(session, EXCHANGES, RecordFilter(search="marzipan academy")) == 1
    with sample_db.engine.begin() as conn:  # the index's own check of itself
        conn.exec_driver_sql(
            "INSERT INTO search_partnership(search_partnership) VALUES ('integrity-check')"
        )
        indexed = conn.execute(sa.text("SELECT count(*) FROM search_partnership")).scalar()
        rows = conn.execute(sa.text("SELECT count(*) FROM partnership")).scalar()
    assert indexed == rows
