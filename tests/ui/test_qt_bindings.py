"""The Qt bindings the app is installed with can run for a working day.

PySide6 6.12.0 on Python 3.11 takes a reference from None on every call of a method that
returns nothing (setText, start, restoreOverrideCursor ...): None's count falls by one per
call, and when it reaches zero the interpreter aborts with "none_dealloc", losing the
clerk's unsaved form. A window makes such calls by the thousand; pyproject.toml keeps that
release out, and this test fails on any release that brings the fault back."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

# Few enough that a faulty release fails here instead of aborting the test run (None's
# whole count in a bare Qt process is about 5,000).
CALLS = 200


def test_methods_that_return_nothing_leave_none_and_booleans_alone(qapp):
    label, timer = QLabel(), QTimer()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(CALLS):
        label.setText("Norfolk")
        label.setVisible(False)  # void, with a bool argument
        timer.start(60_000)
        timer.stop()
    QApplication.setOverrideCursor(label.cursor())
    QApplication.restoreOverrideCursor()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # A few references come and go with Qt's own caches; a faulty release loses one a call.
    lost = [b - a for a, b in zip(after, before, strict=True)]
    assert all(n < 10 for n in lost), f"None, True and False lost {lost} references"
