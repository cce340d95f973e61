"""The Map tab: each community at its coordinates and a line from the local community to
each partner, coloured by status on the as-of date; hover names a place, a click opens the
partnership; the communities without coordinates beside it, looked up all at once; it
prints and saves as PDF and PNG."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainterPath
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.domain.enums import Status
from desktop.domain.projection import unproject
from desktop.reports.world_drawing import SCALE, to_scene
from desktop.services.world_map import map_selection
from desktop.settings import Settings
from desktop.store.queries import RecordFilter
from desktop.ui.window.main_window import MainWindow
from tests.pdf_reading import page_texts, sample_partnership_id


def make_window(qtbot, db, tmp_path):
    window = MainWindow(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    return window


def shown_map(qtbot, window, as_of="30/06/2022"):
    window.views["partnerships"].bar.as_of.setText(as_of)
    window.views["partnerships"].bar.changed.emit()
    window.tabs.setCurrentWidget(window.map)
    qtbot.waitUntil(
        lambda: (
            window.map.view is not None
            and bool(window.map.selection.links)
            and not window.map.is_busy()
        ),
        timeout=60000,
    )
    return window.map


def segments(path: QPainterPath) -> list[tuple[QPointF, QPointF]]:
    """The lines a path draws: each moveTo followed by its lineTo."""
    points = [path.elementAt(i) for i in range(path.elementCount())]
    return [
        (QPointF(a.x, a.y), QPointF(b.x, b.y))
        for a, b in zip(points[::2], points[1::2], strict=True)
        if a.isMoveTo() and b.isLineTo()
    ]


def test_norfolk_kaliningrad_is_drawn_between_their_coordinates(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    scene = shown_map(qtbot, window).view.world_scene()
    norfolk, kaliningrad = (36.84681, -76.28522), (54.70649, 20.51095)  # GeoNames, the sample
    start, end = to_scene(*norfolk), to_scene(*kaliningrad)
    active = segments(scene.status_paths[Status.ACTIVE])
    from_norfolk = [s for s in active if (s[0] - start).manhattanLength() < 0.05]
    assert len(from_norfolk) >= 5  # Norfolk's sister cities, Kaliningrad its fifth
    (line,) = [s for s in from_norfolk if (s[1] - end).manhattanLength() < 0.05]
    # Back from the drawing to the globe, by the projection's inverse: the right places.
    back = [unproject(p.x() / SCALE, -p.y() / SCALE) for p in line]
    assert back[0] == pytest.approx(norfolk, abs=0.01)
    assert back[1] == pytest.approx(kaliningrad, abs=0.01)
    assert (start.x(), start.y()) < (end.x(), end.y())  # west of it; and south (y grows down)
    assert start.y() > end.y()


def test_lines_are_coloured_by_status_on_the_as_of_date(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = shown_map(qtbot, window, as_of="30/06/2022")
    found = map_selection(sample_db, RecordFilter(**{"as_of": view.current_filter().as_of}))
    chicago = next(k for k in found.links if k.title == "Chicago – Moscow")
    scene = view.view.world_scene()
    suspended = segments(scene.status_paths[Status.SUSPENDED])
    assert len(suspended) == 1
    assert scene.layer.layer.pens()[Status.SUSPENDED].color().name() == "#e69f00"
    a, b = found.places[chicago.local_id], found.places[chicago.partner_id]
    assert (suspended[0][0] - to_scene(a.latitude, a.longitude)).manhattanLength() < 1e-6
    assert (suspended[0][1] - to_scene(b.latitude, b.longitude)).manhattanLength() < 1e-6
    total = sum(len(segments(path)) for path in scene.status_paths.values())
    assert total == len(found.links)
    # Before the suspension, no line is orange; the map follows the list's as-of date.
    window.views["partnerships"].bar.as_of.setText("28/02/2022")
    window.views["partnerships"].bar.changed.emit()
    qtbot.waitUntil(lambda: not view.is_busy() and not segments(
        view.view.world_scene().status_paths[Status.SUSPENDED]))  # fmt: skip
    assert "partnerships drawn" in view.summary.text()


def test_the_map_follows_the_lists_filters(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = shown_map(qtbot, window)
    everything = len(view.selection.links)
    view.bar.country.setText("Japan")
    view.bar.changed.emit()
    qtbot.waitUntil(lambda: not view.is_busy() and len(view.selection.links) < everything)
    places = {p.where.split(", ")[-1] for p in view.selection.places.values()}
    assert places <= {"Japan", "United States"} and "Japan" in places
    assert window.views["partnerships"].bar.country.text() == "Japan"
    assert view.selection.total == 4


def test_hover_names_a_place_and_a_click_opens_the_partnership(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = shown_map(qtbot, window)
    world = view.view
    world.zoom_by(6)
    kaliningrad = to_scene(54.70649, 20.51095)
    world.centerOn(kaliningrad)
    at = world.mapFromScene(kaliningrad)
    qtbot.mouseMove(world.viewport(), at)
    qtbot.waitUntil(lambda: "Kaliningrad, Kaliningrad Oblast, Russia" in view.hover.text())
    assert "1 partnership shown" in view.hover.text()
    opened = []
    window.opener.open_partnership = opened.append
    # A click on the line, away from both ends.
    norfolk = to_scene(36.84681, -76.28522)
    near_kaliningrad = kaliningrad + (norfolk - kaliningrad) * 0.02
    point = world.mapFromScene(near_kaliningrad)
    qtbot.mouseMove(world.viewport(), point)
    qtbot.waitUntil(lambda: "Norfolk – Kaliningrad (Active)" in view.hover.text())
    qtbot.mousePress(world.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(world.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == [sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")]
    # A drag pans; it opens nothing.
    opened.clear()
    qtbot.mousePress(world.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseMove(world.viewport(), point + QPoint(60, 30))
    qtbot.mouseRelease(world.viewport(), Qt.MouseButton.LeftButton, pos=point + QPoint(60, 30))
    assert opened == []


def test_communities_without_coordinates_are_looked_up_at_once(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    view = shown_map(qtbot, window)
    before = view.unplaced.count()
    labels = [view.unplaced.item(i).text() for i in range(before)]
    assert "Los Alamos, New Mexico, United States" in labels
    assert view.look_up.isVisible()
    drawn_before = len(view.selection.links)
    view.look_up.click()
    qtbot.waitUntil(lambda: "Coordinates filled for" in view.look_up_result.text(), timeout=120000)
    qtbot.waitUntil(lambda: not view.is_busy() and view.unplaced.count() < before, timeout=60000)
    left = [view.unplaced.item(i).text() for i in range(view.unplaced.count())]
    assert "Los Alamos, New Mexico, United States" not in left
    assert len(view.selection.links) > drawn_before
    assert view.look_up.isEnabled()


def test_the_map_prints_and_saves_as_pdf_and_png(qtbot, sample_db, tmp_path, monkeypatch):
    window = make_window(qtbot, sample_db, tmp_path)
    shown_map(qtbot, window)
    menu = window.print_menu
    menu.update_texts()
    assert menu.pdf_action.text().replace("&", "") == "Save the map as PDF..."
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    pdf, png = tmp_path / "map.pdf", tmp_path / "map.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    menu.pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    text = " ".join(page_texts(pdf))
    assert "Map of partnerships" in text and "Natural Earth" in text
    assert "partnerships drawn" in text
    assert sum(len(p.images) for p in PdfReader(pdf).pages) == 1
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(png), ""))
    menu.png_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=60000)
    picture = QImage(str(png))
    viewport = window.map.view.viewport().size()
    assert (picture.width(), picture.height()) == (viewport.width() * 3, viewport.height() * 3)
    QApplication.processEvents()


def test_the_lines_appear_on_screen_in_their_colours(qtbot, sample_db, tmp_path):
    window = make_window(qtbot, sample_db, tmp_path)
    world = shown_map(qtbot, window).view
    layer = world.world_scene().layer
    qtbot.waitUntil(layer.is_sharp, timeout=30000)  # drawn in its worker, then shown
    shot = world.viewport().grab().toImage()

    def pixels(colour: str) -> int:
        wanted = QColor(colour)
        found = 0
        for y in range(0, shot.height(), 2):
            for x in range(0, shot.width(), 2):
                c = shot.pixelColor(x, y)
                if (
                    abs(c.red() - wanted.red())
                    + abs(c.green() - wanted.green())
                    + abs(c.blue() - wanted.blue())
                    < 40
                ):
                    found += 1
        return found

    assert pixels("#E69F00") > 5  # Chicago - Moscow, suspended
    assert pixels("#009E73") > 200  # the active ones
    assert pixels("#CC3311") == 0  # none ended
