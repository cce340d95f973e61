"""Helpers for the tests of source documents: files to attach, the sample's Norfolk -
Kaliningrad records, and what the registry holds, read behind the app's back."""

import errno
import hashlib
import os
import random
from pathlib import Path

import sqlalchemy as sa

from tests.databases import outside_connection


def a_file(folder: Path, name: str, size: int, seed: int = 1) -> Path:
    """A file of `size` bytes holding every byte value (NUL, 0xFF, CR LF ...) in no order:
    what a byte-for-byte round trip must bring back."""
    data = random.Random(seed).randbytes(size)
    path = folder / name
    path.write_bytes(data)
    return path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def norfolk_records(db) -> dict[str, int]:
    """The ids of Norfolk - Kaliningrad, its latest decision and its first exchange."""
    with outside_connection(db) as conn:
        pid = conn.execute(
            sa.text(
                "SELECT p.id FROM partnership p JOIN community l ON l.id = p.local_id "
                "JOIN community r ON r.id = p.partner_id "
                "WHERE l.name = 'Norfolk' AND r.name = 'Kaliningrad'"
            )
        ).scalar_one()
        did = conn.execute(
            sa.text(
                "SELECT id FROM decision WHERE partnership_id = :p ORDER BY decided_on DESC, id "
                "LIMIT 1"
            ),
            {"p": pid},
        ).scalar_one()
        eid = conn.execute(
            sa.text("SELECT min(id) FROM exchange WHERE partnership_id = :p"), {"p": pid}
        ).scalar_one()
    return {"partnership": pid, "decision": did, "exchange": eid}


def stored(db) -> list[tuple]:
    """(id, name, size, sha256, archived, the bytes) of every document, as kept."""
    with outside_connection(db) as conn:
        rows = conn.execute(
            sa.text(
                "SELECT a.id, a.name, a.size, a.sha256, a.archived_at IS NOT NULL, c.data "
                "FROM attachment a LEFT JOIN attachment_content c ON c.attachment_id = a.id "
                "ORDER BY a.id"
            )
        ).all()
    return [(*r[:4], bool(r[4]), bytes(r[5]) if r[5] is not None else None) for r in rows]


def document_entries(db) -> list[tuple]:
    """The audit trail's entries about documents: (action, id, field, new value)."""
    with outside_connection(db) as conn:
        rows = conn.execute(
            sa.text(
                "SELECT action, record_id, field, new_value FROM audit_entry "
                "WHERE record_type = 'attachment' ORDER BY id"
            )
        ).all()
    return [tuple(r) for r in rows]


def make_unreadable(path: Path, monkeypatch) -> None:
    """A file this user may not read. Root reads whatever the permissions say, so for
    root the system's refusal is given where the file is opened."""
    path.chmod(0)
    if not os.access(path, os.R_OK):
        return
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if Path(self) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
