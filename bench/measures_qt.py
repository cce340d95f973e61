"""The measurements that need Qt (run through measures.py, one child process each):
start-up to the window's first rows, the table's first rows and a search keystroke, and
the list report to PDF, each beside its bare counterpart."""

import html
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

from registry import AS_OF, LIST_LOCAL

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


def startup_app(db_path: Path, _out: Path) -> dict:
    """`sister-cities --db DB` (desktop.app.main, the real entry): the marks are
    time.monotonic() readings; bench/run subtracts the moment it started this process.
    The QApplication is made here first only so that the Show event can be watched; the
    launch code then uses it as it would its own."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}
    state: dict = {"totals": {}, "attention": False}

    def on_shown(window) -> None:
        marks["shown"] = time.monotonic()
        state["window"] = window
        for view in window.views.values():
            view.total_changed.connect(lambda noun, n: state["totals"].setdefault(noun, n))
        window.attention.model.modelReset.connect(lambda: state.update(attention=True))
        timer.start()

    def poll() -> None:
        window = state["window"]
        views = window.views.values()
        now = time.monotonic()
        # The timer's ticks come every 5 ms while the GUI thread is free: a longer gap is
        # a time the window would not have answered a click.
        state["pause"] = max(state.get("pause", 0.0), now - state.get("tick", now))
        state["tick"] = now
        if "rows" not in marks and window.views["partnerships"].model.row_object(0) is not None:
            marks["rows"] = now
        settled = (
            len(state["totals"]) == len(window.views)
            and state["attention"]
            and not any(v.model.is_loading() for v in views)
        )
        if "rows" in marks and "settled" not in marks and settled:
            marks["settled"] = now
        if "settled" in marks or ("rows" in marks and now - marks["rows"] > SETTLE_LIMIT):
            timer.stop()
            app.quit()

    timer = QTimer(interval=5)
    timer.timeout.connect(poll)
    watch = _watch_show(app, "MainWindow", on_shown)  # noqa: F841 (kept alive)
    from desktop.app import main

    code = main(["--db", str(db_path)])
    pause = state.get("pause", 0.0)
    return {"exit": code, "marks": marks, "totals": state["totals"], "longest_pause": pause}


def startup_bare(_db_path: Path, _out: Path) -> dict:
    """A bare QApplication and an empty QMainWindow shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}
    watch = _watch_show(app, "QMainWindow", lambda _w: marks.setdefault("shown", time.monotonic()))  # noqa: F841
    window = QMainWindow()
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return {"marks": marks}


# --- the partnerships table --------------------------------------------------------------


def _bare_sql(target, statement, engine, repeat: int = 3) -> float:
    """The statement the model runs, compiled and run bare through the driver (sqlite3, or
    psycopg on PostgreSQL): best of three."""
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
    for _ in range(repeat):
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

    from desktop.services import listing
    from desktop.services.listing import PartnershipFilter
    from desktop.store.database import open_database
    from desktop.store.queries import page_statement
    from desktop.ui.tables.columns import partnership_columns
    from desktop.ui.tables.lazy_model import BLOCK, LazyTableModel, Query

    app = QApplication(sys.argv[:1])  # noqa: F841
    db = open_database(db_path, create=False)
    model = LazyTableModel(
        partnership_columns(),
        count=lambda f: listing.PARTNERSHIPS.count(db, f),
        rows=lambda f, **page: listing.PARTNERSHIPS.rows(db, f, **page),
    )

    def first_rows(f: PartnershipFilter) -> tuple[float, float]:
        started = time.perf_counter()
        model.set_query(Query(f, "local"))
        _wait(lambda: model.row_object(0) is not None or not model.is_loading())
        app_seconds = time.perf_counter() - started
        _wait(lambda: not model.is_loading())  # let the count finish before the bare run
        page = page_statement(f, order_by="local", limit=BLOCK)
        return app_seconds, _bare_sql(db_path, page, db.engine)

    opened = first_rows(PartnershipFilter(as_of=AS_OF))
    keystrokes = {
        SEARCH[:n]: first_rows(PartnershipFilter(as_of=AS_OF, search=SEARCH[:n]))
        for n in range(1, len(SEARCH) + 1)
    }
    slowest = max(keystrokes, key=lambda k: keystrokes[k][0])
    db.close()
    return {
        "seconds": opened[0],
        "bare": opened[1],
        "search_seconds": keystrokes[slowest][0],
        "search_bare": keystrokes[slowest][1],
        "search_text": slowest,
        "keystrokes": keystrokes,
    }


# --- the list report ---------------------------------------------------------------------


def pdf_app(db_path: Path, out: Path) -> dict:
    """`sister-cities print list --local Norfolk --pdf OUT.pdf`: gather, lay out, write."""
    from PySide6.QtGui import QGuiApplication

    from desktop.reports.documents import builders
    from desktop.reports.pdf import PageSetup, write_pdf
    from desktop.services.documents.list_report import Grouping
    from desktop.services.listing import PartnershipFilter
    from desktop.store.database import open_database

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    db = open_database(db_path, create=False)
    started = time.perf_counter()
    f = PartnershipFilter(as_of=AS_OF, local=LIST_LOCAL[0])
    document = builders.build_list(db, f, Grouping.LOCAL)
    pages = write_pdf(document, out, PageSetup(paper="A4"))
    seconds = time.perf_counter() - started
    db.close()
    return {"seconds": seconds, "pages": pages}


def pdf_bare(db_path: Path, out: Path) -> dict:
    """The same partnerships read with one plain SELECT, as a plain HTML table (no styles,
    groups, status or page furniture), printed by QTextDocument to a QPdfWriter."""
    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

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
    "table": table,
    "pdf": pdf_app,
    "pdf-bare": pdf_bare,
}
