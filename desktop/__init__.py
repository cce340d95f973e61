"""Sister City Registry: partnerships, exchanges and status decisions for a city's clerks."""

__version__ = "0.1.0"
