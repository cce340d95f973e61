"""The main window: one tab per record kind, menus, and the database in the status bar."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings as keys
from desktop.services import undo
from desktop.settings import Settings
from desktop.store.database import Database
from desktop.ui.forms.archiving import RECORD_KIND, archive_selected, restore_selected
from desktop.ui.glance.glance_tabs import add_glance_tabs, remember_tab, restore_tab
from desktop.ui.importing.sample_records import SampleBanner
from desktop.ui.plurals import counted
from desktop.ui.safekeeping.safekeeping import (
    StartupOutcome,
    StartupSafekeeping,
    back_up_now,
    offer_latest_backup,
    restore_in_window,
)
from desktop.ui.settings.date_order import reads_day_first
from desktop.ui.tables.attention_view import AttentionView
from desktop.ui.tables.record_view import RecordView
from desktop.ui.tables.views import all_views
from desktop.ui.window import closing
from desktop.ui.window.actions import create_actions
from desktop.ui.window.change_watcher import ChangeWatcher
from desktop.ui.window.record_opening import RecordOpener
from desktop.ui.window.screen_fit import DEFAULT_SIZE, fit_on_screen
from desktop.ui.window.shortcuts import window_keys_first
from desktop.ui.window.undo_action import UndoController
from desktop.ui.window.window_menus import build_menus, build_status_bar, build_toolbar

# The dialogs behind menu items (import, export, restore, settings, help...) are imported
# when first asked for: together with openpyxl and the import code they cost a third of a
# second at every start, for actions most starts never take.


class MainWindow(QMainWindow):
    open_registry_requested = Signal(object)  # a new registry's path: reopen the window on it

    def __init__(self, *, db: Database, settings: Settings):
        super().__init__()
        self._db = db
        self._settings = settings
        self.setWindowTitle(self.tr("Sister City Registry"))
        self._create_views()
        self._create_actions()
        build_menus(self)
        build_toolbar(self)
        build_status_bar(self)
        self._read_settings()
        self.window_keys = window_keys_first(self)
        app = QGuiApplication.instance()
        if app is not None:  # logging out asks about unsaved forms as closing does
            app.commitDataRequest.connect(self._on_commit_data_requested)

    # --- construction ------------------------------------------------------------------

    def _create_views(self) -> None:
        self.opener = RecordOpener(self, self._db, day_first=reads_day_first(self._settings))
        self.opener.saved.connect(self.refresh)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.views: dict[str, RecordView] = {}
        self._totals: dict[str, int] = {}
        for spec in all_views():
            view = RecordView(spec, db=self._db, settings=self._settings, parent=self.tabs)
            view.total_changed.connect(self._on_view_total_changed)
            view.open_requested.connect(
                lambda record_id, kind=spec.key: self.opener.open(kind, record_id)
            )
            self.views[spec.key] = view
            self.tabs.addTab(view, spec.title)
        self.attention = AttentionView(
            db=self._db, parent=self.tabs, day_first=reads_day_first(self._settings)
        )
        self.tabs.addTab(self.attention, self.tr("Needs attention"))
        self.attention.open_requested.connect(self.opener.open_partnership)
        add_glance_tabs(self)  # the Overview first, the Map last; drawn when first shown
        self.read_only_banner = QLabel(self)  # council staff: look, search, print, export
        self.read_only_banner.setObjectName("read-only-banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel#read-only-banner { background: #fff4ce; color: #3b2f00; padding: 6px; }"
        )
        self.read_only_banner.setVisible(bool(self._db.read_only))
        self.read_only_banner.setText(
            self.tr(
                "Read-only: %1. You can look, search, print and export; to make changes, ask "
                "whoever runs the registry for a clerk's account."
            ).replace("%1", self._db.read_only)
        )
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        self.sample_banner = SampleBanner(self._db, self)
        self.sample_banner.removed.connect(self._on_samples_removed)
        layout.addWidget(self.sample_banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.watcher = ChangeWatcher(self._db, self)
        self.watcher.changed.connect(self._on_watcher_changed)
        self.safekeeping = StartupSafekeeping(self._db, self._settings, self)
        self.safekeeping.checked.connect(self._on_safekeeping_checked)
        self.safekeeping.failed.connect(self._on_safekeeping_failed)

    def _create_actions(self) -> None:
        self.actions = create_actions(self)
        self.actions.find.triggered.connect(self._on_find_triggered)
        self.actions.archive.triggered.connect(self._on_archive_triggered)
        self.actions.unarchive.triggered.connect(self._on_unarchive_triggered)
        self.undo = UndoController(self, self._db, self.actions.undo)
        self.undo.undone.connect(self._on_undone)
        self.opener.recorded.connect(self.undo.record)
        self.actions.new.triggered.connect(
            lambda: self.opener.new(self.current_view().spec.key, self.current_view())
        )
        self.actions.open.triggered.connect(self._on_open_triggered)
        self.actions.refresh.triggered.connect(self.refresh)
        self.actions.copy_rows.triggered.connect(lambda: self.current_view().copy_selection())
        self.actions.quit.triggered.connect(self.close)
        self.actions.export_briefing.triggered.connect(self._on_export_briefing_triggered)
        self.actions.import_list.triggered.connect(self._on_import_triggered)
        self.actions.import_history.triggered.connect(self._on_import_history_triggered)
        self.actions.duplicates.triggered.connect(self._on_duplicates_triggered)
        self.actions.about.triggered.connect(self._on_about_triggered)
        self.actions.guide.triggered.connect(self._on_guide_triggered)
        self.actions.new_registry.triggered.connect(self._on_new_registry_triggered)
        self.actions.remove_samples.triggered.connect(self.sample_banner.remove)
        self.actions.back_up.triggered.connect(self._on_back_up_triggered)
        self.actions.restore.triggered.connect(self._on_restore_triggered)
        self.actions.settings.triggered.connect(self._on_settings_triggered)
        if self._db.path is None:  # a server backs itself up
            for action in (self.actions.back_up, self.actions.restore):
                action.setEnabled(False)
                action.setStatusTip(self.tr("A database server keeps its own backups"))
        if self._db.read_only:
            for action in (
                self.actions.new,
                self.actions.archive,
                self.actions.unarchive,
                self.actions.import_list,
                self.actions.duplicates,
                self.actions.restore,
                self.actions.remove_samples,
            ):
                action.setEnabled(False)
                action.setStatusTip(self.tr("Read-only: you may look but not change records"))

    def _read_settings(self) -> None:
        geometry = self._settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        fit_on_screen(self)  # a size remembered on a bigger screen, or at another scaling
        state = self._settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        restore_tab(self)

    def _write_settings(self) -> None:
        self._settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(keys.WINDOW_STATE, self.saveState())
        remember_tab(self)
        for view in self.views.values():
            view.save_state()
        self._settings.sync()

    # --- behaviour ---------------------------------------------------------------------

    def current_view(self) -> RecordView:
        """The record view on screen (the partnerships when the attention tab is)."""
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, RecordView) else self.views["partnerships"]

    def refresh(self) -> None:
        for view in self.views.values():
            view.refresh()
        self.attention.refresh()
        self.overview.refresh()  # (a hidden one only notes that it must)
        self.map.refresh()

    def start_safekeeping(self) -> None:
        """Once the window is up: the integrity check, then the day's backup if due; and
        from then on, other clerks' changes shown as they are saved."""
        if self._db.path is not None:  # a server checks and backs itself up
            self.safety_label.setText(self.tr("Checking the database..."))
            self.safekeeping.start()
        self.watcher.start()

    def _on_watcher_changed(self, latest) -> None:
        for view in self.views.values():
            view.reload_in_place()
        self.attention.refresh()
        self.overview.refresh()
        self.map.refresh()
        if latest.who and latest.who != self._db.who:
            when = f"{latest.at.astimezone():%H:%M}" if latest.at else ""
            self.statusBar().showMessage(
                self.tr("Showing the changes %1 saved at %2")
                .replace("%1", latest.who)
                .replace("%2", when),
                20000,
            )

    def closeEvent(self, event):  # Qt's name: Ctrl+Q, the title bar, File > Quit
        if not closing.may_close(self):
            event.ignore()  # the clerk chose Cancel: the window and its forms stay
            return
        closing.close_forms(self)
        self._write_settings()
        self.watcher.stop()
        self.safekeeping.cancel()
        for view in self.views.values():
            view.model.stop()  # a count still running on a large registry ends now
        super().closeEvent(event)

    def _on_commit_data_requested(self, manager) -> None:
        closing.on_commit_data_requested(self, manager)

    def _on_safekeeping_checked(self, outcome: StartupOutcome) -> None:
        if not outcome.report.whole:
            self.safety_label.setText(self.tr("The database is damaged: File > Restore a backup"))
            self.safety_label.setStyleSheet("color: #b00020; font-weight: bold")
            offer_latest_backup(
                self, self._db, self._settings, outcome.report.problems, self._on_restored
            )
            return
        if outcome.backup is not None:
            self.safety_label.setText(
                self.tr("Checked; backed up today at %1").replace(
                    "%1", f"{outcome.backup.taken:%H:%M}"
                )
            )
            self.safety_label.setToolTip(str(outcome.backup.path))
        else:
            self.safety_label.setText(self.tr("Checked; today's backup was already taken"))

    def _on_safekeeping_failed(self, message: str) -> None:
        self.safety_label.setText(self.tr("No backup today"))
        self.safety_label.setToolTip(message)
        self.statusBar().showMessage(
            self.tr("Today's backup could not be taken: %1").replace("%1", message), 15000
        )

    def _on_back_up_triggered(self) -> None:
        def done(info) -> None:
            self.safety_label.setText(
                self.tr("Backed up at %1").replace("%1", f"{info.taken:%H:%M}")
            )
            self.safety_label.setToolTip(str(info.path))

        self._backup_worker = back_up_now(self, self._db, self._settings, done)

    def _on_restore_triggered(self) -> None:
        from desktop.ui.safekeeping.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._db.path, self._settings, self)
        self._restore_dialog = dialog
        if dialog.exec() and dialog.chosen is not None:
            self._restore_worker = restore_in_window(
                self, self._db, dialog.chosen.path, self._on_restored
            )

    def _on_restored(self, _restored) -> None:
        self.safety_label.setStyleSheet("")
        self.safety_label.setText(self.tr("Backup restored"))
        self.refresh()

    def _on_settings_triggered(self) -> None:
        from desktop.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._settings, self._db.path, self, in_use=self._db.describe())
        if dialog.exec():
            day_first = reads_day_first(self._settings)  # from now on, in every form and filter
            self.opener.day_first = self.attention.day_first = day_first
            for view in self.views.values():
                view.bar.day_first = day_first
            self.overview.bar.day_first = self.map.bar.day_first = day_first

    def _on_view_total_changed(self, noun: str, total: int) -> None:
        self._totals[noun] = total
        self.count_label.setText(
            self.tr("In the registry: %1").replace(
                "%1", ", ".join(counted(noun, n) for noun, n in self._totals.items())
            )
        )

    def _on_find_triggered(self) -> None:
        view = self.current_view()
        if isinstance(view, RecordView):
            view.bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            view.bar.search.selectAll()

    def _on_open_triggered(self) -> None:
        if self.tabs.currentWidget() is self.attention:
            partnership_id = self.attention.selected_partnership()
            if partnership_id is not None:
                self.opener.open_partnership(partnership_id)
            return
        view = self.current_view()
        record_id = view.selected_id()
        if record_id is not None:
            self.opener.open(view.spec.key, record_id)

    def _on_import_triggered(self) -> None:
        from desktop.ui.importing.import_wizard import ImportWizard

        wizard = ImportWizard(db=self._db, settings=self._settings, parent=self)
        wizard.finished.connect(lambda _result: self.refresh())
        wizard.show()
        self._import_wizard = wizard

    def _on_import_history_triggered(self) -> None:
        from desktop.ui.importing.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(db=self._db, parent=self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.show()
        self._import_history = dialog

    def _on_duplicates_triggered(self) -> None:
        from desktop.ui.forms.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(db=self._db, parent=self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.show()
        self._duplicates_dialog = dialog

    def _on_export_briefing_triggered(self) -> None:
        """Exports what the partnerships view selects: its filters, search and as-of date."""
        from desktop.ui.printing.export_dialog import export_briefing

        view = self.views["partnerships"]
        self._export = export_briefing(
            self, self._db, view.current_filter(), view.bar.search.text(), settings=self._settings
        )

    def _on_archive_triggered(self) -> None:
        from desktop.services import lookup

        view = self.current_view()
        record_id, kind = view.selected_id(), RECORD_KIND[view.spec.key]
        name = lookup.record_name(self._db, kind, record_id) if record_id is not None else ""
        if archive_selected(self, self._db, view.spec.key, record_id, name):
            self.undo.record(undo.Change(kind, record_id, undo.ARCHIVE, name))
            self.refresh()

    def _on_unarchive_triggered(self) -> None:
        from desktop.services import lookup

        view = self.current_view()
        record_id, kind = view.selected_id(), RECORD_KIND[view.spec.key]
        if restore_selected(self, self._db, view.spec.key, record_id):
            name = lookup.record_name(self._db, kind, record_id)
            self.undo.record(undo.Change(kind, record_id, undo.RESTORE, name))
            self.statusBar().showMessage(self.tr("Restored from archive: %1").replace("%1", name))
            self.refresh()

    def _on_undone(self, what: str) -> None:
        self.statusBar().showMessage(self.tr("Done: %1").replace("%1", what), 10_000)
        self.refresh()

    def _on_about_triggered(self) -> None:
        from desktop.ui.window.help_dialog import show_about

        show_about(self, self._db.describe())

    def _on_guide_triggered(self) -> None:
        from desktop.ui.window.help_dialog import UserGuide

        guide = UserGuide(self)
        guide.show()
        self._guide = guide

    def _on_new_registry_triggered(self) -> None:
        from desktop.ui.safekeeping.new_registry import create_registry

        path = create_registry(self, self._settings)
        if path is not None:
            self.open_registry_requested.emit(path)

    def _on_samples_removed(self, archived: int) -> None:
        self.statusBar().showMessage(
            self.tr("The sample records were removed (archived: %1).").replace(
                "%1", f"{archived:,}"
            ),
            15_000,
        )
        self.refresh()

    # The composition root and the menus reach these by name.
    @property
    def db(self) -> Database:
        return self._db

    @property
    def settings(self) -> Settings:
        return self._settings
