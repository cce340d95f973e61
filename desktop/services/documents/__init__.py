"""What each printed summary says, gathered through the services as plain dataclasses.

No Qt and no HTML here: desktop/reports/documents/ lays these out for the page.
"""
