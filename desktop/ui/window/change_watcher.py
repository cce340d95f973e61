"""Other clerks' changes appear without pressing Refresh: every few seconds the window asks
(in the background) for the registry's newest change; when it has moved, the tables read
again the rows on screen. Polling works on a shared SQLite file and on PostgreSQL alike."""

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.changes import LatestChange, latest_change
from desktop.store.database import Database
from desktop.ui.worker import Worker

POLL_MS = 5_000


class ChangeWatcher(QObject):
    changed = Signal(object)  # the LatestChange, when it differs from the last one seen

    def __init__(self, db: Database, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._db = db
        self._seen: int | None = None
        self._worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.look)

    def start(self) -> None:
        self.look()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def look(self) -> None:
        if self._worker is not None:  # the last question has not been answered yet
            return
        worker = Worker(lambda _progress: latest_change(self._db))
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        worker.start()

    def _on_worker_finished(self, latest: LatestChange) -> None:
        self._worker = None
        seen, self._seen = self._seen, latest.entry_id
        if seen is not None and latest.entry_id != seen:
            self.changed.emit(latest)

    def _on_worker_failed(self, _message: str) -> None:
        self._worker = None  # a busy or unreachable database: ask again next time
