"""Start-up of the application bundle against the source install's, same machine, same run:

    python3 dev.py bundle
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python bench/bundle_startup.py

Each measure runs the two alternately (source, bundle, source, ...) and prints the median
of each and their ratio, in wall-clock time and in CPU time (user and system; steadier
when other work shares the machine). Both are timed from outside, as a clerk would see
them: a headless command until it exits, and the window until it is mapped on the X
display (polled with xdotool every 20 ms), then closed. One registry (the sample records)
serves both; its day's backup is taken first, so no start-up measured runs the first
start's full check.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / ".venv" / "bin" / "sister-cities"
BUNDLE = ROOT / "dist" / "sister-city-registry" / "sister-cities"
TITLE = "Sister City Registry"


def hold_display() -> int:
    """An X server with no clients resets itself, refusing connections meanwhile (Xvfb does
    between two measured windows): one connection held for the whole run keeps it up."""
    import ctypes

    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    return xcb.xcb_connect(None, None)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_command(command: list[str], env: dict) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run."""
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start, children_cpu() - cpu


def window_ids() -> set[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", TITLE], capture_output=True, text=True
    )
    return set(found.stdout.split())


def timed_window(command: list[str], env: dict, limit: float = 60.0) -> tuple[float, float]:
    """Wall-clock seconds until the window is mapped; CPU seconds until it has closed."""
    before = window_ids()
    cpu, start = children_cpu(), time.perf_counter()
    window = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not window_ids() - before:
            if window.poll() is not None:
                raise SystemExit(f"{command[0]} ended: {window.stderr.read().decode()}")
            if time.perf_counter() - start > limit:
                raise SystemExit(f"{command[0]}: no window after {limit:.0f} s")
            time.sleep(0.02)
        shown = time.perf_counter() - start
    finally:
        window.terminate()
        window.wait(timeout=30)
    return shown, children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the bundle's command")
    parser.add_argument("--source", type=Path, default=SOURCE, help="the source install's")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        sys.exit("Run it under Xvfb (xvfb-run -a ...) with xdotool installed.")
    held = hold_display()  # noqa: F841 (open until the process ends)
    home = Path(tempfile.mkdtemp(prefix="bundle-startup-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SISTER_CITIES", "XDG_"))}
    env |= {"HOME": str(home), "QT_QPA_PLATFORM": "xcb"}
    db = home / "registry.sqlite"
    installs = {"source": [str(args.source)], "bundle": [str(args.bundle)]}
    subprocess.run([*installs["source"], "--db", str(db), "init"], env=env, check=True)
    subprocess.run([*installs["source"], "--db", str(db), "backup"], env=env, check=True)
    pdf = home / "profile.pdf"
    measures = {
        "--version": lambda c: timed_command([*c, "--version"], env),
        "partnerships (116, csv)": lambda c: timed_command(
            [*c, "--db", str(db), "partnerships", "--format", "csv"], env
        ),
        "print profile (PDF)": lambda c: timed_command(
            [*c, "--db", str(db), "print", "profile", "33", "--pdf", str(pdf)], env
        ),
        "window shown": lambda c: timed_window([*c, "--db", str(db)], env),
    }
    print(f"{'':24}{'wall-clock (median)':>29}{'CPU time (median)':>29}")
    print(f"{'':24}" + f"{'source':>10}{'bundle':>10}{'ratio':>9}" * 2)
    try:
        for name, measure in measures.items():
            for command in installs.values():
                measure(command)  # once unmeasured: the files are in the page cache
            runs: dict[str, list[tuple[float, float]]] = {k: [] for k in installs}
            for _ in range(args.repeat):
                for install, command in installs.items():
                    runs[install].append(measure(command))
            line = f"{name:24}"
            for i in (0, 1):
                source, bundle = (statistics.median(r[i] for r in runs[k]) for k in installs)
                line += f"{source:9.2f}s{bundle:9.2f}s{bundle / source:9.2f}"
            print(line, flush=True)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
