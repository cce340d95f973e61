"""Another clerk's saves appear in the open window by themselves, where the clerk is looking:
no jump to the top, the selection kept, the change named in the status bar."""

import os
import subprocess
import sys
import textwrap

from desktop.settings import Settings
from desktop.ui.tables.lazy_model import ROW_ROLE
from desktop.ui.window.main_window import MainWindow

ANN_ARCHIVES = textwrap.dedent(
    """
    import sys
    from desktop.services.partnerships import archive_partnership, update_partnership
    from desktop.store.database import open_database

    db = open_database(sys.argv[1], create=False)
    update_partnership(db, int(sys.argv[2]), {"kind": "friendship_city"})
    archive_partnership(db, int(sys.argv[3]))
    db.close()
    """
)


def test_another_clerks_save_shows_up_in_place(qtbot, sample_db, tmp_path):
    window = MainWindow(db=sample_db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1000, 500)
    window.show()
    window.watcher.timer.setInterval(100)
    window.start_safekeeping()
    view = window.views["partnerships"]
    qtbot.waitUntil(lambda: view.count_line.text() == "116 of 116 partnerships", timeout=20000)
    # The count arrives before the pages of rows do; wait for the rows looked at below.
    qtbot.waitUntil(lambda: _loaded(view, 60) and _loaded(view, 100), timeout=20000)
    view.table.scrollTo(view.model.index(60, 0))
    view.table.selectRow(60)
    scrolled = view.table.verticalScrollBar().value()
    assert scrolled > 0
    noted = view.model.index(60, 0).data(ROW_ROLE).id
    assert view.model.index(60, 3).data() != "Friendship city"
    archived = view.model.index(100, 0).data(ROW_ROLE).id
    qtbot.waitUntil(lambda: window.watcher._seen is not None, timeout=10000)

    subprocess.run(
        [sys.executable, "-c", ANN_ARCHIVES, str(sample_db.path), str(noted), str(archived)],
        env=os.environ | {"LOGNAME": "ann", "USER": "ann"},
        check=True,
        timeout=60,
    )
    qtbot.waitUntil(lambda: view.count_line.text() == "115 of 115 partnerships", timeout=20000)
    qtbot.waitUntil(
        lambda: "Showing the changes ann saved at " in window.statusBar().currentMessage(),
        timeout=20000,
    )
    assert view.table.verticalScrollBar().value() == scrolled
    assert [i.row() for i in view.table.selectionModel().selectedRows()] == [60]
    qtbot.waitUntil(lambda: view.model.index(60, 3).data() == "Friendship city", timeout=20000)
    assert view.model.index(60, 0).data(ROW_ROLE).id == noted


def _loaded(view, row):
    return view.model.index(row, 0).data(ROW_ROLE) is not None
