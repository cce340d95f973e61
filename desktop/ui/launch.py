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

    from desktop.settings import APPLICATION, ORGANIZATION, Settings
    from desktop.ui import translations
    from desktop.ui.main_window import MainWindow
    from desktop.ui.window_opening import open_for_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_exception_hook()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    translations.install(app)
    settings = Settings()
    db = open_for_window(target, settings)
    if db is None:
        return 1
    window = MainWindow(db=db, settings=settings)
    window.show()
    window.start_safekeeping()
    try:
        return app.exec()
    finally:
        db.close()


def install_exception_hook() -> None:
    """An error nobody expected, raised in a slot, would otherwise only reach the terminal
    while the clerk's click seems to do nothing: log it and say so in plain words."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.cli import crash_log

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
