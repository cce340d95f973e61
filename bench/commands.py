"""`bench/run` (first) or `bench/commands.py`: how long a headless command takes, against
the bare floor of starting the same Python.

    sister-cities partnerships --format csv, 116 rows      (the sample registry)

and the same listing through the ORM (`--database-url sqlite:///...`), as a registry on a
server is listed.

Each pair runs the command and `python -c pass` (same interpreter, same environment, the
output thrown away) one after the other, the order alternating from pair to pair, so that
a busy machine weighs on both alike; the medians of the pairs are printed, with their ratio
and the CPU time (user + system) each used, which other work on the machine sways
less than the wall time. `--app-python` measures another checkout's
interpreter (its .venv) against the same bare floor in the same run: a before and after.

    bench/commands.py [--pairs 21] [--app-python OTHER/.venv/bin/python]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE_ROWS = 116
HEAVY = ("PySide6", "alembic", "sqlalchemy", "sqlmodel", "openpyxl")


def timed(command: list[str], env: dict) -> tuple[float, float]:
    """The wall time of one run and the CPU time (user + system) it used: on a machine
    other work shares, the CPU time says what the command itself costs."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        env=env,
        cwd=env["BENCH_FOLDER"],  # not a checkout: `-m desktop` is the interpreter's own
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise RuntimeError(f"{' '.join(command)} failed (exit {child.returncode})")
    return wall, usage.ru_utime + usage.ru_stime


def paired(app: list[str], bare: list[str], env: dict, pairs: int) -> tuple[list, list]:
    timed(app, env), timed(bare, env)  # warm the file cache (and write compiled modules)
    apps, bares = [], []
    for i in range(pairs):
        if i % 2:
            bares.append(timed(bare, env))
            apps.append(timed(app, env))
        else:
            apps.append(timed(app, env))
            bares.append(timed(bare, env))
    return apps, bares


def loaded_heavy(app: list[str], env: dict) -> list[str]:
    """Which heavy packages the command imported (from -X importtime)."""
    done = subprocess.run(
        [app[0], "-X", "importtime", *app[1:]],
        env=env,
        cwd=env["BENCH_FOLDER"],
        capture_output=True,
        text=True,
        check=True,
    )
    names = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    return [name for name in HEAVY if name in names]


def sample_registry(python: str, folder: Path, env: dict) -> Path:
    db = folder / "registry.sqlite"
    subprocess.run(
        [python, "-m", "desktop", "--db", str(db), "init"],
        env=env,
        cwd=folder,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return db


def row(label: str, apps: list[tuple], bares: list[tuple]) -> str:
    cells = []
    for kind, i in (("wall", 0), ("cpu", 1)):
        app = statistics.median(a[i] for a in apps)
        bare = statistics.median(b[i] for b in bares)
        cells.append(f"{kind} {app:.3f} s (bare {bare:.3f} s, x{app / bare:.1f})")
    return f"{label}: " + "; ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=21)
    parser.add_argument("--app-python", help="also measure this interpreter's checkout")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-commands-") as tmp:
        folder = Path(tmp)
        env = os.environ | {
            "SISTER_CITIES_SETTINGS": str(folder / "settings.ini"),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_STATE_HOME": str(folder / "state"),
            "BENCH_FOLDER": str(folder),
        }
        env.pop("SISTER_CITIES_DB", None)
        # An installed app runs from compiled modules: the warm-up runs write them.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = sample_registry(sys.executable, folder, env)
        command = ["-m", "desktop", "--db", str(db), "partnerships", "--format", "csv"]
        listed = subprocess.run(
            [sys.executable, *command], env=env, cwd=folder, capture_output=True, text=True
        )
        assert len(listed.stdout.splitlines()) == SAMPLE_ROWS + 1, listed.stdout[:200]
        bare = [sys.executable, "-c", "pass"]
        pythons = [("this checkout", sys.executable)]
        if options.app_python:
            pythons.append((f"{options.app_python}", options.app_python))
        print(f"Headless commands: median of {options.pairs} alternating pairs, same run")
        label = f"sister-cities partnerships --format csv, {SAMPLE_ROWS} rows"
        # The same listing through the ORM, as a registry on a server is listed.
        through_orm = ["--database-url", f"sqlite:///{db}", *command[4:]]
        runs = [(label, name, [python, *command]) for name, python in pythons]
        runs.insert(
            1,
            (label, "this checkout, through the ORM", [sys.executable, *command[:2], *through_orm]),
        )
        for text, name, app in runs:
            apps, bares = paired(app, bare, env, options.pairs)
            heavy = ", ".join(loaded_heavy(app, env)) or "none"
            print(row(text, apps, bares))
            print(f"  ({name}; heavy packages imported: {heavy})")
        print("bare: `python -c pass`, the same interpreter and environment, in the same pairs")


if __name__ == "__main__":
    main()
