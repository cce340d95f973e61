"""The main window's menus, toolbar and status bar, built from its actions (the Qt example's
_create_menus, _create_toolbar and _create_status_bar, kept out of main_window.py)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy

from desktop.ui.printing.print_menu import PrintMenu


def build_menus(window: QMainWindow) -> None:
    actions = window.actions
    bar = window.menuBar()
    file_menu = window.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (actions.new, actions.open, actions.new_registry):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_list)
    file_menu.addAction(actions.import_history)
    file_menu.addAction(actions.export_briefing)
    file_menu.addSeparator()
    window.print_menu = PrintMenu(window, db=window.db, settings=window.settings)
    window.print_menu.add_to(file_menu)
    file_menu.addSeparator()
    file_menu.addAction(actions.back_up)
    file_menu.addAction(actions.restore)
    file_menu.addAction(actions.remove_samples)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = window.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(actions.undo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.archive)
    edit_menu.addAction(actions.unarchive)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.copy_rows)
    edit_menu.addAction(actions.find)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.duplicates)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.settings)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(actions.refresh)
    help_menu = window.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.guide)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)


def build_toolbar(window: QMainWindow) -> None:
    toolbar = window.toolbar = window.addToolBar(
        QCoreApplication.translate("MainWindow", "Records")
    )
    toolbar.setObjectName("records-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (
        window.actions.new,
        window.actions.open,
        window.actions.archive,
        window.actions.refresh,
        window.actions.export_briefing,
        window.print_menu.toolbar_action,
    ):
        toolbar.addAction(action)


class ElidedLabel(QLabel):
    """A one-line label that gives way to its neighbours: shortened in the middle with "…"
    when there is not room for it all (the whole text is its tooltip)."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def setText(self, text: str) -> None:  # Qt's name: the whole text, shown as fits
        self.set_full_text(text)

    def text(self) -> str:  # Qt's name: the whole text, whatever is shown of it
        return self._full

    def resizeEvent(self, event):  # Qt's name
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self):  # Qt's name: ask for the whole text, take what is left
        hint = super().sizeHint()
        hint.setWidth(QFontMetrics(self.font()).horizontalAdvance(self._full) + 8)
        return hint

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width())
        super().setText(shown)  # QLabel's own, with what fits


def build_status_bar(window: QMainWindow) -> None:
    """The counts first and whole (they matter most); the check, backup and database
    path give way, shortened with "…", on a narrow or enlarged screen."""
    window.count_label = QLabel(window)  # never narrower than its whole text
    window.safety_label = ElidedLabel("", window)  # the start-up check and the last backup
    window.database_label = ElidedLabel(
        QCoreApplication.translate("MainWindow", "Database: %1").replace(
            "%1", str(window.db.describe())
        ),
        window,
    )
    window.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    status = window.statusBar()
    status.addWidget(window.count_label, 3)
    status.addPermanentWidget(window.safety_label, 1)
    status.addPermanentWidget(window.database_label, 2)
