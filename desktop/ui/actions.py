"""The window's actions, with standard shortcuts, made in one place."""

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass
class Actions:
    new: QAction
    open: QAction
    new_registry: QAction
    remove_samples: QAction
    guide: QAction
    undo: QAction
    archive: QAction
    unarchive: QAction
    find: QAction
    refresh: QAction
    copy_rows: QAction
    export_briefing: QAction
    import_list: QAction
    import_history: QAction
    duplicates: QAction
    back_up: QAction
    restore: QAction
    settings: QAction
    quit: QAction
    about: QAction


def create_actions(window: QWidget) -> Actions:
    def make(text: str, shortcut=None, tip: str = "") -> QAction:
        action = QAction(window.tr(text), window)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(window.tr(tip))
        return action

    standard = QKeySequence.StandardKey
    return Actions(
        new=make("&New...", standard.New, "Enter a new record of the kind on screen"),
        open=make("&Open", None, "Open the selected record (Enter in the table)"),
        new_registry=make(
            "New re&gistry...", None, "Start a new registry file, empty or with sample records"
        ),
        remove_samples=make(
            "Remove the sa&mple records...",
            None,
            "Archive the sample records from the news articles",
        ),
        guide=make(
            "&User guide",
            QKeySequence.keyBindings(standard.HelpContents) or QKeySequence("F1"),
            "How to find, record, import, export, print and back up",
        ),
        undo=make("&Undo", standard.Undo),
        archive=make(
            "&Archive...",
            QKeySequence("Ctrl+Delete"),
            "Archive the selected record (it stays in the history)",
        ),
        unarchive=make(
            "Restore from arc&hive",
            None,
            'Bring the selected archived record back into the lists (tick "Show archived")',
        ),
        find=make("&Find", standard.Find, "Search the records on screen"),
        refresh=make("&Refresh", standard.Refresh, "Read the records again"),
        copy_rows=make("&Copy rows", standard.Copy, "Copy the selected rows for Excel"),
        export_briefing=make(
            "&Export briefing...",
            QKeySequence("Ctrl+E"),
            "Export the partnerships on screen as a council briefing workbook",
        ),
        import_list=make(
            "&Import...",
            QKeySequence("Ctrl+I"),
            "Bring in partnerships, exchanges or decisions from Excel or CSV",
        ),
        import_history=make(
            "Import &history...",
            None,
            "Past imports: when, who, which file, what came of it; undo one",
        ),
        duplicates=make(
            "Possible &duplicates...",
            None,
            "Communities that may be the same place, and merging them",
        ),
        back_up=make("&Back up now", None, "Take a backup of the registry now"),
        restore=make("&Restore a backup...", None, "Put a backup back in place of the registry"),
        settings=make(
            "&Settings...",
            standard.Preferences,
            "Where backups go, how many are kept, the office name on printed pages",
        ),
        # Ctrl+Q where the desktop names no key for Quit (a bare X server, some themes).
        quit=make("&Quit", QKeySequence.keyBindings(standard.Quit) or QKeySequence("Ctrl+Q")),
        about=make("&About Sister City Registry"),
    )
