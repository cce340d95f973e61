"""The first partnerships shown at start-up, before the window's parts are loaded: the rows
the full window opens on, the clerk's typing carried over to it, and the full way taken
wherever the window would open on anything else."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt

from desktop.settings import CURRENT_TAB, TAB_NAME, WINDOW_GEOMETRY, Settings, ViewKeys
from desktop.store.database import open_database
from desktop.ui.window.first_rows import first_rows_window
from desktop.ui.window.main_window import MainWindow

PARTNERSHIPS = ViewKeys.of("partnerships")


@pytest.fixture
def registry(_sample_file, tmp_path) -> Path:
    target = tmp_path / "registry.sqlite"
    shutil.copy(_sample_file, target)
    return target


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def full_window(qtbot, registry, settings):
    db = open_database(registry)
    window = MainWindow(db=db, settings=settings)
    qtbot.addWidget(window)
    view = window.views["partnerships"]
    qtbot.waitUntil(lambda: view.model.rowCount() and not view.model.is_loading(), timeout=20000)
    return window, db


def shown_texts(table, rows: int) -> list[list[str]]:
    """What the clerk reads: each row's visible columns, in the header's order."""
    header = table.horizontalHeader()
    columns = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    model = table.model()
    return [[model.index(r, c).data() for c in columns] for r in range(rows)]


def test_the_first_rows_are_the_rows_the_full_window_opens_on(qtbot, registry, settings):
    with sqlite3.connect(registry) as con:  # an archived partnership is in neither
        con.execute("UPDATE partnership SET archived_at = '2024-01-01 10:00:00' WHERE id = 1")
    first = first_rows_window(registry, settings)
    assert first is not None
    qtbot.addWidget(first)
    window, db = full_window(qtbot, registry, settings)
    try:
        full = window.views["partnerships"].table
        rows = full.model().rowCount()
        assert first.model.rowCount() == rows == 115
        assert shown_texts(first.table, rows) == shown_texts(full, rows)
        headers = [first.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
        assert headers[:3] == ["Local community", "Partner community", "Partner country"]
    finally:
        db.close()


def test_the_columns_the_clerk_chose_show_in_the_first_rows(qtbot, registry, settings):
    window, db = full_window(qtbot, registry, settings)
    try:
        header = window.views["partnerships"].table.horizontalHeader()
        header.setSectionHidden(2, True)  # no partner country
        header.moveSection(5, 0)  # status first
        window.views["partnerships"].save_state()
    finally:
        db.close()
    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    mine = first.table.horizontalHeader()
    assert mine.isSectionHidden(2) and mine.logicalIndex(0) == 5
    assert shown_texts(first.table, 1)[0][0] in {"Active", "Suspended", "Ended", "Proposed"}


def test_what_the_clerk_types_is_searched_in_the_full_window(qtbot, registry, settings):
    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.search, "Kal")  # typed while the window's parts load
    window, db = full_window(qtbot, registry, settings)
    try:
        first.hand_over(window)
        view = window.views["partnerships"]
        search = view.bar.search
        assert search.text() == "Kal"
        # Searched as typed, with no further key (setText alone would search nothing).
        qtbot.waitUntil(lambda: view.model.query.filter.search == "Kal", timeout=20000)
        # A key the window system had sent to the first rows arrives after the hand-over.
        qtbot.keyClick(first.search, "i")
        assert search.text() == "Kali"
        qtbot.waitUntil(
            lambda: view.model.query.filter.search == "Kali" and not view.model.is_loading(),
            timeout=20000,
        )
        names = {view.model.row_object(r).local for r in range(view.model.rowCount())} | {
            view.model.row_object(r).partner for r in range(view.model.rowCount())
        }
        assert view.model.rowCount() and any("kali" in n.lower() for n in names)
        qtbot.waitUntil(first.isHidden, timeout=3000)
    finally:
        db.close()


def test_the_full_window_stands_where_the_first_rows_stood(qtbot, registry, settings):
    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    first.move(first.x() + 40, first.y() + 30)  # the clerk moved it while it loaded
    window, db = full_window(qtbot, registry, settings)
    try:
        first.hand_over(window)
        assert window.geometry() == first.geometry()
        assert window.isVisible()
    finally:
        db.close()


@pytest.mark.parametrize(
    "kept",
    [
        {TAB_NAME: "exchanges"},
        {CURRENT_TAB: 3},
        {PARTNERSHIPS.filters: json.dumps({"search": "Kali"})},
        {PARTNERSHIPS.filters: json.dumps({"status": "active"})},
        {PARTNERSHIPS.filters: "not json"},
        {PARTNERSHIPS.sort: "established:desc"},
    ],
    ids=[
        "another tab",
        "another tab kept by index",
        "a search",
        "a status",
        "damaged filters",
        "another sort",
    ],
)
def test_no_early_rows_where_the_window_opens_on_other_rows(registry, settings, kept):
    for setting, value in kept.items():
        settings.set(setting, value)
    assert first_rows_window(registry, settings) is None


def test_the_partnerships_tab_and_first_sort_kept_show_early_rows(qtbot, registry, settings):
    settings.set(TAB_NAME, "partnerships")
    settings.set(PARTNERSHIPS.sort, "local:asc")
    settings.set(PARTNERSHIPS.filters, json.dumps({"search": "", "status": None}))
    settings.set(WINDOW_GEOMETRY, QByteArray())
    first = first_rows_window(registry, settings)
    assert first is not None
    qtbot.addWidget(first)


def test_no_early_rows_where_the_file_has_anything_to_say(tmp_path, registry, settings):
    missing = tmp_path / "none.sqlite"
    assert first_rows_window(missing, settings) is None
    assert not missing.exists()  # nothing made where there was nothing

    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("a clerk's notes")
    assert first_rows_window(not_ours, settings) is None

    with sqlite3.connect(registry) as con:  # an older registry: opening upgrades it first
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    assert first_rows_window(registry, settings) is None

    assert first_rows_window("postgresql+psycopg://clerk@server/registry", settings) is None


def test_an_empty_registry_opens_the_full_way(tmp_path, settings):
    db = open_database(tmp_path / "empty.sqlite", create=True)
    db.close()
    assert first_rows_window(tmp_path / "empty.sqlite", settings) is None


def test_the_full_window_takes_over_from_the_first_rows(qtbot, qapp, registry, settings):
    """As `sister-cities` starts: the first rows on screen, the window's parts loaded in
    steps (app.WINDOW_PARTS, each a real module), the registry opened, the window in place."""
    from desktop.app import window_session
    from desktop.ui.window import launch

    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.search, "Kali")
    opened: list = []
    launch._take_over(
        qapp, lambda: window_session(qapp, registry, settings, answering=True), registry,
        first, opened,
    )  # fmt: skip
    assert len(opened) == 1
    session = opened[0]
    try:
        qtbot.addWidget(session.window)
        assert session.window.isVisible()
        qtbot.waitUntil(first.isHidden, timeout=3000)  # once the window has the keyboard
        view = session.window.views["partnerships"]
        qtbot.waitUntil(lambda: view.model.query.filter.search == "Kali", timeout=20000)
    finally:
        session.window.close()
        session.close()


def test_closing_the_first_rows_while_the_parts_load_opens_nothing(qtbot, qapp, registry, settings):
    from desktop.app import window_session
    from desktop.ui.window import launch

    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    first.close()  # the clerk changed their mind
    opened: list = []
    launch._take_over(
        qapp, lambda: window_session(qapp, registry, settings, answering=True), registry,
        first, opened,
    )  # fmt: skip
    assert opened == []


def test_first_rows_never_painted_still_let_the_full_window_come(qtbot, qapp, registry, settings):
    from desktop.app import window_session
    from desktop.ui.window import launch

    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    first.hide()  # before any paint: a window system that never shows it
    opened: list = []

    def parts():
        return window_session(qapp, registry, settings, answering=True)

    first.painted.connect(lambda: launch._take_over(qapp, parts, registry, first, opened))
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    try:
        qtbot.addWidget(opened[0].window)
        assert opened[0].window.isVisible()
    finally:
        opened[0].window.close()
        opened[0].close()


def test_the_cursor_and_selection_in_the_search_are_carried_over(qtbot, registry, settings):
    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.search, "Kali")
    qtbot.keyClick(first.search, Qt.Key.Key_Left)
    qtbot.keyClick(first.search, Qt.Key.Key_Left)
    window, db = full_window(qtbot, registry, settings)
    try:
        first.hand_over(window)
        search = window.views["partnerships"].bar.search
        assert search.cursorPosition() == 2
        qtbot.keyClick(first.search, "x")  # arrives late: typed where the cursor was
        assert search.text() == "Kaxli"
    finally:
        db.close()


def test_typing_over_a_selection_replaces_it_after_the_hand_over(qtbot, registry, settings):
    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.search, "Kal")
    first.search.selectAll()  # Ctrl+A, then a new word
    window, db = full_window(qtbot, registry, settings)
    try:
        first.hand_over(window)
        qtbot.keyClick(first.search, "B")
        assert window.views["partnerships"].bar.search.text() == "B"
    finally:
        db.close()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
@pytest.mark.parametrize("when", ["before", "after"])
def test_enter_or_down_in_the_search_goes_to_the_first_row(qtbot, registry, settings, key, when):
    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.search, "Kal")
    if when == "before":
        qtbot.keyClick(first.search, key)
    window, db = full_window(qtbot, registry, settings)
    try:
        first.hand_over(window)
        if when == "after":  # sent before the full window came, arriving after
            qtbot.keyClick(first.search, key)
        view = window.views["partnerships"]
        qtbot.waitUntil(lambda: view.table.currentIndex().row() == 0, timeout=20000)
        assert view.model.query.filter.search == "Kal"
    finally:
        db.close()


def test_looking_at_a_file_nobody_has_open_makes_nothing_beside_it(qtbot, registry, settings):
    beside = [Path(f"{registry}{s}") for s in ("-wal", "-shm", "-journal")]
    assert not any(p.exists() for p in beside)
    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)
    assert first.model.rowCount() == 116
    assert not any(p.exists() for p in beside)


class Quitting:
    """Qt's application as the take-over uses it, recording how the app was asked to end
    (QApplication.exit would end the test's own event loops)."""

    def __init__(self, qapp):
        self.qapp, self.codes = qapp, []

    def processEvents(self):  # Qt's name
        self.qapp.processEvents()

    def exit(self, code):
        self.codes.append(code)


def test_a_failure_while_the_window_is_built_ends_the_app_and_says_so(
    qtbot, qapp, registry, settings, monkeypatch
):
    from desktop.ui.window import launch

    told = []
    monkeypatch.setattr("sys.excepthook", lambda kind, error, trace: told.append(error))
    first = first_rows_window(registry, settings)
    qtbot.addWidget(first)

    def broken():
        raise ImportError("a part of the window is missing")

    app = Quitting(qapp)
    launch._take_over(app, broken, registry, first, [])
    assert [str(e) for e in told] == ["a part of the window is missing"]
    assert app.codes == [1] and not first.isVisible()


def test_a_window_that_cannot_be_built_leaves_the_registry_closed(qtbot, qapp, registry, settings):
    from desktop.ui.window import launch

    closed = []

    def open_registry(target):
        db = open_database(target)
        db.close = lambda close=db.close: (closed.append(db), close())
        return db

    def window_for(db):
        raise RuntimeError("no window")

    session = launch.WindowSession(
        qapp, open_registry=open_registry, window_for=window_for, warm_up=None
    )
    with pytest.raises(RuntimeError):
        session.open(registry)
    assert len(closed) == 1 and session.db is None
