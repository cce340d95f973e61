"""openpyxl imports NumPy whenever it is installed, only to accept NumPy's number types in
cells (openpyxl/compat/numbers.py), which this app never writes. NumPy came with matplotlib
for the Overview's charts, and that probe put 150 ms into every start and every command
that reads or writes a workbook. This finder answers openpyxl's probe alone with "not
installed"; the charts and the map import NumPy as usual, when they are first shown."""

import sys

PROBING_MODULE = "openpyxl.compat.numbers"


class _NoNumpyForOpenpyxl:
    """A meta path finder (importlib.abc.MetaPathFinder's protocol; importing that module
    cost 50 ms of every start: importlib.resources, tempfile, shutil)."""

    def find_spec(self, name, path=None, target=None):
        if name != "numpy":
            return None
        frame = sys._getframe(1)
        for _ in range(20):  # the import machinery's frames, then the importing module
            if frame is None:
                break
            if frame.f_globals.get("__name__") == PROBING_MODULE:
                raise ModuleNotFoundError("No module named 'numpy'", name="numpy")
            frame = frame.f_back
        return None


def install() -> None:
    if not any(isinstance(f, _NoNumpyForOpenpyxl) for f in sys.meta_path):
        sys.meta_path.insert(0, _NoNumpyForOpenpyxl())
