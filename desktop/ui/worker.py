"""Long work off the GUI thread: a QRunnable that runs a function taking a Progress and
reports back through signals. It never touches widgets; the window listens to it."""

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

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


_running: set[Worker] = set()  # kept alive until their signals have arrived


def running_workers() -> frozenset[Worker]:
    """The background work started with `run_with_progress` that has not reported back."""
    return frozenset(_running)


def run_with_progress(
    parent: QWidget,
    work: Callable[[Progress], Any],
    *,
    title: str,
    label: str,
    on_finished: Callable[[Any], None],
    failure: str,
    expected: tuple[type[BaseException], ...] = (OSError, ValueError),
    cancellable: bool = True,
    on_ended: Callable[[], None] | None = None,
) -> Worker:
    """Run `work` in the background behind a window-modal progress dialog (shown only if it
    takes a moment). Its result goes to `on_finished`; a failure is said in a message box
    as `failure` followed by the plain message; cancelling just closes the dialog.
    `on_ended` is called however the work ended (before `on_finished`)."""
    worker = Worker(work, expected=expected)
    cancel_text = QCoreApplication.translate("Worker", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work shows no dialog at all
    if cancellable:
        dialog.canceled.connect(worker.cancel)

    def on_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else done)
        dialog.setLabelText(message or label)

    def done() -> None:
        dialog.reset()
        dialog.deleteLater()
        _running.discard(worker)
        if on_ended is not None:  # however it ended: finished, failed or cancelled
            on_ended()

    def finished(result) -> None:
        done()
        on_finished(result)

    def failed(message: str) -> None:
        done()
        QMessageBox.warning(parent, title, f"{failure} {message}".strip())

    worker.signals.progress.connect(on_progress)
    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    worker.signals.cancelled.connect(done)
    _running.add(worker)
    worker.start()
    return worker
