"""The cycle collector is off only while an import runs: on again when the last import
running ends, however it ends, and left off if it was off before."""

import gc
import threading

import pytest

from desktop.services.importing.collector import collector_paused


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_on_again_after_an_import_that_fails():
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("a damaged file")
    assert gc.isenabled()


def test_on_again_only_when_the_last_of_several_imports_ends():
    first_in, second_done = threading.Event(), threading.Event()
    seen = []

    def other_import():
        with collector_paused():
            first_in.set()
            second_done.wait(5)
        seen.append(gc.isenabled())  # the import in the main thread still runs

    thread = threading.Thread(target=other_import)
    with collector_paused():
        thread.start()
        first_in.wait(5)
        with collector_paused():  # nested: planning inside reading a file
            pass
        assert not gc.isenabled()
        second_done.set()
        thread.join(5)
        assert seen == [False]
    assert gc.isenabled()


def test_left_off_when_it_was_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
