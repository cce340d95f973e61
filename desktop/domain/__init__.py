"""Plain-Python rules of the registry: no Qt, no SQL. Everything here is testable alone."""
