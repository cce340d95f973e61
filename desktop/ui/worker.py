"""Long work off the GUI thread: a QRunnable that runs a function taking a Progress and
reports back through signals. It never touches widgets; the window listens to it."""

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a message for the clerk
    cancelled = Signal()


class Worker(QRunnable):
    """Run `work(progress)` in the thread pool. Expected failures (our own errors, OSError)
    arrive as plain messages; anything else is logged and reported as unexpected."""

    def __init__(
        self,
        work: Callable[[Progress], Any],
        expected: tuple[type[BaseException], ...] = (OSError, ValueError),
    ):
        super().__init__()
        self.signals = WorkerSignals()
        self._work = work
        self._expected = expected
        self._cancel = False
        self.setAutoDelete(False)  # the window keeps it until its signals have arrived

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        # RuntimeError: the window that asked was closed meanwhile; nobody is listening.
        with contextlib.suppress(RuntimeError):
            self._run()

    def _run(self) -> None:
        progress = Progress(report=self.signals.progress.emit, is_cancelled=lambda: self._cancel)
        try:
            result = self._work(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except self._expected as exc:
            self.signals.failed.emit(" ".join(str(exc).split()))
        except Exception as exc:  # a bug: keep details in the log, tell the clerk plainly
            log.exception("background work failed")
            self.signals.failed.emit(f"Unexpected error: {exc.__class__.__name__}: {exc}")
        else:
            self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)
