"""A small real file system (tmpfs) that tests fill up, and make read-only, at will."""

import errno
import os
import subprocess
from pathlib import Path

import pytest


class SmallDisk:
    def __init__(self, root: Path):
        self.root = root
        self._filler = root / "filler.bin"

    @classmethod
    def mount(cls, root: Path, size: str = "4m") -> "SmallDisk":
        root.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(root)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a small file system here: {result.stderr.strip()}")
        return cls(root)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.root)], check=False)

    def fill(self, leave: int = 0) -> None:
        """Fill the disk up, then free `leave` bytes again."""
        fd = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for size in (65536, 4096, 512, 1):
                try:
                    while True:
                        os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
        finally:
            os.close(fd)
        if leave:
            os.truncate(self._filler, max(0, self._filler.stat().st_size - leave))

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)

    def read_only(self, on: bool = True) -> None:
        option = "remount,ro" if on else "remount,rw"
        subprocess.run(["mount", "-o", option, str(self.root)], check=True)
