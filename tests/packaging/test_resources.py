"""The icon and the menu entry that the bundle, the wheel and install.sh hand to the
desktop: every size there and drawn from the SVG, and an entry a menu accepts."""

import configparser
import importlib.util
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.ui.window.app_icon import DESKTOP_ID, ICONS, application_icon

ROOT = Path(__file__).resolve().parents[2]


def _packaging_script(name: str):
    """A script of packaging/ (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = _packaging_script("make_icons")

ENTRY = ICONS.parent / f"{DESKTOP_ID}.desktop"


@pytest.mark.parametrize("size", make_icons.SIZES)
def test_each_icon_size_is_the_svg_drawn_at_that_size(qapp, size):
    png = QImage(str(ICONS / f"{DESKTOP_ID}-{size}.png"))
    assert (png.width(), png.height()) == (size, size) and png.hasAlphaChannel()
    drawn = make_icons.render(ICONS / f"{DESKTOP_ID}.svg", size)
    png = png.convertToFormat(drawn.format())
    step = max(1, size // 64)  # every pixel up to 64 px, a grid of 64 x 64 beyond
    worst = max(
        _distance(png.pixelColor(x, y), drawn.pixelColor(x, y))
        for x in range(0, size, step)
        for y in range(0, size, step)
    )
    # Run packaging/make_icons.py after editing the SVG (a renderer's rounding aside).
    assert worst <= 8


def _distance(a, b) -> int:
    return max(
        abs(a.red() - b.red()),
        abs(a.green() - b.green()),
        abs(a.blue() - b.blue()),
        abs(a.alpha() - b.alpha()),
    )


def test_the_window_icon_offers_every_size(qapp):
    sizes = {s.width() for s in application_icon().availableSizes()}
    assert sizes == set(make_icons.SIZES)


def test_the_menu_entry_starts_the_command_with_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # the keys are case-sensitive
    entry.read(ENTRY, encoding="utf-8")
    fields = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert fields["Type"] == "Application" and fields["Name"] == "Sister City Registry"
    assert fields["Exec"] in scripts and fields["TryExec"] == fields["Exec"]
    assert fields["Icon"] == DESKTOP_ID and fields["Terminal"] == "false"
    assert fields["Categories"].endswith(";")
    # Qt names the window's class after the executable: docks match it to the entry.
    assert fields["StartupWMClass"] == fields["Exec"]
    if validate := shutil.which("desktop-file-validate"):
        checked = subprocess.run([validate, ENTRY], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
