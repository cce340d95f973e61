"""Rows written by `insert_rows` (an import's plain tuples) read back as a Core INSERT
would have written them: values converted by their column types, the search's folded
copies filled in by the columns' own defaults, found by the search."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from desktop.domain.enums import CommunityKind
from desktop.domain.validation import ValidationError
from desktop.services.unit_of_work import reading, transaction
from desktop.store.bulk_records import BULK_CACHE_KIB, roomy_page_cache
from desktop.store.bulk_rows import insert_rows
from desktop.store.community_queries import completions
from desktop.store.models import Community

MOMENT = datetime(2026, 3, 4, 5, 6, 7, 890, tzinfo=UTC)


def _row(name: str, subdivision: str, country: str) -> dict:
    return {
        "name": name,
        "subdivision": subdivision,
        "country": country,
        "kind": CommunityKind.CITY,
        "latitude": 46.4,
        "longitude": 6.59,
        "population": 9000,
        "created_at": MOMENT,
        "updated_at": MOMENT,
        "version": 1,
    }


def test_rows_read_back_as_written_and_are_found_by_the_search(empty_db):
    rows = [_row("Évian-les-Bains", "", "FR"), _row("Norfolk", "Virginia", "US")]
    rows += [_row(f"Town {i}", "", "DE") for i in range(12_000)]  # more than one chunk
    with transaction(empty_db) as session:
        insert_rows(session, Community.__table__, rows)
    with reading(empty_db) as session:
        evian = session.scalars(sa.select(Community).where(Community.country == "FR")).one()
        count = session.scalar(sa.select(sa.func.count()).select_from(Community))
        found = [c.name for c in completions(session, "evian", 5)]
        norfolk = session.scalars(sa.select(Community).where(Community.name == "Norfolk")).one()
    assert count == 12_002
    assert (evian.name, evian.kind, evian.latitude, evian.population) == (
        "Évian-les-Bains",
        CommunityKind.CITY,
        46.4,
        9000,
    )
    assert evian.created_at == MOMENT
    assert evian.name_folded == "evian-les-bains"  # the column's default, as on a Core INSERT
    assert norfolk.name_folded is None and norfolk.subdivision == "Virginia"
    assert found == ["Évian-les-Bains"]


def test_nothing_is_written_when_the_transaction_fails(empty_db):
    rows = [_row("Kaliningrad", "", "RU"), _row("Kaliningrad", "", "RU")]  # one place twice
    refused = pytest.raises(ValidationError, match="already in the registry")
    with refused, transaction(empty_db) as session:
        insert_rows(session, Community.__table__, rows[:1])
        insert_rows(session, Community.__table__, rows[1:])
    with reading(empty_db) as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Community)) == 0


@pytest.mark.sqlite_only("the page cache is a setting of the SQLite connection")
def test_a_bulk_write_gives_its_connection_back_with_the_usual_page_cache(empty_db):
    def cache_size(session) -> int:
        return session.connection().exec_driver_sql("PRAGMA cache_size").scalar()

    with transaction(empty_db) as session:
        usual = cache_size(session)
        with roomy_page_cache(session):
            assert cache_size(session) == -BULK_CACHE_KIB
        assert cache_size(session) == usual
    with pytest.raises(ValidationError), transaction(empty_db) as session:  # a failed write
        twice = [_row("Norfolk", "", "US")] * 2
        with roomy_page_cache(session):
            insert_rows(session, Community.__table__, twice)
    with transaction(empty_db) as session:  # the writing connection, from the pool
        assert cache_size(session) == usual


def test_audit_entries_as_tuples_read_back_as_the_same_entries_as_dicts(empty_db):
    """insert_tuples (an import's audit entries, values in column order) writes what
    insert_rows writes for the same values given as dicts."""
    from desktop.services.importing.bulk import ENTRY_COLUMNS
    from desktop.store.bulk_rows import insert_tuples
    from desktop.store.models import AuditEntry

    values = [
        (MOMENT, "clerk", "create", "community", n, field, None, text)
        for n in range(1, 6_001)  # more than one statement
        for field, text in (("name", f"Town {n}"), ("country", "DE"), ("notes", "Évian"))
    ]
    table = AuditEntry.__table__
    with transaction(empty_db) as session:
        insert_rows(session, table, [dict(zip(ENTRY_COLUMNS, v, strict=True)) for v in values])
        insert_tuples(session, table, ENTRY_COLUMNS, values)
    columns = [table.c[k] for k in ENTRY_COLUMNS]
    with reading(empty_db) as session:
        written = session.execute(sa.select(*columns).order_by(table.c.id)).all()
    assert len(written) == 2 * len(values)
    assert written[: len(values)] == written[len(values) :]
    assert tuple(written[0][1:]) == values[0][1:]
    with pytest.raises(ValueError, match="no value for at"), transaction(empty_db) as session:
        insert_tuples(session, table, ENTRY_COLUMNS[1:], [v[1:] for v in values[:1]])
