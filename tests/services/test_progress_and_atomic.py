import pytest

from desktop.reports.atomic import DestinationError, atomic_output
from desktop.services.progress import Cancelled, Progress


def test_cancel_stops_at_the_next_step():
    seen = []
    progress = Progress(report=lambda d, t, m: seen.append(d), is_cancelled=lambda: len(seen) > 1)
    progress.step(1, 3)
    with pytest.raises(Cancelled):
        progress.step(2, 3)
    assert seen == [1, 2]


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path):
    target = tmp_path / "briefing.xlsx"
    target.write_bytes(b"old whole file")
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old whole file"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.xlsx"]


def test_a_whole_write_replaces(tmp_path):
    target = tmp_path / "briefing.xlsx"
    with atomic_output(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.xlsx"]


def test_missing_folder_is_named(tmp_path):
    with (
        pytest.raises(DestinationError, match="does not exist"),
        atomic_output(tmp_path / "nope" / "x.xlsx"),
    ):
        pass
