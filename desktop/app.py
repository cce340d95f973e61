"""The composition root: the `sister-cities` entry point.

Headless commands go through `desktop.cli`; the window is built in `desktop.ui.launch`,
which alone imports Qt, so `sister-cities check` works on a machine without a display.
"""

import sys
from collections.abc import Sequence

from desktop import cli


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(sys.argv[1:] if argv is None else argv)
