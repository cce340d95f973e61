"""The one error a file can cause before any row is looked at."""


class ImportFileError(ValueError):
    """The file cannot be read as a list; the message says why and what to do."""
