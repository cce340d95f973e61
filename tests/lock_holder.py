"""Another process that holds a registry's write lock, as a second clerk's long import or a
database tool left open would, until the test lets go."""

import subprocess
import sys
from contextlib import contextmanager

HOLD = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    con.execute("PRAGMA locking_mode = EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
else:
    con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE alembic_version SET version_num = version_num")
print("holding", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
"""


@contextmanager
def holding_the_write_lock(path, *, exclusive: bool = False):
    """Yield the holding process; it rolls back and ends when the block is left."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), "exclusive" if exclusive else "immediate"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        yield holder
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
