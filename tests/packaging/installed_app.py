"""What a clerk's workstation does with an installed app, checked the same way for the
bundle and for the wheel: the commands on a fresh registry in a new home folder, then the
window (offscreen) for as long as it takes to back the registry up and build the place
index.

Each run starts from a home folder of its own, in a working folder of its own that must
stay empty: an installed app keeps its registry in the user's data folder, never in
whatever folder it was started from.
"""

import json
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from desktop import __version__
from tests.pdf_reading import page_texts

APP_FOLDER = "sister-city-registry"
# Variables that would point the app at the developer's own registry, settings or caches.
LEFT_OUT = (
    "SISTER_CITIES_DB",
    "SISTER_CITIES_SETTINGS",
    "SISTER_CITIES_CACHE",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "PYTHONPATH",
    "PYTHONHOME",
    "VIRTUAL_ENV",
)


@dataclass
class Workstation:
    """A new user's home folder and the folder the app is started from."""

    home: Path
    started_in: Path

    @classmethod
    def new(cls, root: Path) -> "Workstation":
        home, started_in = root / "home", root / "started-in"
        home.mkdir(parents=True)
        started_in.mkdir()
        return cls(home, started_in)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in LEFT_OUT}
        return env | {"HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen"}

    @property
    def data_folder(self) -> Path:
        return self.home / ".local" / "share" / APP_FOLDER

    @property
    def registry(self) -> Path:
        return self.data_folder / "registry.sqlite"

    def run(self, command: list[str], *args: str, timeout: float = 180) -> str:
        done = subprocess.run(
            [*command, *args],
            cwd=self.started_in,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stderr}"
        assert "Traceback" not in done.stderr, done.stderr
        return done.stdout

    def error_logs(self) -> list[Path]:
        return sorted(self.home.rglob("errors.log"))


def check_commands(command: list[str], station: Workstation, out: Path) -> None:
    """--version, --help, init, partnerships, export and print profile, as a clerk types them."""
    assert station.run(command, "--version").strip() == f"sister-cities {__version__}"
    # argparse wraps the help, cutting a long path anywhere
    assert str(station.registry) in "".join(station.run(command, "--help").split())

    said = station.run(command, "init")
    assert said.strip() == f"Created {station.registry} (with 116 sample partnerships)."

    rows = json.loads(station.run(command, "partnerships", "--country", "RU", "--format", "json"))
    norfolk = next(r for r in rows if r["local"] == "Norfolk")
    assert norfolk["partner"] == "Kaliningrad" and norfolk["status"] == "active"

    workbook = out / "briefing.xlsx"
    said = station.run(command, "export", str(workbook))
    assert said.startswith(f"Wrote {workbook}: 116 partnerships")
    book = openpyxl.load_workbook(workbook, read_only=True)
    pairs = {(row[1], row[4]) for row in book["Partnerships"].iter_rows(values_only=True)}
    assert ("Norfolk", "Kaliningrad") in pairs
    book.close()

    pdf = out / "profile.pdf"
    station.run(command, "print", "profile", str(norfolk["id"]), "--pdf", str(pdf))
    assert "Norfolk - Kaliningrad" in page_texts(pdf)[0]
    assert len(PdfReader(pdf).pages[0].images) == 1  # the pair on the map: the shapes came along

    memo = out / "memo.pdf"  # its charts: matplotlib (and NumPy) came along and draw
    station.run(command, "print", "briefing", "--pdf", str(memo))
    assert sum(len(page.images) for page in PdfReader(memo).pages) == 4

    assert list(station.started_in.iterdir()) == []  # nothing written where it was started
    assert station.error_logs() == []


def check_reader_gone(command: list[str], station: Workstation, tries: int = 5) -> None:
    """`sister-cities partnerships | head -c 10`: the reader leaves early, and the command
    ends quietly. (The bundle said "Exception ignored ... BrokenPipeError" in two runs of
    three before the last flush was caught.)"""
    for _ in range(tries):
        listing = subprocess.Popen(
            [*command, "partnerships"],
            cwd=station.started_in,
            env=station.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        listing.stdout.read(10)
        listing.stdout.close()
        errors = listing.stderr.read().decode()
        assert listing.wait(timeout=120) == 0 and errors == "", errors


def check_window(command: list[str], station: Workstation, timeout: float = 120) -> None:
    """Open the window offscreen and keep it open while it does what a first start does in
    the background: the day's backup of the registry, then (five seconds in) the place index
    from the GeoNames table the app carries. Then close it; nothing may have gone wrong."""
    backups = station.data_folder
    places = station.home / ".cache" / APP_FOLDER
    window = subprocess.Popen(
        command,
        cwd=station.started_in,
        env=station.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def first_start_done() -> bool:
        return any(backups.glob("registry.backup-*.sqlite")) and any(places.glob("places-*"))

    try:
        deadline = time.monotonic() + timeout
        while not first_start_done():
            assert window.poll() is None, f"the window closed by itself:\n{window.stderr.read()}"
            assert time.monotonic() < deadline, f"no backup or place index after {timeout:.0f} s"
            time.sleep(0.5)
        assert window.poll() is None
    finally:
        window.terminate()
        _, errors = window.communicate(timeout=30)
    assert "Traceback" not in errors and "Error" not in errors, errors
    assert station.error_logs() == []
