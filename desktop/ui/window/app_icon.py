"""The application's icon: the window's, the task bar's and the About box's (which takes
the window's). PNGs in the sizes desktops ask for, rendered from the SVG beside them
(packaging/make_icons.py), so no SVG plugin is needed to show it."""

from pathlib import Path

from PySide6.QtGui import QIcon

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
DESKTOP_ID = "sister-city-registry"  # the .desktop file's and the icon theme's name too


def application_icon() -> QIcon:
    icon = QIcon()
    for png in ICONS.glob(f"{DESKTOP_ID}-*.png"):
        icon.addFile(str(png))
    return icon
