"""Shared fixtures: a fresh real database per test, headless Qt.

The tests of storage, services, reports and the command line (tests/store, services,
reports, cli) that use `blank_database`, `empty_db` or `sample_db` run twice: on SQLite and
on a PostgreSQL server the session starts for itself (tests/postgres_cluster.py). The
window's tests run on SQLite, except those marked `both_databases` (two clerks at once).
A test about the SQLite file itself (backups, pragmas, locks, a full disk) is marked
`sqlite_only("why")`. `python3 dev.py test -m "not postgresql"` runs SQLite only.
"""

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The place index (built from GeoNames once, about five seconds) is kept beside the tests'
# own cache, not in the user's: built once, then shared by every run and every process a
# test starts.
os.environ.setdefault(
    "SISTER_CITIES_CACHE", str(Path(__file__).resolve().parents[1] / ".pytest_cache" / "places")
)


import pytest

from desktop.services.opening import open_registry
from desktop.store.database import open_database
from tests import postgres_cluster

TESTS = Path(__file__).resolve().parent
ON_BOTH_DATABASES = {"store", "services", "reports", "cli"}


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about the SQLite file itself; never on PostgreSQL"
    )
    config.addinivalue_line("markers", "both_databases: a window test that also runs on PostgreSQL")
    config.addinivalue_line("markers", "postgresql: the PostgreSQL run of a test")


def pytest_sessionstart(session):
    """Where PostgreSQL is required (CI), say at once if it cannot be had."""
    if postgres_cluster.mode() == "required":
        try:
            postgres_cluster.check_prerequisites()
        except postgres_cluster.Unavailable as exc:
            raise pytest.UsageError(_required_but(exc)) from None


def _required_but(exc: Exception) -> str:
    return f"PostgreSQL is required ({postgres_cluster.VARIABLE}=required), but {exc}"


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    if _on_both_databases(metafunc.definition):
        metafunc.parametrize(
            "backend",
            ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
            indirect=True,
        )


def _on_both_databases(item) -> bool:
    if marker := item.get_closest_marker("sqlite_only"):
        if not marker.args:
            raise pytest.UsageError(f"{item.nodeid}: say why it is sqlite_only(...)")
        return False
    if item.get_closest_marker("both_databases"):
        return True
    return Path(item.path).relative_to(TESTS).parts[0] in ON_BOTH_DATABASES


@pytest.fixture
def backend(request) -> str:
    """ "sqlite" or "postgresql": which database this run of the test works on."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres():
    """The session's PostgreSQL server, started when the first test needs it."""
    if postgres_cluster.mode() == "off":
        pytest.skip(f"{postgres_cluster.VARIABLE}=off: SQLite only")
    try:
        server, cluster = postgres_cluster.start()
    except postgres_cluster.Unavailable as exc:
        if postgres_cluster.mode() == "required":
            pytest.fail(_required_but(exc), pytrace=False)
        pytest.skip(f"no PostgreSQL for these tests: {exc}")
    yield server
    server.close()
    if cluster is not None:
        cluster.stop()


@pytest.fixture(scope="session")
def _postgres_empty(postgres) -> str:
    """A migrated, empty registry on the server, copied for each test that wants one."""
    name = postgres.create_database("empty")
    open_database(postgres.url(name)).close()
    return name


@pytest.fixture(scope="session")
def _postgres_sample(postgres) -> str:
    name = postgres.create_database("sample")
    db, _ = open_registry(postgres.url(name))
    db.close()
    return name


def _postgres_copy(request, template: str | None):
    """A database of this test's own (a copy of `template`), dropped afterwards."""
    server = request.getfixturevalue("postgres")
    source = request.getfixturevalue(template) if template else None
    name = server.create_database("test", source)
    request.addfinalizer(lambda: server.drop_database(name))
    return server.url(name).render_as_string(hide_password=False)


@pytest.fixture
def blank_database(backend, request, tmp_path):
    """Where a new registry goes: a file not made yet, or an empty database on the server
    (an administrator creates that; the registry never creates databases)."""
    if backend == "sqlite":
        return tmp_path / "registry.sqlite"
    return _postgres_copy(request, None)


@pytest.fixture
def empty_db(backend, request, tmp_path):
    if backend == "sqlite":
        db = open_database(tmp_path / "registry.sqlite")
    else:
        db = open_database(_postgres_copy(request, "_postgres_empty"))
    yield db
    db.close()


@pytest.fixture(scope="session")
def _sample_file(tmp_path_factory):
    """The sample database is built once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    db, _ = open_registry(path)
    db.close()
    return path


@pytest.fixture
def sample_db(backend, request, tmp_path):
    if backend == "sqlite":
        target = tmp_path / "registry.sqlite"
        shutil.copy(request.getfixturevalue("_sample_file"), target)
    else:
        target = _postgres_copy(request, "_postgres_sample")
    db = open_database(target)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _own_settings_and_data(tmp_path, tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's settings, data folder (backups) or state
    folder (work in progress, the crash log); the state folder is outside tmp_path, so a
    test that lists what a command left in tmp_path sees only that."""
    monkeypatch.setenv("SISTER_CITIES_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("user-state")))


@pytest.fixture
def small_disk(tmp_path):
    """A real file system of 4 MB (tmpfs) to fill up: a full disk is a real ENOSPC / SQLITE_FULL,
    not a simulated one. Mounting needs root (CI runs as root); elsewhere the test is skipped."""
    from tests.full_disk import SmallDisk

    disk = SmallDisk.mount(tmp_path / "disk")
    yield disk
    disk.unmount()


@pytest.fixture
def fresh_sample(_sample_file, tmp_path):
    """For property tests, where one test runs many examples: a callable that puts the
    sample database back as it was and returns it open. The engine's connections are
    closed and the file copied over (a few ms), so every example starts from the same
    registry, and a failing one replays the same way."""
    target = tmp_path / "registry.sqlite"
    shutil.copy(_sample_file, target)
    db = open_database(target)

    def fresh():
        assert db.engine.pool.checkedout() == 0, "a connection was left open"
        db.engine.dispose()
        for leftover in ("-wal", "-shm"):
            Path(f"{target}{leftover}").unlink(missing_ok=True)
        shutil.copy(_sample_file, target)
        return db

    yield fresh
    db.close()
