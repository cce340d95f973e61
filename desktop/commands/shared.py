"""What the command line and its commands share: exit codes, usage errors, which
registry a command works on, and how rows are written out. It loads nothing heavy: every
command imports it before it starts its own work."""

import argparse
import csv
import json
import os
import sys
from pathlib import Path

from desktop.domain.spreadsheet_text import as_plain_text

DEFAULT_DB = Path("db.sqlite")  # in a source checkout (python3 dev.py run)
INSTALLED_DB = "registry.sqlite"  # in the user's data folder, for an installed app
ENV_DB = "SISTER_CITIES_DB"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad arguments: the message says which and how to fix it."""


def database_target(args: argparse.Namespace, settings=None) -> str | Path:
    """--database-url, else --db, else $SISTER_CITIES_DB, else the registry chosen in the
    window's Settings > Database (`settings`: a SettingsFile, read if not given), else the
    default registry."""
    if args.database_url:
        return args.database_url
    if args.db:
        return Path(args.db)
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB])
    from desktop.settings_file import DATABASE, SettingsFile

    chosen = (settings or SettingsFile()).get(DATABASE)
    if chosen:
        return chosen if "://" in chosen else Path(chosen)
    return default_database()


def default_database(*, make_folder: bool = True) -> Path:
    """./db.sqlite in a source checkout. An installed app (the bundle started from the
    menu, a wheel installed with pip or pipx) is started from wherever the desktop or the
    terminal happens to be, so it keeps its registry in the user's data folder instead
    (~/.local/share/sister-city-registry/registry.sqlite on Linux)."""
    if running_from_source():
        return DEFAULT_DB
    from platformdirs import user_data_path

    from desktop.services.backup_policy import APP_FOLDER

    return user_data_path(APP_FOLDER, ensure_exists=make_folder) / INSTALLED_DB


def running_from_source() -> bool:
    """True for a checkout (`pip install -e .`, dev.py), False for the bundle or a wheel."""
    if getattr(sys, "frozen", False):  # PyInstaller's bundle
        return False
    return (Path(__file__).resolve().parents[2] / "pyproject.toml").is_file()


def write_rows(rows: list[dict], fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if not rows:
        if fmt == "table":
            out.write("No partnerships match.\n")
        return
    if fmt == "csv":  # opened in Excel: text that looks like a formula stays text
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(
            {k: as_plain_text(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows
        )
        return
    headers = list(rows[0])
    widths = {h: max(len(h), *(len(str(r[h])) for r in rows)) for h in headers}
    out.write("  ".join(h.ljust(widths[h]) for h in headers).rstrip() + "\n")
    out.write("  ".join("-" * widths[h] for h in headers) + "\n")
    for r in rows:
        out.write("  ".join(str(r[h]).ljust(widths[h]) for h in headers).rstrip() + "\n")
