"""Python's cycle collector paused while an import reads its list, plans it and writes it.

An import of 10,000 rows builds a few hundred thousand small objects (cells, mentions, planned
rows, the rows to write) that all stay alive until it is done. The collector, woken every
few hundred allocations, walked them again and again and found nothing to free: about a
quarter of the planning's time. Reference counting still frees everything at once as
usual; only reference cycles made meanwhile wait, until the last import running ends and
the collector runs again.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0  # imports inside collector_paused(), in any thread
_was_enabled = False  # whether the first of them found the collector running


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the collector off; it is on again when the last block ends (if
    it was on when the first began), however the blocks end and in whatever threads."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()
