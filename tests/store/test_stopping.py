"""A read nobody waits for any more stops where it is (the table's superseded queries)."""

import pytest
from sqlalchemy import text

from desktop.services.unit_of_work import reading
from desktop.store.errors import StoreError
from desktop.store.stopping import unless_unwanted

STOPPED = r"interrupted|cancel"  # SQLite's word, PostgreSQL's
# Ten million steps of SQLite's virtual machine: seconds, unless stopped.
LONG_COUNT = text(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000) "
    "SELECT count(*) FROM n"
)
SHORT_COUNT = text(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
    "SELECT count(*) FROM n"
)


def test_a_query_stops_once_a_newer_one_makes_it_stale(empty_db):
    """A long count, not wanted from its second look on: it ends there, with an error the
    table drops, instead of giving its answer."""
    asked = []

    def wanted() -> bool:
        asked.append(True)
        return len(asked) < 2

    stopped = pytest.raises(StoreError, match=STOPPED)
    with stopped, reading(empty_db) as session, unless_unwanted(session, wanted):
        session.execute(LONG_COUNT).scalar_one()
    assert len(asked) == 2


@pytest.mark.sqlite_only("SQLite asks at its own steps; a server's watcher asks on a clock")
def test_sqlite_stops_at_its_first_look_after_the_query_went_stale(empty_db):
    asked = []

    def wanted() -> bool:
        asked.append(True)
        return len(asked) < 3  # a newer query comes while it runs

    stopped = pytest.raises(StoreError, match="interrupted")
    with stopped, reading(empty_db) as session, unless_unwanted(session, wanted):
        session.execute(LONG_COUNT).scalar_one()
    assert len(asked) == 3  # stopped at the first look after it became stale


def test_a_query_still_wanted_runs_to_its_answer_and_the_connection_stays_usable(empty_db):
    stopped = pytest.raises(StoreError, match=STOPPED)
    with stopped, reading(empty_db) as session, unless_unwanted(session, lambda: False):
        session.execute(LONG_COUNT).scalar_one()
    # The same pooled connection is used again: the stale query's handler went with it.
    with reading(empty_db) as session, unless_unwanted(session, lambda: True):
        assert session.execute(SHORT_COUNT).scalar_one() == 100000
    with reading(empty_db) as session:
        assert session.execute(SHORT_COUNT).scalar_one() == 100000
