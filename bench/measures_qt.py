"""The measurements that need Qt (run through measures.py, one child process each):
start-up to the window's first rows, the table's first rows and a search keystroke, and
the list report to PDF, each beside its bare counterpart."""

import html
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

SEARCH = "Kali"  # typed one letter at a time; the slowest keystroke is reported
SETTLE_LIMIT = 900.0  # seconds to wait for every tab after the first rows


# --- start-up ----------------------------------------------------------------------------


def _watch_show(app, class_name: str, on_shown) -> object:
    """Call `on_shown(window)` when a top-level window of that class is first shown."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        seen = False

        def eventFilter(self, watched, event):  # Qt's name
            if (
                not self.seen
                and event.type() == QEvent.Type.Show
                and watched.isWidgetType()
                and watched.isWindow()
                and watched.metaObject().className() == class_name
            ):
                self.seen = True
                on_shown(watched)
            return False

    watch = Watch()
    app.installEventFilter(watch)
    return watch


def _watch_paint(window, on_painted) -> object:
    """Call `on_painted()` once the window's first paint is done (the next turn of the
    event loop after its first Paint event, as ui/window/first_rows.py says `painted`)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        seen = False

        def eventFilter(self, watched, event):  # Qt's name
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, on_painted)
            return False

    watch = Watch()
    window.installEventFilter(watch)
    return watch


SEARCH_GAP_MS = 250  # a clerk typing: one key every quarter of a second


def _window_run(db_path: Path, typing: str) -> dict:
    """`sister-cities --db DB` (desktop.app.main, the real entry): the marks are
    time.monotonic() readings; bench/run subtracts the moment it started this process.
    The QApplication is made here first only so that the Show events can be watched; the
    launch code then uses it as it would its own.

    Marks: "first_rows" when the first rows shown at start-up (ui/window/first_rows.py)
    are on screen (their first paint done), if they are shown; "rows" when the full
    window's table has its first rows; "settled" when every tab has loaded.

    `typing`: "" only opens the window; "first" types SEARCH, a key every SEARCH_GAP_MS,
    as soon as the first rows show (into the first rows' search box, if they are the
    first: the full window takes the typing over); "settled" does the same once every
    tab has loaded. The keys go where a keyboard's would: to the widget with the focus.
    The mark "searched" is when the full window's rows of the whole word are in,
    "last_key" when its last key was pressed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}
    state: dict = {"totals": {}, "attention": False}

    def on_first_rows(first) -> None:
        marks["first_shown"] = time.monotonic()
        first.painted.connect(first_rows_painted)
        timer.start()

    def first_rows_painted() -> None:
        marks["first_rows"] = time.monotonic()
        if typing == "first":
            type_search()

    def on_shown(window) -> None:
        marks["shown"] = time.monotonic()
        state["window"] = window
        for view in window.views.values():
            view.total_changed.connect(lambda noun, n: state["totals"].setdefault(noun, n))
        window.attention.model.modelReset.connect(lambda: state.update(attention=True))
        timer.start()

    def type_search() -> None:
        last = len(SEARCH) - 1

        def press(n: int) -> None:
            QTest.keyClick(QApplication.focusWidget(), SEARCH[n])
            if n == last:
                marks["last_key"] = time.monotonic()

        for n in range(len(SEARCH)):
            QTimer.singleShot(n * SEARCH_GAP_MS, lambda n=n: press(n))

    def searched(window) -> bool:
        model = window.views["partnerships"].model
        query = model.query
        if query is None or getattr(query.filter, "search", "") != SEARCH:
            return False
        return model.row_object(0) is not None or not model.is_loading()

    def poll() -> None:
        now = time.monotonic()
        # The timer's ticks come every 5 ms while the GUI thread is free: a longer gap is
        # a time the window would not have answered a click.
        state["pause"] = max(state.get("pause", 0.0), now - state.get("tick", now))
        state["tick"] = now
        window = state.get("window")
        if window is None:
            return
        views = window.views.values()
        if "rows" not in marks and window.views["partnerships"].model.row_object(0) is not None:
            marks["rows"] = now
            if typing == "first" and "first_rows" not in marks:
                type_search()
        settled = (
            len(state["totals"]) == len(window.views)
            and state["attention"]
            and not any(v.model.is_loading() for v in views)
        )
        if "rows" in marks and "settled" not in marks and settled:
            marks["settled"] = now
            if typing == "settled":
                type_search()
        if "last_key" in marks and "searched" not in marks and searched(window):
            marks["searched"] = now
        over = "searched" in marks if typing else "settled" in marks
        if over or ("rows" in marks and now - marks["rows"] > SETTLE_LIMIT):
            timer.stop()
            app.quit()

    timer = QTimer(interval=5)
    timer.timeout.connect(poll)
    watches = (  # noqa: F841 (kept alive)
        _watch_show(app, "FirstRowsWindow", on_first_rows),
        _watch_show(app, "MainWindow", on_shown),
    )
    from desktop.app import main

    code = main(["--db", str(db_path)])
    pause = state.get("pause", 0.0)
    return {"exit": code, "marks": marks, "totals": state["totals"], "longest_pause": pause}


def startup_app(db_path: Path, _out: Path) -> dict:
    return _window_run(db_path, "")


def first_search_app(db_path: Path, _out: Path) -> dict:
    return _window_run(db_path, "first")


def typing_app(db_path: Path, _out: Path) -> dict:
    return _window_run(db_path, "settled")


def startup_bare(db_path: Path, page: Path) -> dict:
    """The floor under the app's start-up: PySide6 and sqlite3 only (nothing of ours, no
    SQLAlchemy): the same first page's SQL (`page`, a JSON file bench/run writes: the SQL
    and its parameters) read by sqlite3 into a QTableView in a QMainWindow, shown. The
    marks are taken as the app's are: "painted" once its first paint is done (as the app's
    first rows say they are on screen), "rows" at the first tick of a 5 ms timer after
    the Show (as the full window's rows are looked for)."""
    import json

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    statement = json.loads(page.read_text())
    con = sqlite3.connect(db_path)
    cursor = con.execute(statement["sql"], statement["params"])
    rows = cursor.fetchall()
    model = QStandardItemModel(len(rows), len(cursor.description))
    model.setHorizontalHeaderLabels([d[0] for d in cursor.description])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    con.close()
    marks: dict[str, float] = {}

    def tick() -> None:
        marks.setdefault("rows", time.monotonic())
        if "painted" in marks:
            app.quit()

    def painted() -> None:
        marks.setdefault("painted", time.monotonic())

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    watch = _watch_show(  # noqa: F841 (kept alive)
        app, "QMainWindow", lambda _w: (marks.setdefault("shown", time.monotonic()), timer.start())
    )
    window = QMainWindow()
    paint = _watch_paint(window, painted)  # noqa: F841 (kept alive)
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1180, 720)
    window.show()
    app.exec()
    return {"marks": marks, "rows": len(rows)}


# --- the partnerships table --------------------------------------------------------------


def _bare_sql(target, statement, engine, repeat: int = 3, first: bool = False) -> float:
    """The statement the model runs, compiled and run bare through the driver (sqlite3, or
    psycopg on PostgreSQL) on a connection of its own: best of three; `first`: its first
    run on that new connection (as the app's first rows are its first read of them)."""
    compiled = statement.compile(
        dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    if engine.dialect.name == "sqlite":
        params = [compiled.params[k] for k in compiled.positiontup]
        params = [p.isoformat() if isinstance(p, date) else p for p in params]
        con = sqlite3.connect(target)

        def run():
            return con.execute(str(compiled), params).fetchall()

    else:
        con = engine.raw_connection()  # the bare psycopg connection underneath
        cursor = con.cursor()

        def run():
            cursor.execute(str(compiled), compiled.params)
            return cursor.fetchall()

    best = float("inf")
    for _ in range(1 if first else repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    con.close()
    return best


def _wait(done, limit: float = 600.0) -> float:
    from PySide6.QtCore import QCoreApplication

    started = time.perf_counter()
    while not done():
        QCoreApplication.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - started > limit:
            raise TimeoutError
    return time.perf_counter() - started


def table(db_path: Path | str, _out: Path) -> dict:
    """First rows of the partnerships table and each keystroke of a search, through the
    app's model (LazyTableModel over the listing, in the thread pool), each against its
    page's SQL run bare. `db_path` may be a PostgreSQL URL (bench/run --postgresql)."""
    from PySide6.QtWidgets import QApplication
    from registry import AS_OF

    from desktop.services import listing
    from desktop.services.listing import RecordFilter
    from desktop.store.database import open_database
    from desktop.store.queries import page_statement
    from desktop.ui.tables.columns import partnership_columns
    from desktop.ui.tables.lazy_model import BLOCK, LazyTableModel, Query
    from desktop.ui.window.launch import hand_over_quickly

    app = QApplication(sys.argv[:1])  # noqa: F841
    hand_over_quickly()  # as the window does
    db = open_database(db_path, create=False)
    model = LazyTableModel(
        partnership_columns(),
        count=lambda f, **how: listing.PARTNERSHIPS.count(db, f, **how),
        rows=lambda f, **page: listing.PARTNERSHIPS.rows(db, f, **page),
        prepare=lambda f, **how: listing.PARTNERSHIPS.prepare(db, f, **how),  # as the window
    )

    def first_rows(f: RecordFilter, first: bool = False) -> tuple[float, float]:
        started = time.perf_counter()
        model.set_query(Query(f, "local"))
        _wait(lambda: model.row_object(0) is not None or not model.is_loading())
        app_seconds = time.perf_counter() - started
        # The count, and the searches' warm-up the first rows start (as in the window,
        # where the clerk's first key comes some way after the rows show), finish before
        # the bare run and the next keystroke.
        _wait(lambda: not model.is_loading() and not model.page_lane.activeThreadCount())
        page = page_statement(f, order_by="local", limit=BLOCK)
        return app_seconds, _bare_sql(db_path, page, db.engine, first=first)

    # The table's first rows are the first read of the process; so is the bare one (its
    # best of three, against a warm cache, is given beside it).
    opened = first_rows(RecordFilter(as_of=AS_OF), first=True)
    warm_bare = _bare_sql(
        db_path,
        page_statement(RecordFilter(as_of=AS_OF), order_by="local", limit=BLOCK),
        db.engine,
    )
    keystrokes = {
        SEARCH[:n]: first_rows(RecordFilter(as_of=AS_OF, search=SEARCH[:n]))
        for n in range(1, len(SEARCH) + 1)
    }
    slowest = max(keystrokes, key=lambda k: keystrokes[k][0])
    db.close()
    return {
        "seconds": opened[0],
        "bare": opened[1],
        "warm_bare": warm_bare,
        "search_seconds": keystrokes[slowest][0],
        "search_bare": keystrokes[slowest][1],
        "search_text": slowest,
        "keystrokes": keystrokes,
    }


# --- the list report ---------------------------------------------------------------------


def pdf_app(db_path: Path, out: Path) -> dict:
    """`sister-cities print list --local Norfolk --pdf OUT.pdf`: gather, lay out, write."""
    from PySide6.QtGui import QGuiApplication
    from registry import AS_OF, LIST_LOCAL

    from desktop.reports.documents import builders
    from desktop.reports.pdf import PageSetup, write_pdf
    from desktop.services.documents.list_report import Grouping
    from desktop.services.listing import RecordFilter
    from desktop.store.database import open_database

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    db = open_database(db_path, create=False)
    started = time.perf_counter()
    f = RecordFilter(as_of=AS_OF, local=LIST_LOCAL[0])
    document = builders.build_list(db, f, Grouping.LOCAL)
    pages = write_pdf(document, out, PageSetup(paper="A4"))
    seconds = time.perf_counter() - started
    db.close()
    return {"seconds": seconds, "pages": pages}


def pdf_bare(db_path: Path, out: Path) -> dict:
    """The same partnerships read with one plain SELECT, as a plain HTML table (no styles,
    groups, status or page furniture), printed by QTextDocument to a QPdfWriter."""
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument
    from registry import LIST_LOCAL

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    started = time.perf_counter()
    con = sqlite3.connect(db_path)
    rows = con.execute(
        "SELECT p.name, p.subdivision, p.country, s.kind, s.established_on "
        "FROM partnership s JOIN community l ON l.id = s.local_id "
        "JOIN community p ON p.id = s.partner_id "
        "WHERE l.name = ? AND s.archived_at IS NULL ORDER BY s.partner_sort, s.id",
        (LIST_LOCAL[0],),
    ).fetchall()
    con.close()
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v or ''))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    document = QTextDocument()
    document.setHtml(f"<table>{cells}</table>")
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)
    del writer
    return {"seconds": time.perf_counter() - started, "rows": len(rows)}


MEASURES = {
    "startup": startup_app,
    "startup-bare": startup_bare,
    "first-search": first_search_app,
    "typing": typing_app,
    "table": table,
    "pdf": pdf_app,
    "pdf-bare": pdf_bare,
}
