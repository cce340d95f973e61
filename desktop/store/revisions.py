"""Which schema revisions this version of the app knows, and which is the newest, read
from the migration files without loading Alembic; and which one a database records, read
with one SELECT.

Every opening of the registry asks these questions; Alembic (and Mako under it) took a
tenth of a second to load for them, on every start and every command. It is loaded only
when a migration is due (store/migrate.py). A test holds this module to Alembic's answers.
"""

import re
from functools import cache
from pathlib import Path

VERSIONS = Path(__file__).with_name("migrations") / "versions"
VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*['"]([^'"]+)['"]""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\b[^=\n]*=\s*(?:['"]([^'"]+)['"]|None)""", re.MULTILINE)
CURRENT_SQL = f"SELECT version_num FROM {VERSION_TABLE}"


@cache
def _down_revisions() -> dict[str, str | None]:
    """Each migration's revision and the one it follows (None for the first)."""
    found: dict[str, str | None] = {}
    for script in sorted(VERSIONS.glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        if revision is None:
            continue
        down = _DOWN.search(text)
        found[revision.group(1)] = down.group(1) if down else None
    return found


def known_revisions() -> set[str]:
    return set(_down_revisions())


def head_revision() -> str:
    """The one revision no other follows (the migrations are one line, never branched)."""
    graph = _down_revisions()
    followed = set(graph.values())
    heads = [r for r in graph if r not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads[0]
