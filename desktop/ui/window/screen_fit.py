"""Keeping a window within the screen it is on: a size remembered on a bigger screen (or at
another scaling: 1366x768 at 125% leaves 1093x614 to lay out in) is cut down to fit, and the
window moved back inside, title bar and all."""

from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = (1180, 720)  # the main window's, before a clerk sizes it
FRAME = (16, 48)  # room for the window's frame and title bar, beyond its own size


def fit_on_screen(window: QWidget) -> None:
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width = min(window.width(), room.width() - FRAME[0])
    height = min(window.height(), room.height() - FRAME[1])
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), room.right() - width - FRAME[0] + 1)
    y = min(max(window.y(), room.top()), room.bottom() - height - FRAME[1] + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, room.left()), max(y, room.top()))
