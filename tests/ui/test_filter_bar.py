"""The search box asks at once for a key typed after a pause, and once for a quick run of
keys, when the run pauses (a fast typist starts one query, not one per key)."""

from desktop.ui.tables.filter_bar import BarSpec, FilterBar


def test_a_key_after_a_pause_asks_at_once_and_a_quick_run_asks_once(qtbot):
    bar = FilterBar(BarSpec())
    qtbot.addWidget(bar)
    asked = []
    bar.changed.connect(lambda: asked.append(bar.values().search))
    qtbot.keyClicks(bar.search, "K")
    assert asked == ["K"]  # no waiting for more keys first
    qtbot.keyClicks(bar.search, "ali")  # within moments of the K
    assert asked == ["K"]
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert asked == ["K", "Kali"]
