"""Headless commands start fast: Qt never loads for them, Alembic only when a migration is
due, and a listing of a registry file loads no SQL toolkit (the time each would take is
bench/commands.py's; here, which packages a command loads, seen from its own process)."""

import json
import subprocess
import sys

import pytest

HEAVY = ("PySide6", "shiboken6", "alembic", "mako", "sqlalchemy", "sqlmodel", "openpyxl")
LOADED = (
    "import json, sys\n"
    "from desktop.app import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "print(json.dumps([code, sorted({m.split('.')[0] for m in sys.modules})]), file=sys.stderr)\n"
)

pytestmark = pytest.mark.sqlite_only("which packages a command loads; the file is the case")


def loaded(*args: str) -> list[str]:
    """The heavy packages `sister-cities ARGS` loaded (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED, *args], capture_output=True, text=True, check=True
    )
    code, packages = json.loads(done.stderr.strip().splitlines()[-1])
    assert code == 0, done.stderr
    return [name for name in HEAVY if name in packages]


@pytest.fixture
def registry(sample_db):
    sample_db.close()
    return str(sample_db.path)


def test_a_listing_of_a_file_loads_no_qt_and_no_sql_toolkit(registry):
    for fmt in ("csv", "json", "table"):
        assert loaded("--db", registry, "partnerships", "--format", fmt) == []
    assert (
        loaded("--db", registry, "partnerships", "--local", "NORFOLK", "--status", "active") == []
    )


def test_no_headless_command_loads_qt(registry, tmp_path):
    for args in (
        ["check"],
        ["backup", "--list"],
        ["imports"],
        ["init"],
        ["export", str(tmp_path / "briefing.xlsx")],
    ):
        packages = loaded("--db", registry, *args)
        assert "PySide6" not in packages and "shiboken6" not in packages, args


def test_alembic_loads_only_when_a_migration_is_due(registry, tmp_path):
    assert "alembic" not in loaded("--db", registry, "init")  # up to date
    assert "alembic" not in loaded("--db", registry, "check")
    assert "alembic" in loaded("--db", str(tmp_path / "new.sqlite"), "init", "--empty")
