"""Running the window: Qt's application and the window's session. Their parts (the
settings, the way to open a registry for the window, the window itself) are built by the
composition root, desktop/app.py, and handed in; what is here is Qt's wiring."""

import sys
from collections.abc import Callable
from pathlib import Path

from desktop import __version__

# How long a thread of Python may run before another waiting for the interpreter takes its
# turn (Python's default is 5 ms). The window's readers convert rows and build statements
# in Python: with the default, a page that was read waited up to 5 ms at each hand-over
# (the reader done, the GUI thread showing it, the count's thread starting), which at
# a million partnerships was a third of a keystroke's time.
HANDOVER_SECONDS = 0.0005


def hand_over_quickly() -> None:
    """Let the GUI thread in quickly while the window's readers run (see HANDOVER_SECONDS)."""
    sys.setswitchinterval(HANDOVER_SECONDS)


def qt_application():
    """The QApplication, named (where QSettings keeps its file), with its icon, its menu
    entry and the hook that tells a clerk of an error nobody expected."""
    from PySide6.QtWidgets import QApplication

    from desktop.settings import APPLICATION, ORGANIZATION
    from desktop.ui.window.app_icon import DESKTOP_ID, application_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_exception_hook()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ID)  # the menu entry: its icon in docks and task bars
    return app


def run(
    app, window_session: Callable[[], "WindowSession"], target: str | Path, *, first_rows=None
) -> int:
    """Open the window on the registry and run Qt's event loop until it is closed.

    `window_session()` loads the window's parts and gives the session that opens it.
    `first_rows` (ui/window/first_rows.py), when given, is already on screen: the parts
    are loaded once it has been painted, and the full window takes its place."""
    opened: list[WindowSession] = []
    if first_rows is None:
        opened.append(window_session())
        if not opened[0].open(target):
            return 1
    else:
        first_rows.painted.connect(
            lambda: _take_over(app, window_session, target, first_rows, opened)
        )
    try:
        return app.exec()
    finally:
        for session in opened:
            session.close()


def _take_over(app, window_session, target, first_rows, opened: list) -> None:
    """The full window, built while the first rows answer, in their place. The clerk may
    have closed them meanwhile: then the app is quitting, and nothing more is opened. If
    anything fails on the way, the first rows go, the clerk is told (the exception hook),
    and the app ends, as it would have before any window was shown."""
    try:
        session = window_session()
        app.processEvents()  # what the clerk did while the last part loaded: typed, closed
        if first_rows.closed:
            return
        opened.append(session)
        if not session.open(target, first_rows=first_rows):
            first_rows.close()
            app.exit(1)
    except Exception:
        first_rows.hide()
        sys.excepthook(*sys.exc_info())
        first_rows.close()
        app.exit(1)


class WindowSession:
    """The open registry and its window; File > New registry... reopens the window on
    another registry (the forms of the one left are asked about first, as on quitting).
    `open_registry(target)` gives the registry opened for the window (or None: the clerk
    was told why not); `window_for(db=...)` builds the main window on it."""

    def __init__(
        self, app, *, open_registry: Callable, window_for: Callable, warm_up: Callable[[], None]
    ):
        self.app = app
        self._open_registry, self._window_for = open_registry, window_for
        self.warm_up = warm_up
        self.db = self.window = None

    def open(self, target, *, first_rows=None) -> bool:
        """Open the registry and its window; in place of `first_rows`, if they are shown."""
        db = self._open_registry(target)
        if db is None:
            return False
        try:
            window = self._window_for(db=db)
        except Exception:
            db.close()
            raise
        self.db, self.window = db, window
        self.window.open_registry_requested.connect(self.switch_to)
        if first_rows is None:
            self.window.show()
        else:
            first_rows.hand_over(self.window)
        self.window.start_safekeeping()
        if self.warm_up is not None:  # once a run: the index serves every registry
            _warm_up_later(self.warm_up)
            self.warm_up = None
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


def _warm_up_later(warm_up: Callable[[], None]) -> None:
    """The offline place index is built once per installed version of the city table
    (about five seconds): in the background, a little after start-up, so that the first
    'Look up' in a community form does not wait for it."""
    import contextlib
    import threading

    from PySide6.QtCore import QTimer

    def build() -> None:
        # Nowhere to write it: the first look-up will say so in its own words.
        with contextlib.suppress(OSError):
            warm_up()

    QTimer.singleShot(
        5_000, lambda: threading.Thread(target=build, name="places", daemon=True).start()
    )


def install_exception_hook() -> None:
    """An error nobody expected, raised in a slot, would otherwise only reach the terminal
    while the clerk's click seems to do nothing: log it and say so in plain words."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.crash_log import crash_log
    from desktop.domain.words import fill

    def report(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log = crash_log(error.with_traceback(trace))
        text = QCoreApplication.translate(
            "Launch",
            "Something went wrong: %1\n\nEverything saved before this is safe: each save is "
            "complete or not made at all. The details were written to %2; please send that "
            "file to whoever supports the registry.",
        )
        title = QCoreApplication.translate("Launch", "Sister City Registry")
        QMessageBox.critical(None, title, fill(text, str(error), str(log)))

    sys.excepthook = report
