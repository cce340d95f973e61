"""A save while another process holds the registry's write lock waits the busy timeout,
then says who holds it, on a file (the lock's process) and on a server (its session)."""

import subprocess
import sys
import textwrap

import pytest

from desktop.services.lookup import partnership_record
from desktop.services.partnerships import update_partnership
from desktop.store.database import open_database
from desktop.store.errors import DatabaseLocked
from tests.databases import target

HOLDER = textwrap.dedent(
    """
    import sys
    import sqlalchemy as sa
    from desktop.store.engine import for_writing, make_engine

    engine = make_engine(sys.argv[1])
    with for_writing(engine).begin() as conn:  # a colleague's long import, say
        conn.execute(sa.text("UPDATE alembic_version SET version_num = version_num"))
        print("holding", flush=True)
        sys.stdin.readline()
    """
)


def test_a_busy_registry_names_who_is_writing(sample_db):
    where = target(sample_db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, where],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    impatient = open_database(where, busy_timeout_ms=300)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(DatabaseLocked) as busy:
            update_partnership(impatient, 1, {"notes": "saved while busy"})
        message = str(busy.value)
        assert message.startswith(f"The database {impatient.describe()} is busy: ")
        if sample_db.path is not None:  # the operating system's lock list names the process
            assert f"(process {holder.pid}, user " in message
        else:  # the server's session list names the program and the database user
            assert "Sister City Registry (process " in message
            assert f", user {sample_db.who})" in message
        assert message.endswith(
            "is writing to it. Wait for it to finish, or close it, then try again."
        )
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    update_partnership(impatient, 1, {"notes": "saved once it was free"})
    assert partnership_record(impatient, 1)["notes"] == "saved once it was free"
    impatient.close()
