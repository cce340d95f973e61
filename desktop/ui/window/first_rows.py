"""The registry's first partnerships, on screen the moment the app starts.

Loading the window's parts (SQLAlchemy, the record models, every tab, form and menu) takes
about a second; the first page of partnerships, read through the sqlite3 driver, takes
milliseconds. So the place where the window will stand shows those rows at once, in the
columns and widths the clerk left, with the search box ready, while the rest loads
(ui/window/launch.py). What the clerk types there is handed to the full window's search
box when it takes over, a moment later and in the same place.

Shown only where the full window will open on exactly these rows: a registry file at this
version's schema, the Partnerships tab left open, no filter kept and the first order.
Anything else (a server, a file to upgrade, damaged or busy, filters) opens the full way,
as before. This module loads only Qt and the plain-SQL listing.
"""

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.domain.record_filter import RecordFilter
from desktop.services.file_listing import first_page
from desktop.settings import CURRENT_TAB, TAB_NAME, WINDOW_GEOMETRY, Settings, ViewKeys
from desktop.ui.tables.columns import partnership_columns
from desktop.ui.tables.table_look import record_table, restore_columns, show_sorted
from desktop.ui.tables.table_spec import BLOCK, ColumnSpec
from desktop.ui.window.screen_fit import DEFAULT_SIZE, fit_on_screen

PARTNERSHIPS = ViewKeys.of("partnerships")
_ROOT = QModelIndex()  # a table's rows have no parent
PAINT_WAIT_MS = 1_000  # the full window is loaded after the first paint, or after this
# After the full window has taken over, a key the window system had already sent here
# still arrives here: it is passed on for this long.
LATE_KEYS_MS = 2_000
ACTIVATION_WAIT_MS = 1_000  # hidden by then even if no window manager says it activated
_TYPING = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
FIRST_ORDER = ("", "local:asc")  # the partnerships view's first sort, by local community


class FirstRowsModel(QAbstractTableModel):
    """One page of partnership rows, shown as the partnerships table shows them."""

    def __init__(self, columns: list[ColumnSpec], rows: list, parent=None):
        super().__init__(parent)
        self.columns, self.rows = columns, rows

    def rowCount(self, parent=_ROOT):  # Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT):  # Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[index.column()].text(self.rows[index.row()])


class FirstRowsWindow(QMainWindow):
    """The first rows, where the window will stand; `painted` once they are on screen."""

    painted = Signal()

    def __init__(self, rows: list, settings: Settings):
        super().__init__()
        # The full window's words (its translations) where it says the same.
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Sister City Registry"))
        self.setCursor(Qt.CursorShape.BusyCursor)  # the rows answer; the rest is coming
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.search = QLineEdit(central)
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "FilterBar", "Search names, countries, institutions, actors, notes (Ctrl+F)"
            )
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        columns = partnership_columns()
        self.model = FirstRowsModel(columns, rows, self)
        title = QCoreApplication.translate("views", "Partnerships")
        self.table = record_table(central, self.model, title)
        header, known = settings.get(PARTNERSHIPS.header), settings.get(PARTNERSHIPS.columns)
        restore_columns(self.table, columns, header, known)
        show_sorted(self.table, 0, False)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        layout.addWidget(self.table, 1)
        self.opening = QLabel(self.tr("Opening the registry: its tabs and menus follow."), self)
        layout.addWidget(self.opening)
        self.setCentralWidget(central)
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        fit_on_screen(self)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.returnPressed.connect(self._want_results)
        self.search.installEventFilter(self)
        self._painted = False
        self.closed = False  # by the clerk: the app is quitting, nothing more is opened
        self.results_wanted = False  # Enter or Down: the search box's way to the rows
        self._view = None  # the full window's partnerships, once it has taken over

    def paintEvent(self, event):  # Qt's name
        super().paintEvent(event)
        QTimer.singleShot(0, self, self._announce)  # once this paint is on screen

    def _announce(self) -> None:
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def closeEvent(self, event):  # Qt's name
        self.closed = True
        super().closeEvent(event)

    def hand_over(self, window) -> None:
        """The full window takes this one's place, size and typing (launch.py calls this
        once it is built): the search typed so far, the cursor and selection in it, Enter
        or Down pressed (the first row chosen once the rows are in), and any key still on
        its way here, which goes on to the full window's search box (the window system
        sends a key to the window that had the focus when it was pressed: a key pressed
        while the full window was built arrives here after this)."""
        view = self._view = window.views["partnerships"]
        search = view.bar.search
        if self.isMaximized():
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        elif not window.isMaximized():
            window.setGeometry(self.geometry())  # where the clerk sees the rows, if moved
        typed = self.search.text()
        if typed:  # searched at once, as the clerk's typing would be
            view.set_filters({"search": typed})
            if self.search.hasSelectedText():
                start, length = self.search.selectionStart(), self.search.selectionLength()
                if self.search.cursorPosition() == start + length:  # selected rightwards
                    search.setSelection(start, length)
                else:
                    search.setSelection(start + length, -length)
            else:
                search.setCursorPosition(self.search.cursorPosition())
        window.show()
        window.activateWindow()
        if self.search.hasFocus() or typed:
            search.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.results_wanted:
            _choose_first_row(view)
        # Gone once the full window has the keyboard: a window manager activates it a
        # moment after it shows, and a key pressed meanwhile still comes here (and on).
        if window.isActiveWindow():
            self.hide()
        else:
            window.installEventFilter(self)
            QTimer.singleShot(ACTIVATION_WAIT_MS, self, self.hide)
        QTimer.singleShot(LATE_KEYS_MS, self, self.deleteLater)

    def _want_results(self) -> None:
        if self._view is None:
            self.results_wanted = True
        else:
            _choose_first_row(self._view)

    def eventFilter(self, watched, event):  # Qt's name
        if self._view is not None and watched is self._view.window():
            if event.type() == QEvent.Type.WindowActivate:
                watched.removeEventFilter(self)
                self.hide()
            return False
        if watched is not self.search or event.type() not in _TYPING:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._want_results()
            return True
        if self._view is None:
            return False  # typed here, before the full window
        successor = self._view.bar.search
        if isValid(successor):  # not if another registry's window replaced it meanwhile
            if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
                self._want_results()
            else:
                QCoreApplication.sendEvent(successor, event)
        return True


def _choose_first_row(view) -> None:
    """Enter or Down in the search box: to the first row, now or once the rows are in."""
    if view.model.rowCount() and not view.model.is_loading():
        view.focus_results()
        return

    def rows_in(_count: int) -> None:
        view.model.count_changed.disconnect(rows_in)
        view.focus_results()  # nothing where nothing matched

    view.model.count_changed.connect(rows_in)


def first_rows_window(target, settings: Settings) -> FirstRowsWindow | None:
    """The first rows of the registry file `target`, shown; None where the full window
    would open on anything else, or the file has anything to say (then it opens the full
    way, which says it)."""
    if not isinstance(target, Path) or not _opens_on_first_rows(settings):
        return None
    rows = first_page(target, RecordFilter(as_of=date.today()), BLOCK)
    if not rows:  # an empty registry has nothing to show early
        return None
    window = FirstRowsWindow(rows, settings)
    window.show()
    # A window system that never paints it (minimised at start, no screen) must not keep
    # the full window from opening.
    QTimer.singleShot(PAINT_WAIT_MS, window, window._announce)
    return window


def _opens_on_first_rows(settings: Settings) -> bool:
    """The full window will show the Partnerships tab, unfiltered, in the first order."""
    tab = settings.get(TAB_NAME)
    if tab != "partnerships" and (tab or settings.get(CURRENT_TAB) != 0):
        return False
    try:
        kept = json.loads(settings.get(PARTNERSHIPS.filters) or "{}")
    except ValueError:
        return False
    if not isinstance(kept, dict) or any(kept.values()):
        return False
    return (settings.get(PARTNERSHIPS.sort) or "") in FIRST_ORDER
