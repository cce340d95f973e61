"""The main window: the partnerships table, menus, and the database in the status bar."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QTableView

from desktop import __version__
from desktop.services import listing
from desktop.services.listing import PartnershipFilter
from desktop.store.database import Database
from desktop.ui import settings as keys
from desktop.ui.partnership_model import Column, PartnershipTableModel
from desktop.ui.settings import Settings


class MainWindow(QMainWindow):
    def __init__(self, *, db: Database, settings: Settings):
        super().__init__()
        self._db = db
        self._settings = settings
        self.setWindowTitle(self.tr("Sister City Registry"))
        self._create_table()
        self._create_actions()
        self._create_menus()
        self._create_status_bar()
        self._read_settings()
        self.refresh()

    # --- construction ------------------------------------------------------------------

    def _create_table(self) -> None:
        self.model = PartnershipTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 1M rows stay instant
        vertical.setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (Column.LOCAL, 220),
            (Column.PARTNER, 200),
            (Column.COUNTRY, 150),
            (Column.KIND, 140),
            (Column.ESTABLISHED, 110),
        ):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Partnerships"))
        self.setCentralWidget(self.table)

    def _create_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.about_action = QAction(self.tr("&About Sister City Registry"), self)
        self.about_action.triggered.connect(self._on_about_triggered)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.database_label = QLabel(self.tr("Database: %s") % self._db.describe(), self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def _read_settings(self) -> None:
        geometry = self._settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1100, 680)
        header = self._settings.get(keys.PARTNERSHIP_HEADER)
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    def _write_settings(self) -> None:
        self._settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(keys.PARTNERSHIP_HEADER, self.table.horizontalHeader().saveState())
        self._settings.sync()

    # --- behaviour ---------------------------------------------------------------------

    def refresh(self) -> None:
        f = PartnershipFilter(as_of=date.today())
        rows = listing.partnerships(self._db, f)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n partnership(s)", "", len(rows)))

    def closeEvent(self, event):
        self._write_settings()
        super().closeEvent(event)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Sister City Registry"),
            self.tr("<b>Sister City Registry</b> %s<br>Database: %s")
            % (__version__, self._db.describe()),
        )
