"""A filter bar that is the twin of a list's: the Overview and the Map select what the
Partnerships tab selects, and a change on any of them shows on the others."""

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.ui.tables.filter_bar import FilterBar
from desktop.ui.tables.record_view import RecordView


def twin_bar(owner: QWidget, follows: RecordView, on_changed: Callable[[], None]) -> FilterBar:
    bar = FilterBar(follows.spec.bar, owner, day_first=follows.bar.day_first)
    bar.restore(follows.bar.state())

    def on_ours() -> None:
        follows.set_filters(bar.state())  # the list shows what this tab counts or draws
        on_changed()

    def on_theirs() -> None:
        if bar.state() != follows.bar.state():
            bar.restore(follows.bar.state())
            on_changed()

    bar.changed.connect(on_ours)
    follows.bar.changed.connect(on_theirs)
    follows.filters_set.connect(on_theirs)
    return bar
