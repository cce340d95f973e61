"""The composition root: the `sister-cities` entry point builds the application's parts and
passes them in.

Without a command it builds the window's: Qt's application (desktop/ui/window/launch.py wires it),
the settings, the registry opened for the window and the main window on it. With one it
builds the command's (desktop/commands/parts.py): the registry it works on, the settings
file, and the means to open the registry, reach its file, show progress and lay pages
out, and runs it through the command line (desktop/cli.py), which tells its failures in
one line. Each part's module is loaded only when it is built: a listing of a registry file
loads no Qt and no SQL toolkit, and `sister-cities check` works without a display.
"""

import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from desktop import cli
from desktop.commands.shared import EXIT_FAILED, UsageError, database_target
from desktop.settings_file import SettingsFile


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    except UsageError as exc:
        return cli.usage_failed(exc)
    settings = SettingsFile()
    if args.command is None:
        return open_window(database_target(args, settings))
    sweep_leftovers(database_target(args, settings), settings)
    return cli.run_headless(partial(run_with_parts, settings=settings), args)


def run_with_parts(args, *, settings: SettingsFile) -> int:
    """One headless command with its parts. Built again for each try: a server's password
    typed at the terminal changes the registry's address (cli.run_headless)."""
    from desktop.commands import run_command

    return run_command(args.command, args, command_parts(args, settings))


def command_parts(args, settings: SettingsFile):
    """A command's parts (loaded for commands only: the window does not need them)."""
    from desktop.commands import opening
    from desktop.commands.parts import CommandParts

    target = database_target(args, settings)
    return CommandParts(
        target=target,
        settings=settings,
        open_registry=partial(
            opening.open_for_command, target, writing=args.command in opening.WRITING_COMMANDS
        ),
        registry_file=partial(opening.sqlite_file, target),
        progress=terminal_progress,
        page_layout=headless_application,
    )


def sweep_leftovers(target: str | Path, settings: SettingsFile) -> list[Path]:
    """What a killed run left beside the registry (a half-written backup), swept first."""
    from desktop.services.backup_policy import clear_leftovers

    try:
        return clear_leftovers(target, settings.backup_policy())
    except Exception:  # a settings file unreadable: the next start tries again
        return []


def terminal_progress(label: str):
    """A progress bar on the terminal (loaded when a command first shows one)."""
    from desktop.commands.progress_bar import terminal_progress

    return terminal_progress(label)


_PAGE_LAYOUT = []


def headless_application():
    """Qt lays printed pages out: a Qt application without a window, for `print`. No
    display is needed (QT_QPA_PLATFORM defaults to offscreen here); one per process, kept
    while pages are laid out."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if app := QGuiApplication.instance():
        return app
    _PAGE_LAYOUT.append(QGuiApplication(["sister-cities"]))
    return _PAGE_LAYOUT[0]


def open_window(target: str | Path) -> int:
    """The window's parts: Qt's application, the settings it shows, the registry opened for
    it (with the questions that may take) and the main window, built here and handed to
    ui/window/launch.py, which runs them (and reopens the window on another registry).

    A registry file's first partnerships are shown first (ui/window/first_rows.py), read
    by plain SQL before the parts below are loaded (about a second): a clerk sees rows in a
    fraction of that, and the full window takes their place."""
    from desktop.ui.window.platform_check import display_problem

    if problem := display_problem():
        print(f"sister-cities: {problem}", file=sys.stderr)
        return EXIT_FAILED
    from desktop.settings import LANGUAGE, Settings
    from desktop.ui.settings import translations
    from desktop.ui.window import launch
    from desktop.ui.window.first_rows import first_rows_window

    app = launch.qt_application()
    launch.hand_over_quickly()
    settings = Settings()
    translations.install(app, language=settings.get(LANGUAGE))
    first_rows = first_rows_window(target, settings)
    session = partial(window_session, app, target, settings, answering=first_rows is not None)
    return launch.run(app, session, target, first_rows=first_rows)


# The window's heaviest parts, loaded one by one while the first rows are shown, each step
# letting the rows answer the clerk (a key, a scroll) before the next; about 0.3 s at most.
WINDOW_PARTS = (
    "sqlalchemy",
    "sqlmodel",
    "desktop.store.models",
    "desktop.services.listing",
    "desktop.ui.tables.record_view",
    "desktop.ui.forms.record_dialog",
    "desktop.ui.glance.glance_tabs",
    "desktop.ui.window.main_window",
)


def window_session(app, target: str | Path, settings, *, answering: bool):
    """The window's session (the modules loaded once the window's language is installed,
    as before any text is made), after what a killed run left beside the registry is swept.
    `answering`: first rows are on screen; between the parts they answer the clerk."""
    import importlib

    if answering:
        for module in WINDOW_PARTS:
            importlib.import_module(module)
            app.processEvents()
    from desktop.services import places
    from desktop.services.backups import clear_leftovers
    from desktop.ui.window import launch
    from desktop.ui.window.main_window import MainWindow
    from desktop.ui.window.window_opening import open_for_window

    clear_leftovers(target, settings.backup_policy())
    return launch.WindowSession(
        app,
        open_registry=partial(open_for_window, settings=settings),
        window_for=partial(MainWindow, settings=settings),
        warm_up=places.warm_up,
    )
