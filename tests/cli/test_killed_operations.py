"""`sister-cities backup`, `restore`, `export` and `copy` killed with SIGKILL at random
moments (the sibling of test_killed_import.py, on a registry of 2,116 partnerships with
long notes, about 20 MB): after every kill, each is all or nothing, and the next start
of the app leaves nothing behind.

- backup: no new backup, or one that passes SQLite's full check and holds every record;
- restore: the registry passes the check and is the one before or the backup with the
  record of its restore, never a mix; the copy of the replaced registry is whole or not
  there;
- export: no workbook, or the whole one;
- copy --to a new file: no file there, or the whole registry (every table counted).

Then one ordinary command starts (`partnerships`) and must clear what the kill left:
no part file beside the registry or the export, nothing in the system's temporary folder
(openpyxl's spool files went there), no journal entry naming work in progress.

Half the kills land anywhere in the run, half once the command has begun writing (its
part file has appeared beside the destination, or, for a restore, the live registry's
log has begun to grow), so the test cannot pass by always killing too early or too late;
it counts the kills that landed while a part file was there. KILLED_IMPORT_SEED draws the
same moments again.
"""

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest

from desktop.store.backups import integrity_problems
from tests.cli.test_killed_import import SEED, write_list

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only"),
]

KILLS_EACH = 3  # one anywhere, two while writing, for each of the four commands
MIN_WITH_PART = 6  # kills (of the 12) that must land while a part file is on disk
WORDS = [
    "council",
    "visit",
    "youth",
    "orchestra",
    "trade",
    "delegation",
    "school",
    "letter",
    "mayor",
    "museum",
]


@pytest.fixture(scope="module")
def registry(tmp_path_factory, _sample_file) -> Path:
    """The sample registry, 2,000 new partnerships imported, each with 2 KB of notes."""
    folder = tmp_path_factory.mktemp("killed-operations")
    path = folder / "registry.sqlite"
    shutil.copy(_sample_file, path)
    listing = write_list(folder / "new partners.xlsx", random.Random(SEED))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(path),
            "import",
            str(listing),
            "--local-country",
            "United States",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    rng = random.Random(SEED)
    con = sqlite3.connect(path)
    ids = [i for (i,) in con.execute("SELECT id FROM partnership")]
    con.executemany(
        "UPDATE partnership SET notes = ? WHERE id = ?",
        [(" ".join(rng.choice(WORDS) for _ in range(300)), i) for i in ids],
    )
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = ["community", "partnership", "exchange", "decision", "audit_entry"]
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


@dataclass
class Place:
    """One trial's own folder: the registry, the backup it may restore, where exports and
    copies go, its own temporary folder and user data folder."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / "registry.sqlite"

    @property
    def env(self) -> dict[str, str]:
        return os.environ | {
            "TMPDIR": str(self.root / "tmp"),
            "XDG_DATA_HOME": str(self.root / "data"),
            "XDG_STATE_HOME": str(self.root / "state"),
            "SISTER_CITIES_SETTINGS": str(self.root / "settings.ini"),
        }

    def parts(self) -> list[Path]:
        return [p for p in self.root.iterdir() if p.name.startswith(".") and ".part" in p.name]

    def leftovers(self) -> list[str]:
        found = [p.name for p in self.parts()]
        found += [f"tmp/{p.name}" for p in (self.root / "tmp").iterdir()]
        journal = self.root / "state" / "sister-city-registry" / "in-progress"
        if journal.is_dir():
            found += [f"journal/{p.name}" for p in journal.iterdir()]
        return found


def prepare(root: Path, registry: Path, old: Path) -> Place:
    root.mkdir()
    (root / "tmp").mkdir()
    shutil.copy(registry, root / "registry.sqlite")
    shutil.copy(old, root / "old.sqlite")
    return Place(root)


COMMANDS = {
    "backup": lambda p: ["backup"],
    "restore": lambda p: ["restore", str(p.root / "old.sqlite")],
    "export": lambda p: ["export", str(p.root / "briefing.xlsx")],
    "copy": lambda p: ["copy", "--to", str(p.root / "copy.sqlite")],
}


def start(place: Place, command: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--db", str(place.db), *COMMANDS[command](place)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=place.env,
    )


def writing(place: Place, command: str) -> bool:
    if place.parts():
        return True
    wal = Path(f"{place.db}-wal")
    return command == "restore" and wal.exists() and wal.stat().st_size > 64 * 1024


@dataclass
class Measured:
    seconds: float
    writing: float  # from the first sign of writing to the last


def measure(place: Place, command: str) -> Measured:
    proc = start(place, command)
    started = time.monotonic()
    began = last = None
    while proc.poll() is None:
        if writing(place, command):
            began = began or time.monotonic()
            last = time.monotonic()
        time.sleep(0.001)
    assert proc.returncode == 0, command
    assert began is not None, f"{command}: never seen writing"
    return Measured(time.monotonic() - started, last - began)


@dataclass
class Trial:
    command: str
    kind: str  # "anywhere" or "writing"
    at: float  # seconds from the start, or from the first sign of writing
    killed: bool = False
    with_part: bool = False
    outcome: str = ""
    left: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        how = "killed" if self.killed else "had finished"
        part = ", a part file on disk" if self.with_part else ""
        return f"{self.command} {self.kind} at {self.at:.3f}s: {how}{part}, {self.outcome}"


def kill(place: Place, trial: Trial) -> None:
    proc = start(place, trial.command)
    if trial.kind == "writing":
        while proc.poll() is None and not writing(place, trial.command):
            time.sleep(0.0005)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=trial.at)
    trial.with_part = bool(place.parts())
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    trial.killed = proc.returncode == -signal.SIGKILL


def next_start(place: Place) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(place.db), "partnerships", "--format", "csv"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=place.env,
    )
    assert done.returncode == 0, done.stderr


def judge(place: Place, trial: Trial, before: dict, old: dict, workbook_rows: int) -> None:
    where = f"seed {SEED}: {trial}"
    assert integrity_problems(place.db) == [], where
    now = counts(place.db)
    if trial.command == "backup":
        made = list(place.root.glob("registry.backup-*.sqlite"))
        assert len(made) <= 1, where
        for backup in made:
            assert integrity_problems(backup) == [] and counts(backup) == before, where
        trial.outcome = "all" if made else "none"
    elif trial.command == "restore":
        # the restored registry comes with the record of its restore, never without it
        old = old | {"audit_entry": old["audit_entry"] + 1}
        assert now in (before, old), f"{where}: a mix, {now}"
        for kept in place.root.glob("registry.before-restore-*.sqlite"):
            assert integrity_problems(kept) == [] and counts(kept) == before, where
        trial.outcome = "all" if now == old else "none"
    elif trial.command == "export":
        out = place.root / "briefing.xlsx"
        if out.exists():
            wb = openpyxl.load_workbook(out, read_only=True)
            assert wb["Partnerships"].max_row == workbook_rows, where
            wb.close()
        trial.outcome = "all" if out.exists() else "none"
    else:
        copy = place.root / "copy.sqlite"
        if copy.exists():
            assert integrity_problems(copy) == [] and counts(copy) == before, where
        trial.outcome = "all" if copy.exists() else "none"
    if trial.command != "restore":
        assert now == before, where
    next_start(place)
    trial.left = place.leftovers()
    assert trial.left == [], f"{where}: left behind {trial.left}"


def test_killed_backups_restores_exports_and_copies_are_all_or_nothing(
    registry, tmp_path, _sample_file
):
    rng = random.Random(SEED + 1)
    before, old = counts(registry), counts(_sample_file)
    numbers = iter(range(1000))

    def place() -> Place:
        return prepare(tmp_path / f"trial-{next(numbers)}", registry, _sample_file)

    runs, workbook_rows = {}, 0
    for command in COMMANDS:
        measured = place()
        runs[command] = measure(measured, command)
        if command == "export":
            wb = openpyxl.load_workbook(measured.root / "briefing.xlsx", read_only=True)
            workbook_rows = wb["Partnerships"].max_row
            wb.close()
    trials = []
    for command, run in runs.items():
        for kind in ("anywhere", "writing", "writing")[:KILLS_EACH]:
            span = run.seconds if kind == "anywhere" else run.writing
            trials.append(Trial(command, kind, rng.uniform(0, span)))
    started = time.monotonic()
    places = [place() for _ in trials]

    def run_trial(spot: Place, trial: Trial) -> None:
        kill(spot, trial)
        judge(spot, trial, before, old, workbook_rows)

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(run_trial, places, trials))
    summary = "\n".join(f"{i:2}. {t}" for i, t in enumerate(trials))
    print(f"\nseed {SEED}: {len(trials)} trials in {time.monotonic() - started:.1f}s\n{summary}")
    assert sum(t.killed for t in trials) >= len(trials) - 4, summary
    assert sum(t.killed and t.with_part for t in trials) >= MIN_WITH_PART, summary
    for command in COMMANDS:
        assert any(t.killed and t.command == command and t.kind == "writing" for t in trials)
