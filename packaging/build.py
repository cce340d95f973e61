"""Build the self-contained application folder (and on Linux its .tar.gz archive):

    python3 dev.py bundle                # what to run; it sets up .venv with the bundle extra
    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--no-archive]

The folder dist/sister-city-registry/ holds `sister-cities` (the same command as the
source install's; with no command it opens the window) and everything it needs: no Python,
compiler or network on the target. On Linux the folder also gets install.sh (the menu entry
and icons) and is packed as dist/sister-city-registry-VERSION-linux-ARCH.tar.gz.
"""

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "sister-city-registry.spec"
FOLDER = "sister-city-registry"
INSTALL_SCRIPT = ROOT / "packaging" / "linux" / "install.sh"


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def build(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    folder = dist / FOLDER
    if sys.platform.startswith("linux"):
        shutil.copy2(INSTALL_SCRIPT, folder / INSTALL_SCRIPT.name)
    return folder


def archive(folder: Path) -> Path:
    """The folder as one .tar.gz, unpacked anywhere and started in place (or installed)."""
    name = f"{FOLDER}-{version()}-{sys.platform.rstrip('0123456789')}-{platform.machine()}"
    out = folder.parent / f"{name}.tar.gz"
    partial = out.with_suffix(".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=FOLDER)
    partial.replace(out)  # never a half-written archive under the real name
    return out


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def size_report(folder: Path) -> str:
    """What the folder weighs and what dominates it."""
    inside = folder / "_internal"
    parts: dict[str, int] = {}
    for child in inside.iterdir():
        if child.is_symlink():  # PyInstaller links Qt's libraries where Python expects them
            continue
        key = child.name
        if key.startswith(("libpython", "python3")):
            key = "Python (interpreter and standard library)"
        parts[key] = parts.get(key, 0) + size(child)
    parts["base_library.zip"] = parts.pop("base_library.zip", 0)
    total = size(folder)
    lines = [f"{folder}: {total / 1e6:,.0f} MB"]
    for name, n in sorted(parts.items(), key=lambda item: -item[1])[:8]:
        lines.append(f"  {n / 1e6:8,.1f} MB  {name}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true", help="the folder only")
    args = parser.parse_args(argv)
    folder = build(args.dist.resolve(), args.work.resolve())
    print(size_report(folder))
    if sys.platform.startswith("linux") and not args.no_archive:
        out = archive(folder)
        print(f"{out}: {out.stat().st_size / 1e6:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
