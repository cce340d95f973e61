"""The Map tab: the selected partnerships on a world map, and beside it the communities that
have no coordinates yet, with "Look up coordinates" for all of them at once.

It selects what the Partnerships tab selects (a twin filter bar); lines are coloured by the
status on the as-of date. Hover names a place or a partnership; a click opens the
partnership (a community with several asks which). Built when the tab is first shown.
"""

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedLayout,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Status
from desktop.domain.words import fill
from desktop.reports import palette
from desktop.services import coordinates
from desktop.services.world_map import ATTRIBUTION, Link, MapSelection, Place, map_selection
from desktop.store.database import Database
from desktop.ui.plurals import plural
from desktop.ui.tables.record_view import RecordView
from desktop.ui.tables.twin_filters import twin_bar
from desktop.ui.worker import Worker

DOUBTFUL_ROLE = Qt.ItemDataRole.UserRole + 1  # the candidates of a doubtful community


class MapView(QWidget):
    open_requested = Signal(int)  # partnership id
    places_changed = Signal()  # coordinates were filled: the lists read again

    def __init__(self, *, db: Database, follows: RecordView, parent=None):
        super().__init__(parent)
        self._db = db
        self._stale = True
        self._generation = 0
        self._workers: list[Worker] = []
        self.view = None  # the WorldView, made when the tab is first shown
        self.selection = MapSelection()
        self.bar = twin_bar(self, follows, self.refresh)
        self.map_area = QWidget(self)
        self._map_layout = QStackedLayout(self.map_area)
        self._map_layout.addWidget(QLabel(self.tr("The map is drawn when this tab is shown.")))
        self.hover = QLabel(" ", self)
        self.hover.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hover.setAccessibleName(self.tr("Under the mouse"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        legend = "  ".join(
            f'<span style="color:{palette.STATUS_COLOURS[s]}">&#9644;&#9644;</span> {s.label}'
            for s in Status
        )
        self.legend = QLabel(
            legend
            + "   ●&nbsp;"
            + self.tr("local community")
            + "   ○&nbsp;"
            + self.tr("partner")
            + f'   <span style="color:{palette.MUTED}">{ATTRIBUTION}</span>',
            self,
        )
        self.legend.setWordWrap(True)
        whole = QPushButton(self.tr("Whole world"), self)
        whole.clicked.connect(lambda: self.view and self.view.show_whole_world())
        zoom_in = QPushButton("+", self)
        zoom_in.setToolTip(self.tr("Zoom in (+, or the mouse wheel)"))
        zoom_in.clicked.connect(lambda: self.view and self.view.zoom_by(1.5))
        zoom_out = QPushButton("–", self)
        zoom_out.setToolTip(self.tr("Zoom out (-)"))
        zoom_out.clicked.connect(lambda: self.view and self.view.zoom_by(1 / 1.5))
        for button in (zoom_in, zoom_out):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("MM") + 12)
        buttons = QHBoxLayout()
        for widget in (whole, zoom_in, zoom_out):
            buttons.addWidget(widget)
        buttons.addWidget(self.hover, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.map_area, 1)
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(splitter, 1)

    def _side_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.unplaced_caption = QLabel(self.tr("Communities without coordinates"), panel)
        self.unplaced_caption.setWordWrap(True)
        self.unplaced = QListWidget(panel)
        self.unplaced.setAccessibleName(self.tr("Communities without coordinates"))
        self.unplaced.itemActivated.connect(self._on_unplaced_activated)
        self.unplaced.setWordWrap(True)  # whole names, wrapped, on a narrow panel
        self.unplaced.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.look_up = QPushButton(self.tr("Look up coordinates"), panel)
        self.look_up.setToolTip(
            self.tr(
                "Fill in every listed community whose name is one place in its country in the "
                "offline city table; the doubtful ones stay here for you to choose"
            )
        )
        self.look_up.clicked.connect(self.look_up_coordinates)
        if self._db.read_only:
            self.look_up.setEnabled(False)
            self.look_up.setToolTip(self.tr("Read-only: you may look but not change records"))
        self.look_up_result = QLabel(panel)
        self.look_up_result.setWordWrap(True)
        layout.addWidget(self.unplaced_caption)
        layout.addWidget(self.unplaced, 1)
        layout.addWidget(self.look_up)
        layout.addWidget(self.look_up_result)
        return panel

    # --- showing ------------------------------------------------------------------------

    def current_filter(self):
        return self.bar.values()

    def showEvent(self, event):  # Qt's name: the first showing builds the map
        super().showEvent(event)
        if self.view is None:
            self._build()
        if self._stale:
            self.refresh()

    def _build(self) -> None:
        from desktop.ui.glance.map_scene import WorldScene, WorldView  # NumPy, the country shapes

        self.view = WorldView(WorldScene(self), self.map_area)
        self.view.setAccessibleName(self.tr("Map of partnerships"))
        self.view.hovered.connect(self._on_view_hovered)
        self.view.clicked.connect(self._on_view_clicked)
        self._map_layout.addWidget(self.view)
        self._map_layout.setCurrentWidget(self.view)
        self.view.show_whole_world()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, f, db = self._generation, self.current_filter(), self._db
        self.summary.setText(self.tr("Reading where the communities lie..."))
        worker = Worker(lambda _progress: (generation, map_selection(db, f)))
        worker.signals.finished.connect(self._on_read)  # a bound method: none once closed
        worker.signals.failed.connect(self.summary.setText)
        self._start(worker)

    def _start(self, worker: Worker) -> None:
        self._workers.append(worker)
        for signal in (worker.signals.finished, worker.signals.failed):
            signal.connect(lambda *_a, w=worker: w in self._workers and self._workers.remove(w))
        worker.start()

    def is_busy(self) -> bool:
        return bool(self._workers)

    def _on_read(self, result: tuple) -> None:
        generation, found = result
        if generation != self._generation or self.view is None:
            return
        self.selection = found
        self.view.world_scene().show_selection(found)
        text = plural("%n partnership(s) drawn", len(found.links))
        if found.unlinked:
            text += "; " + plural("%n not drawn: a community has no coordinates", found.unlinked)
        if found.cut_short:
            text += "; " + fill(
                self.tr("the first %1 of %2 are shown: narrow the filters"),
                f"{len(found.links) + found.unlinked:,}",
                f"{found.total:,}",
            )
        self.summary.setText(text + ".")
        doubtful = self._doubtful_items()
        self.unplaced.clear()
        for u in found.unplaced:
            item = QListWidgetItem(u.label, self.unplaced)
            item.setData(Qt.ItemDataRole.UserRole, u.community_id)
            item.setToolTip(u.label)
            if u.community_id in doubtful:
                self._mark_doubtful(item, doubtful[u.community_id])
        self.unplaced_caption.setText(
            plural("%n community(ies) without coordinates", len(found.unplaced))
            if found.unplaced
            else self.tr("Every community shown has coordinates.")
        )
        self.look_up.setVisible(bool(found.unplaced))

    # --- hover and click ----------------------------------------------------------------

    def describe(self, thing: Place | Link | None) -> str:
        if isinstance(thing, Place):
            n = len(self.view.world_scene().links_of(thing.community_id))
            return f"{thing.where}: " + plural("%n partnership(s) shown", n)
        if isinstance(thing, Link):
            return f"{thing.title} ({thing.status.label})"
        return " "

    def _on_view_hovered(self, thing) -> None:
        text = self.describe(thing)
        self.hover.setText(text)
        if thing is not None:
            QToolTip.showText(self.view.cursor().pos(), text, self.view)
        else:
            QToolTip.hideText()

    def _on_view_clicked(self, thing, global_pos) -> None:
        if isinstance(thing, Link):
            self.open_requested.emit(thing.partnership_id)
            return
        links = self.view.world_scene().links_of(thing.community_id)
        if len(links) == 1:
            self.open_requested.emit(links[0].partnership_id)
        elif links:
            menu = QMenu(self)
            for link in sorted(links, key=lambda k: k.title):
                action = menu.addAction(f"{link.title} ({link.status.label})")
                action.triggered.connect(
                    lambda _c=False, pid=link.partnership_id: self.open_requested.emit(pid)
                )
            self._menu = menu
            menu.popup(QPoint(int(global_pos.x()), int(global_pos.y())))

    # --- coordinates --------------------------------------------------------------------

    def look_up_coordinates(self) -> None:
        """Every listed community at once, in a worker: the certain ones filled in, the
        doubtful ones left in the list for the clerk to choose."""
        ids = [
            self.unplaced.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.unplaced.count())
        ]
        if not ids:
            return
        self.look_up.setEnabled(False)
        self.look_up_result.setText(plural("Looking up %n community(ies)...", len(ids)))
        worker = Worker(lambda _progress: coordinates.fill_coordinates(self._db, ids))
        worker.signals.finished.connect(self._on_looked_up)
        worker.signals.failed.connect(self._on_look_up_failed)
        self._start(worker)

    def _on_looked_up(self, result: coordinates.FillResult) -> None:
        self.look_up.setEnabled(not self._db.read_only)
        self._doubtful = {d.community_id: d for d in result.ambiguous}
        text = plural("Coordinates filled for %n community(ies).", len(result.filled))
        if result.ambiguous:
            text += " " + plural(
                "%n with several possible places: double-click to choose.", len(result.ambiguous)
            )
        if result.not_found:
            text += " " + plural(
                "%n not in the offline city table: type their coordinates in the community's form.",
                len(result.not_found),
            )
        self.look_up_result.setText(text)
        if result.filled:
            self.places_changed.emit()
        self.refresh()

    def _on_look_up_failed(self, message: str) -> None:
        self.look_up.setEnabled(not self._db.read_only)
        self.look_up_result.setText(self.tr("Nothing was filled in: %1").replace("%1", message))

    def _doubtful_items(self) -> dict:
        return getattr(self, "_doubtful", {})

    def _mark_doubtful(self, item: QListWidgetItem, doubtful) -> None:
        item.setText(
            fill(self.tr("%1 — %2 places: choose"), doubtful.label, len(doubtful.candidates))
        )
        item.setData(DOUBTFUL_ROLE, doubtful)

    def _on_unplaced_activated(self, item: QListWidgetItem) -> None:
        doubtful = item.data(DOUBTFUL_ROLE)
        if doubtful is None or self._db.read_only:
            return
        labels = [c.label() for c in doubtful.candidates]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Which place?"),
            self.tr("Several places are called %1. Which is this community?").replace(
                "%1", doubtful.label
            ),
            labels,
            0,
            False,
        )
        if not ok:
            return
        place = doubtful.candidates[labels.index(chosen)]
        try:
            coordinates.place_community(self._db, doubtful.community_id, place)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Coordinates"), str(exc))
            return
        self._doubtful.pop(doubtful.community_id, None)
        self.places_changed.emit()
        self.refresh()
