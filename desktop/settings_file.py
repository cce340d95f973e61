"""The settings the command line reads, declared once (key, type, default), and read from
the file the window's QSettings writes, without Qt.

A headless command (`sister-cities partnerships`, `backup`) only needs the registry the
window chose and where backups go; loading Qt for that took a tenth of a second and made
PySide6's import hook read the source of every later module. The window writes through
`desktop.settings.Settings` (QSettings, INI format); this module reads the same file the
way QSettings does: the same place, the same escapes, the same fallbacks.
"""

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ORGANIZATION = "Sister City Registry"
APPLICATION = "Sister City Registry"
MAX_KEEP = 365
ENV_SETTINGS = "SISTER_CITIES_SETTINGS"
GENERAL = "General"  # QSettings' section for keys without a group


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


OFFICE_NAME = Setting("office/name", str, "")
PAPER_SIZE = Setting("print/paper", str, "")  # "A4" or "Letter"; empty: from the locale
IMPORT_FOLDER = Setting("import/folder", str, "")
IMPORT_MAPPINGS = Setting("import/mappings", str, "{}")  # JSON: record type -> last mapping
IMPORT_DAY_FIRST = Setting("import/day_first", bool, True)  # 28/02/2022, not 02/28/2022
# How the forms and filters read 03/07/2022: "" as the computer's region, "day_first" or
# "month_first" (Edit > Settings > Language and dates).
DATE_ORDER = Setting("dates/order", str, "")
LANGUAGE = Setting("ui/language", str, "")  # "en", "de"; "": the computer's (Edit > Settings)
DATABASE = Setting("database/target", str, "")  # a file path or a server URL (no password)
BACKUP_PLACE = Setting("backup/place", str, "beside")  # "beside" the database, or "data"
BACKUP_KEEP = Setting("backup/keep", int, 7)  # how many daily backups are kept
CURRENT_TAB = Setting("window/tab", int, 0)


def typed(setting: Setting, value):
    """A stored value as the setting's type (the window's Settings.get does the same)."""
    if value is None:
        return setting.default
    if setting.type is bool and isinstance(value, str):
        return value.lower() == "true"
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def backup_policy(get):
    """Where backups go and how many are kept, as the Settings dialog set them; `get`
    reads a setting (the window's Settings or this module's SettingsFile)."""
    from desktop.services.backup_policy import BackupPlace, BackupPolicy

    try:
        place = BackupPlace(get(BACKUP_PLACE))
    except ValueError:
        place = BackupPlace.BESIDE_DATABASE
    return BackupPolicy(place=place, keep=max(1, min(get(BACKUP_KEEP), MAX_KEEP)))


class SettingsFile:
    """The settings as the window last saved them, read-only. The file is the user's own,
    unless a path is given (tests) or $SISTER_CITIES_SETTINGS names one."""

    def __init__(self, path: Path | None = None):
        if path is None and os.environ.get(ENV_SETTINGS):
            path = Path(os.environ[ENV_SETTINGS])
        files = [path] if path is not None else search_order()
        self._values: dict[str, Any] = {}
        for file in reversed(files):  # the first file's values win, as in QSettings
            self._values.update(read_ini(file))

    def get(self, setting: Setting):
        return typed(setting, self._values.get(setting.key))

    def backup_policy(self):
        return backup_policy(self.get)


def search_order() -> list[Path]:
    """The files QSettings(IniFormat, UserScope, ORGANIZATION, APPLICATION) reads, the
    first one winning: the user's application file, the user's organization file, then
    the same two in the system's folders (qsettings.cpp: QConfFileSettingsPrivate)."""
    folders = [user_folder(), *system_folders()]
    return [
        f / name
        for f in folders
        for name in (f"{ORGANIZATION}/{APPLICATION}.ini", f"{ORGANIZATION}.ini")
    ]


def user_folder() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    if sys.platform == "darwin" and configured:  # Qt reads it there too, even relative
        return Path.home() / configured
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".config"


def system_folders() -> list[Path]:
    if sys.platform in ("win32", "darwin"):
        return []  # Qt's own install folder: nothing of ours is kept there
    dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
    return [Path(d) for d in dirs.split(":") if d and Path(d).is_absolute()]


def read_ini(path: Path) -> dict[str, Any]:
    """The keys of a QSettings INI file ('group/key') and their values: a string, a list
    of strings, or None for what this module does not read (byte arrays, variants)."""
    try:
        data = path.read_bytes()
    except OSError:  # none yet, or unreadable: the defaults, as QSettings gives them
        return {}
    values: dict[str, Any] = {}
    section = ""
    for raw in data.splitlines():
        line = raw.strip()
        if not line or line[:1] in (b";", b"#"):
            continue
        if line.startswith(b"[") and line.endswith(b"]"):
            name = unescape_key(line[1:-1].decode("utf-8", "replace").strip())
            section = "" if name == GENERAL else name + "/"
            continue
        key, equals, value = line.partition(b"=")
        if not equals:
            continue
        name = unescape_key(key.decode("utf-8", "replace").strip())
        values[section + name] = to_value(value.strip())
    return values


def unescape_key(key: str) -> str:
    """QSettings writes '/' in a key as '\\' and other characters as %XX or %UXXXX."""
    out = []
    i = 0
    while i < len(key):
        ch = key[i]
        if ch == "\\":
            out.append("/")
            i += 1
            continue
        if ch == "%" and i + 1 < len(key):
            width, start = (4, i + 2) if key[i + 1] == "U" else (2, i + 1)
            digits = key[start : start + width]
            if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                out.append(chr(int(digits, 16)))
                i = start + width
                continue
        out.append(ch)
        i += 1
    return "".join(out)


ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "?": "?",
    "'": "'",
    "\\": "\\",
}


def to_value(raw: bytes):
    """A value as QSettings reads it back (iniUnescapedStringList, then stringToVariant)."""
    text, is_list = unescape_value(raw.decode("utf-8", "replace"))
    if is_list:
        return text
    if text.startswith("@"):
        if text.startswith("@@"):
            return text[1:]
        return None  # @ByteArray(...), @Variant(...), @Invalid(): not a setting read here
    return text


def unescape_value(text: str) -> tuple[Any, bool]:
    """Qt's quoting and C-style escapes; a comma outside quotes makes a list."""
    items: list[str] = []
    current: list[str] = []
    quoted = in_quotes = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            code = text[i + 1]
            i += 2
            if code in ESCAPES:
                current.append(ESCAPES[code])
            elif code == "x":
                j = i
                while j < len(text) and text[j] in "0123456789abcdefABCDEF":
                    j += 1
                if j > i:
                    current.append(chr(int(text[i:j], 16) & 0xFFFF))
                i = j
            elif code in "01234567":
                j = i
                while j < len(text) and text[j] in "01234567":
                    j += 1
                current.append(chr(int(text[i - 1 : j], 8) & 0xFFFF))
                i = j
            continue
        if ch == '"':
            quoted = True
            in_quotes = not in_quotes
            i += 1
            if not in_quotes:
                while i < len(text) and text[i] in " \t":
                    i += 1
            continue
        if ch == "," and not in_quotes:
            items.append("".join(current) if quoted else "".join(current).rstrip(" \t"))
            current, quoted = [], False
            i += 1
            while i < len(text) and text[i] in " \t":
                i += 1
            continue
        current.append(ch)
        i += 1
    last = "".join(current) if quoted else "".join(current).rstrip(" \t")
    if items:
        return [*items, last], True
    return last, False
