"""Who holds the registry's write lock, in words a clerk can act on.

SQLite locks with POSIX byte-range locks, which Linux lists in /proc/locks with the pid of
the holder. In WAL mode the writer holds byte 120 of the `-shm` file (SQLite's
WAL_WRITE_LOCK; readers hold only the bytes after it); a connection in exclusive or
rollback-journal mode holds a write lock on the database file itself. Elsewhere (Windows,
macOS) there is no such list, and the message stays general.

On PostgreSQL a writing transaction holds the registry's advisory lock (engine.py), which
the server lists in pg_locks beside who holds it in pg_stat_activity.
"""

import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from desktop.store.engine import WRITER_LOCK_KEY

PROC_LOCKS = Path("/proc/locks")
WAL_WRITE_LOCK_BYTE = 120


@dataclass(frozen=True)
class LockHolder:
    pid: int
    program: str  # "Sister City Registry (import)", "sqlite3", "DB Browser for SQLite" ...
    user: str  # the login name, when it can be read

    def describe(self) -> str:
        who = f", user {self.user}" if self.user else ""
        return f"{self.program} (process {self.pid}{who})"


def lock_holders(database: Path) -> list[LockHolder]:
    """The processes holding a write lock on `database` (empty when none can be seen)."""
    try:
        table = PROC_LOCKS.read_text()
    except OSError:
        return []
    files = {}
    for suffix, whole_file in (("", True), ("-shm", False)):
        try:
            st = os.stat(f"{database}{suffix}")
        except OSError:
            continue
        files[(os.major(st.st_dev), os.minor(st.st_dev), st.st_ino)] = whole_file
    pids = []
    for line in table.splitlines():
        pid = _writer_pid(line, files)
        if pid is not None and pid not in pids:
            pids.append(pid)
    return [_describe(pid) for pid in pids]


def server_lock_holders(engine: Engine) -> list[LockHolder]:
    """Who holds the registry's writer lock on a PostgreSQL server (empty if nobody can be
    seen: the lock was let go meanwhile, or the server hides other users' sessions)."""
    if engine.dialect.name != "postgresql":
        return []
    query = sa.text(
        "SELECT a.pid, a.usename, a.application_name, a.client_addr "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        "AND l.classid = :high AND l.objid = :low"
    )
    key = {"high": WRITER_LOCK_KEY >> 32, "low": WRITER_LOCK_KEY & 0xFFFF_FFFF}
    try:
        with engine.connect() as conn:
            rows = conn.execute(query, key).all()
    except DBAPIError:
        return []
    return [
        LockHolder(
            pid=pid,
            program=(app or "a program") + (f" on {host}" if host else ""),
            user=user or "",
        )
        for pid, user, app, host in rows
    ]


def _writer_pid(line: str, files: dict[tuple[int, int, int], bool]) -> int | None:
    # "1: POSIX  ADVISORY  WRITE 3717 fe:00:2156236 120 120"
    parts = line.split()
    if "->" in parts:  # a waiter, listed under the lock it waits for
        return None
    try:
        kind, pid, where, start = parts[3], int(parts[4]), parts[5], parts[6]
        major, minor, inode = where.split(":")
        key = (int(major, 16), int(minor, 16), int(inode))
    except (IndexError, ValueError):
        return None
    if kind != "WRITE" or key not in files:
        return None
    whole_file = files[key]
    if whole_file or start == str(WAL_WRITE_LOCK_BYTE):
        return pid
    return None


def _describe(pid: int) -> LockHolder:
    proc = Path(f"/proc/{pid}")
    try:
        words = (proc / "cmdline").read_bytes().split(b"\0")
        command = [w.decode(errors="replace") for w in words if w]
    except OSError:
        command = []
    return LockHolder(pid=pid, program=_program(command), user=_user(proc))


def _program(command: list[str]) -> str:
    if not command:
        return "another program"
    text = " ".join(command)
    if "sister-cities" in text or "-m desktop" in text:
        for task in ("import", "restore", "backup", "copy", "init", "export", "print"):
            if task in command:
                return f"Sister City Registry ({task})"
        return "Sister City Registry"
    name = Path(command[0]).name
    if name.startswith("python") and len(command) > 1:
        return f"{name} {Path(command[1]).name}"
    return {"sqlitebrowser": "DB Browser for SQLite"}.get(name, name)


def _user(proc: Path) -> str:
    try:
        uid = proc.stat().st_uid
        import pwd  # POSIX only, as is /proc

        return pwd.getpwuid(uid).pw_name
    except (OSError, KeyError, ImportError):
        return ""
