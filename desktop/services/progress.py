"""Progress and cancellation for long work (exports, imports, PDFs), without Qt.

The caller (a Qt worker, or the command line's progress bar) passes a Progress in; the
work calls `step()` as it goes, which raises Cancelled once the clerk has asked to stop.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """The clerk cancelled; the work must leave nothing half-written behind."""


def _ignore(done: int, total: int, message: str) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class Progress:
    report: Callable[[int, int, str], None] = field(default=_ignore)
    is_cancelled: Callable[[], bool] = field(default=_never)

    def step(self, done: int, total: int, message: str = "") -> None:
        """Say how far the work is (`total` 0 when unknown); stop if cancelled."""
        self.report(done, total, message)
        self.check()

    def check(self) -> None:
        if self.is_cancelled():
            raise Cancelled()
