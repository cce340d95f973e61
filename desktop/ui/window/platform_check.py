"""Before Qt opens a window on Linux: is there a display, and are the system libraries
Qt's xcb plugin needs installed? Qt itself would abort with "could not load the Qt platform
plugin xcb"; this names the missing Debian packages instead."""

import ctypes
import os
import sys
from pathlib import Path

# Shared libraries the xcb plugin links or opens, and the Debian package of each.
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-randr.so": "libxcb-randr0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libcups.so.2": "libcups2",
}
# Opened by the plugin at run time (Qt >= 6.5), so ldd cannot see it missing.
LOADED_AT_RUN_TIME = ("libxcb-cursor.so.0",)


def _qt_dir() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt"


def missing_libraries() -> list[str]:
    """Sonames the xcb plugin needs that this system lacks."""
    import subprocess  # only once the window could not be opened

    qt = _qt_dir()
    if qt is None:
        return []
    files = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "lib" / "libQt6XcbQpa.so.6",
        qt / "lib" / "libQt6Gui.so.6",
        qt / "lib" / "libQt6Widgets.so.6",
    ]
    missing: list[str] = []
    for file in files:
        if not file.exists():
            continue
        try:
            out = subprocess.run(
                ["ldd", str(file)], capture_output=True, text=True, timeout=20, check=False
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            return []  # no ldd: let Qt speak for itself
        for line in out.splitlines():
            if "not found" in line:
                soname = line.split("=>")[0].strip()
                if soname not in missing:
                    missing.append(soname)
    for soname in LOADED_AT_RUN_TIME:
        try:
            ctypes.CDLL(soname)
        except OSError:
            if soname not in missing:
                missing.append(soname)
    return missing


def display_problem(env: dict[str, str] | None = None) -> str | None:
    """A plain message when a window cannot open here, else None."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc ...: not ours to second-guess
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "No display: the registry window needs a graphical session (DISPLAY is not "
            "set). Start it from the desktop, or run it under Xvfb, e.g. "
            "`xvfb-run sister-cities`. Commands such as `sister-cities check` work "
            "without a display."
        )
    missing = missing_libraries()
    if missing:
        packages = sorted({DEBIAN_PACKAGES.get(s, s) for s in missing})
        return (
            "The registry window cannot open: system libraries Qt needs are missing ("
            + ", ".join(missing)
            + "). On Debian or Ubuntu install them with:\n"
            "  sudo apt-get install " + " ".join(packages)
        )
    display = env.get("DISPLAY")
    if display and not env.get("WAYLAND_DISPLAY") and not can_connect(display):
        return (
            f"Cannot reach the display {display!r}: the X server is not running or does "
            "not accept this user. Start the graphical session (or Xvfb) and try again."
        )
    return None


def can_connect(display: str) -> bool:
    """Open and close an X connection through libxcb, as Qt will (True when unsure)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # reported as a missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)
