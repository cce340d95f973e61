"""Sister City Registry: partnerships, exchanges and status decisions for a city's clerks."""

from desktop import numpy_probe

__version__ = "0.1.0"

numpy_probe.install()  # openpyxl's NumPy probe is answered "not installed" (see there)
