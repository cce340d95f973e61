"""Opening the window: the one place the GUI's parts are put together."""

import sys
from pathlib import Path

from desktop import __version__
from desktop.ui.platform_check import display_problem


def open_window(target: str | Path) -> int:
    if problem := display_problem():
        print(f"sister-cities: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from desktop.services.backups import clear_leftovers
    from desktop.settings import APPLICATION, ORGANIZATION, Settings
    from desktop.ui import translations
    from desktop.ui.app_icon import DESKTOP_ID, application_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_exception_hook()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ID)  # the menu entry: its icon in docks and task bars
    translations.install(app)
    settings = Settings()
    clear_leftovers(target, settings.backup_policy())
    session = WindowSession(app, settings)
    if not session.open(target):
        return 1
    _prepare_place_index_later()
    try:
        return app.exec()
    finally:
        session.close()


class WindowSession:
    """The open registry and its window; File > New registry... reopens the window on
    another registry (the forms of the one left are asked about first, as on quitting)."""

    def __init__(self, app, settings):
        self.app, self.settings = app, settings
        self.db = self.window = None

    def open(self, target) -> bool:
        from desktop.ui.main_window import MainWindow
        from desktop.ui.window_opening import open_for_window

        db = open_for_window(target, self.settings)
        if db is None:
            return False
        self.db, self.window = db, MainWindow(db=db, settings=self.settings)
        self.window.open_registry_requested.connect(self.switch_to)
        self.window.show()
        self.window.start_safekeeping()
        return True

    def switch_to(self, target) -> None:
        old_window, old_db = self.window, self.db
        self.app.setQuitOnLastWindowClosed(False)  # between two windows, not the last
        try:
            if not old_window.close():  # the clerk kept a form with unsaved typing
                return
            if not self.open(target):
                self.open(old_db.url)  # the new one could not be opened: back to the old
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        old_window.deleteLater()
        old_db.close()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def _prepare_place_index_later() -> None:
    """The offline place index is built once per installed version of the city table
    (about five seconds): in the background, a little after start-up, so that the first
    'Look up' in a community form does not wait for it."""
    import contextlib
    import threading

    from PySide6.QtCore import QTimer

    from desktop.services import places

    def build() -> None:
        # Nowhere to write it: the first look-up will say so in its own words.
        with contextlib.suppress(OSError):
            places.warm_up()

    QTimer.singleShot(
        5_000, lambda: threading.Thread(target=build, name="places", daemon=True).start()
    )


def install_exception_hook() -> None:
    """An error nobody expected, raised in a slot, would otherwise only reach the terminal
    while the clerk's click seems to do nothing: log it and say so in plain words."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.crash_log import crash_log

    def report(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log = crash_log(error.with_traceback(trace))
        QMessageBox.critical(
            None,
            "Sister City Registry",
            f"Something went wrong: {error}\n\nEverything saved before this is safe: each "
            f"save is complete or not made at all. The details were written to {log}; please "
            "send that file to whoever supports the registry.",
        )

    sys.excepthook = report
