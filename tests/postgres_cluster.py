"""A throwaway PostgreSQL server for one test session, and a database per test.

The server is `initdb`'d into a temporary folder and listens only on a unix socket in that
folder (no TCP port to collide with another server), trusts local connections, and skips
fsync (nothing in it must survive a crash). It stops, and its folder goes, when the session
ends, also after a failure, Ctrl+C or SIGTERM; one left behind by a killed session
(SIGKILL) is stopped by the next. As root (CI), initdb refuses to run: the server then runs
as the `postgres` system user.

Its default collation is ICU's English, as an office server's would be, so a test that
passes here does not depend on the server sorting by code point the way SQLite does.

The registry connects as `clerk`, an ordinary role that owns its database (as the README
sets it up); the test session creates and drops databases as the superuser `postgres`.

SISTER_CITIES_TEST_POSTGRES chooses:
    unset or "auto"  start a server when PostgreSQL is installed, else skip those tests
    "required"       the same, but stop the whole session if no server can be started (CI)
    "off"            SQLite only
    a URL            use that server instead, as that role (it must be allowed to CREATE
                     DATABASE); the registry then connects as the same role
"""

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url

VARIABLE = "SISTER_CITIES_TEST_POSTGRES"
APP_ROLE = "clerk"
ADMIN_ROLE = "postgres"
FOLDER_PREFIX = "sister-cities-pg-"
SERVER_SETTINGS = {
    "listen_addresses": "",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
}


class Unavailable(Exception):
    """PostgreSQL cannot be used in this session; the message says why."""


def mode() -> str:
    value = os.environ.get(VARIABLE, "").strip()
    if "://" in value:
        return "url"
    return value.lower() or "auto"


def _bindir() -> Path:
    """The folder of initdb and pg_ctl: on PATH, else Debian's newest /usr/lib/postgresql."""
    if found := shutil.which("initdb"):
        return Path(found).resolve().parent
    versions = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not versions:
        raise Unavailable(
            "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql); "
            "`apt-get install postgresql` or your system's package runs these tests too"
        )
    newest = max(versions, key=lambda p: int(re.search(r"/(\d+)/bin/", p).group(1)))
    return Path(newest).parent


class Server:
    """A server this session may create databases on; `admin` runs CREATE/DROP DATABASE."""

    def __init__(self, admin_url: URL, app_url: URL):
        self.admin_url, self.app_url = admin_url, app_url
        self.admin: Engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self._names = itertools.count(1)
        self._session = f"t{os.getpid()}"

    def url(self, database: str) -> URL:
        return self.app_url.set(database=database)

    def new_name(self, label: str) -> str:
        return f"{self._session}_{label}_{next(self._names)}"

    def create_database(self, label: str, template: str | None = None) -> str:
        """A new database owned by the registry's role, empty or a copy of `template`."""
        name = self.new_name(label)
        source = template or "template0"
        owner = self.app_url.username
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE "{source}"')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self.admin.dispose()


def _ensure_app_role(admin: Engine) -> None:
    with admin.connect() as conn:
        if conn.execute(
            sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE}
        ).first():
            return
        conn.exec_driver_sql(f'CREATE ROLE "{APP_ROLE}" LOGIN')


class Cluster:
    """A server of our own in a temporary folder."""

    def __init__(self):
        self.bindir = _bindir()
        self.run_as = _unprivileged_user() if os.geteuid() == 0 else None
        self.root = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 5432  # only names the socket file: nothing listens on TCP
        (self.root / "owner.pid").write_text(str(os.getpid()))
        if self.run_as is not None:
            user = pwd.getpwnam(self.run_as)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.started = False

    def start(self) -> Server:
        atexit.register(self.stop)  # also if the session dies before its teardown
        _interrupt_on_sigterm()  # a cancelled CI job: tear down as after Ctrl+C
        self._initdb()
        options = [f"-k {self.root}", f"-p {self.port}"]
        options += [f"-c {key}={value!r}" for key, value in SERVER_SETTINGS.items()]
        self._run("pg_ctl", "-D", self.data, "-l", self.log, "-o", " ".join(options), "-w", "start")
        self.started = True
        base = URL.create(
            "postgresql+psycopg",
            port=self.port,
            query={"host": str(self.root)},
            database="postgres",
        )
        server = Server(base.set(username=ADMIN_ROLE), base.set(username=APP_ROLE))
        _ensure_app_role(server.admin)
        return server

    def _initdb(self) -> None:
        common = ["-D", self.data, "-U", ADMIN_ROLE, "-A", "trust", "-E", "UTF8", "--no-sync"]
        try:
            self._run("initdb", *common, "--locale-provider=icu", "--icu-locale=en-US")
        except Unavailable:  # a server built without ICU (or older than 15): its own default
            shutil.rmtree(self.data, ignore_errors=True)
            self._run("initdb", *common)

    def _run(self, program: str, *args) -> None:
        command = [str(self.bindir / program), *map(str, args)]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        result = subprocess.run(command, cwd=self.root, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise Unavailable(
                f"`{' '.join(command)}` failed ({result.returncode}): "
                f"{(result.stderr or result.stdout).strip()} {log.strip()}"
            )

    def stop(self) -> None:
        if self.started:
            command = [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate"]
            command += ["-w", "stop"]
            if self.run_as is not None:
                command = ["runuser", "-u", self.run_as, "--", *command]
            subprocess.run(command, capture_output=True, timeout=60)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


def _interrupt_on_sigterm() -> None:
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, signal.default_int_handler)


def _unprivileged_user() -> str:
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise Unavailable("running as root, and there is no `postgres` user to run the server as")


def stop_abandoned_clusters() -> None:
    """Stop the servers of earlier sessions that were killed before they could (SIGKILL)."""
    for root in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*"):
        try:
            owner = int((root / "owner.pid").read_text())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        with contextlib.suppress(OSError, ValueError):
            postmaster = int((root / "data" / "postmaster.pid").read_text().split()[0])
            os.kill(postmaster, signal.SIGQUIT)  # immediate shutdown
        shutil.rmtree(root, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def check_prerequisites() -> None:
    """Raise Unavailable if this session could not have a server, before starting one."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise Unavailable(
            "the PostgreSQL driver is not installed: pip install -e '.[postgres,test]'"
        ) from exc
    if mode() != "url":
        _bindir()
        if os.geteuid() == 0:
            _unprivileged_user()


def start() -> tuple[Server, Cluster | None]:
    """The server for this session, per SISTER_CITIES_TEST_POSTGRES. Raises Unavailable."""
    check_prerequisites()
    if mode() == "url":
        url = make_url(os.environ[VARIABLE])  # the registry connects as this role too
        return Server(url, url), None
    stop_abandoned_clusters()
    cluster = Cluster()
    try:
        return cluster.start(), cluster
    except BaseException:
        cluster.stop()
        raise
