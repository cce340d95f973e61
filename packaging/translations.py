"""The translations' sources and their compiled form, with the tools PySide6 ships.

    python packaging/translations.py update    collect the texts of desktop/ into the .ts
                                               files (pyside6-lupdate); new ones unfinished
    python packaging/translations.py release   compile each .ts into its .qm (lrelease)

`python3 dev.py strings` runs update then release; `run`, `test` and `bundle` run release,
so the .qm files the app loads are always those of the .ts files (both are committed: the
wheel and the bundle carry the .qm). tests/ui/test_translations.py runs lupdate on the
sources and fails on a text missing from the .ts files or unfinished in German.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "desktop" / "resources" / "translations"
LANGUAGES = ("en", "de")


def tool(name: str) -> Path:
    """lupdate or lrelease from the PySide6 of the running Python."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not in {folder}")


def sources() -> list[Path]:
    """Every module a clerk's text can come from (the migrations' texts are not shown)."""
    return sorted(
        p for p in (ROOT / "desktop").rglob("*.py") if "migrations" not in p.relative_to(ROOT).parts
    )


def ts_file(language: str) -> Path:
    return FOLDER / f"sister_cities_{language}.ts"


def collect(target: Path) -> None:
    """Run lupdate over the sources into `target` (kept translations stay; gone texts go)."""
    files = [str(p) for p in sources()]
    subprocess.run(
        [str(tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete", *files, "-ts",
         str(target)],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def update() -> None:
    for language in LANGUAGES:
        collect(ts_file(language))


def release() -> None:
    for language in LANGUAGES:
        source, compiled = ts_file(language), ts_file(language).with_suffix(".qm")
        subprocess.run(
            [str(tool("lrelease")), "-silent", str(source), "-qm", str(compiled)], check=True
        )


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
