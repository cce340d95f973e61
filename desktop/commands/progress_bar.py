"""A progress bar on the terminal (stderr), silent when output is not a terminal."""

import sys
import time

from desktop.services.progress import Progress


def terminal_progress(label: str, stream=None) -> Progress:
    stream = stream or sys.stderr
    if not stream.isatty():
        return Progress()
    last = [0.0]

    def report(done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - last[0] < 0.1 and done < total:
            return
        last[0] = now
        if total:
            filled = int(30 * done / total)
            bar = "#" * filled + "-" * (30 - filled)
            stream.write(f"\r{label} [{bar}] {100 * done // total:3d}% {message[:30]:<30}")
        else:
            stream.write(f"\r{label} {done:,} {message[:30]:<30}")
        if total and done >= total:
            stream.write("\n")
        stream.flush()

    return Progress(report=report)
