#!/usr/bin/env python3
"""The everyday commands, with all the set-up they need on a fresh machine:

    python3 dev.py run     create .venv if missing, install the app, open the window
    python3 dev.py test    the same with the test extra, then lint and the whole suite
    python3 dev.py bundle  the same with the bundle extra, then build the application folder
                           (dist/sister-city-registry/) and, on Linux, its .tar.gz
    python3 dev.py strings collect the texts of desktop/ into the translations' .ts files
                           (pyside6-lupdate; new texts unfinished), then compile them

Each command first compiles desktop/resources/translations/*.ts into the .qm files the app
loads (pyside6-lrelease, from the PySide6 in .venv).

Extra arguments are passed on: `python3 dev.py run --db other.sqlite`,
`python3 dev.py test -k status`. Needs only Python 3.11+, pip and git.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extra: str | None) -> Path:
    """Create the virtual environment and (re)install when pyproject.toml has changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 (this file runs before anything is checked)
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / f".installed-{extra or 'app'}"
    if not stamp.exists() or stamp.read_text() != wanted:
        target = f".[{extra}]" if extra else "."
        print(f"Installing {target} into {VENV} (first time takes a few minutes) ...", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT, check=True
        )
        stamp.write_text(wanted)
    return python


def build_translations(python: Path, *steps: str) -> None:
    for step in steps or ("release",):
        script = str(ROOT / "packaging" / "translations.py")
        subprocess.run([str(python), script, step], cwd=ROOT, check=True)


def run(args: list[str]) -> int:
    python = ensure_environment(None)
    build_translations(python)
    return subprocess.call([str(python), "-m", "desktop", *args], cwd=ROOT)


def test(args: list[str]) -> int:
    python = ensure_environment("test")
    build_translations(python)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    for check in (["ruff", "check", "."], ["ruff", "format", "--check", "."]):
        print(f"$ {' '.join(check)}", flush=True)
        if code := subprocess.call([str(python), "-m", *check], cwd=ROOT, env=env):
            return code
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def bundle(args: list[str]) -> int:
    python = ensure_environment("bundle")
    build_translations(python)
    return subprocess.call([str(python), str(ROOT / "packaging" / "build.py"), *args], cwd=ROOT)


def strings(args: list[str]) -> int:
    build_translations(ensure_environment(None), "update", "release")
    return 0


COMMANDS = {"run": run, "test": test, "bundle": bundle, "strings": strings}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    try:
        sys.exit(COMMANDS[sys.argv[1]](sys.argv[2:]))
    except subprocess.CalledProcessError as exc:
        sys.exit(f"Set-up failed ({' '.join(map(str, exc.cmd))} exited {exc.returncode}).")
