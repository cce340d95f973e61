"""Record forms: partnership, exchange, decision, community, each in a RecordDialog.

The main window opens them through these functions and refreshes its tables on `saved(int)`.
"""

from desktop.ui.forms.dialogs import open_community, open_decision, open_exchange, open_partnership
from desktop.ui.forms.record_dialog import RecordDialog

__all__ = ["RecordDialog", "open_community", "open_decision", "open_exchange", "open_partnership"]
