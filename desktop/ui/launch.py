"""Opening the window: the one place the GUI's parts are put together."""

import sys
from pathlib import Path

from desktop import __version__
from desktop.ui.platform_check import display_problem


def open_window(target: str | Path) -> int:
    if problem := display_problem():
        print(f"sister-cities: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.services.opening import open_registry
    from desktop.store.errors import StoreError
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import APPLICATION, ORGANIZATION, Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    try:
        db, _ = open_registry(target)
    except StoreError as exc:
        QMessageBox.critical(None, APPLICATION, str(exc))
        print(f"sister-cities: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(db=db, settings=Settings())
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
