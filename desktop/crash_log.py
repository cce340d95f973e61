"""The crash log: where an error nobody expected is written, for whoever supports the
registry, by the command line and by the window alike."""

import sys
from datetime import date
from pathlib import Path

from desktop import __version__


def crash_log(exc: BaseException | None = None) -> Path:
    """Append a traceback (the one being handled, or `exc`'s) to the log; return its path.

    The log names the code, never the records: each exception of the chain is written as
    its frames and its type, with the SQL statement of a database error (its parameters
    are never kept: make_engine's hide_parameters), but not its message, which may quote
    a name or a note ('Ly\\0on' is not ..., a row's values in a constraint's detail)."""
    from platformdirs import user_log_path

    folder = user_log_path("sister-city-registry", ensure_exists=True)
    path = folder / "errors.log"
    exc = exc if exc is not None else sys.exc_info()[1]
    with path.open("a", encoding="utf-8") as f:
        f.write(f"--- {date.today().isoformat()} sister-cities {__version__}\n")
        f.writelines(_without_data(exc))
    return path


def _without_data(exc: BaseException | None) -> list[str]:
    import traceback

    chain: list[BaseException] = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    lines = []
    for error in reversed(chain):
        lines.append("Traceback (most recent call last):\n")
        lines += traceback.format_tb(error.__traceback__)
        kind = type(error)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (its message is not logged)\n")
        if statement := getattr(error, "statement", None):
            lines.append(f"[SQL: {' '.join(str(statement).split())}]\n")
    return lines
