"""The window's actions, with standard shortcuts, made in one place."""

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
    # Each text is marked where it is written (for pyside6-lupdate) and translated here.
    def make(text: str, shortcut=None, tip: str = "") -> QAction:
        action = QAction(QCoreApplication.translate("Actions", text), window)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(QCoreApplication.translate("Actions", tip))
        return action

    standard = QKeySequence.StandardKey
    return Actions(
        new=make(
            QT_TRANSLATE_NOOP("Actions", "&New..."),
            standard.New,
            QT_TRANSLATE_NOOP("Actions", "Enter a new record of the kind on screen"),
        ),
        open=make(
            QT_TRANSLATE_NOOP("Actions", "&Open"),
            None,
            QT_TRANSLATE_NOOP("Actions", "Open the selected record (Enter in the table)"),
        ),
        new_registry=make(
            QT_TRANSLATE_NOOP("Actions", "New re&gistry..."),
            None,
            QT_TRANSLATE_NOOP("Actions", "Start a new registry file, empty or with sample records"),
        ),
        remove_samples=make(
            QT_TRANSLATE_NOOP("Actions", "Remove the sa&mple records..."),
            None,
            QT_TRANSLATE_NOOP("Actions", "Archive the sample records from the news articles"),
        ),
        guide=make(
            QT_TRANSLATE_NOOP("Actions", "&User guide"),
            QKeySequence.keyBindings(standard.HelpContents) or QKeySequence("F1"),
            QT_TRANSLATE_NOOP("Actions", "How to find, record, import, export, print and back up"),
        ),
        undo=make(QT_TRANSLATE_NOOP("Actions", "&Undo"), standard.Undo),
        archive=make(
            QT_TRANSLATE_NOOP("Actions", "&Archive..."),
            QKeySequence("Ctrl+Delete"),
            QT_TRANSLATE_NOOP("Actions", "Archive the selected record (it stays in the history)"),
        ),
        unarchive=make(
            QT_TRANSLATE_NOOP("Actions", "Restore from arc&hive"),
            None,
            QT_TRANSLATE_NOOP(
                "Actions",
                'Bring the selected archived record back into the lists (tick "Show archived")',
            ),
        ),
        find=make(
            QT_TRANSLATE_NOOP("Actions", "&Find"),
            standard.Find,
            QT_TRANSLATE_NOOP("Actions", "Search the records on screen"),
        ),
        refresh=make(
            QT_TRANSLATE_NOOP("Actions", "&Refresh"),
            standard.Refresh,
            QT_TRANSLATE_NOOP("Actions", "Read the records again"),
        ),
        copy_rows=make(
            QT_TRANSLATE_NOOP("Actions", "&Copy rows"),
            standard.Copy,
            QT_TRANSLATE_NOOP("Actions", "Copy the selected rows for Excel"),
        ),
        export_briefing=make(
            QT_TRANSLATE_NOOP("Actions", "&Export briefing..."),
            QKeySequence("Ctrl+E"),
            QT_TRANSLATE_NOOP(
                "Actions", "Export the partnerships on screen as a council briefing workbook"
            ),
        ),
        import_list=make(
            QT_TRANSLATE_NOOP("Actions", "&Import..."),
            QKeySequence("Ctrl+I"),
            QT_TRANSLATE_NOOP(
                "Actions", "Bring in partnerships, exchanges or decisions from Excel or CSV"
            ),
        ),
        import_history=make(
            QT_TRANSLATE_NOOP("Actions", "Import &history..."),
            None,
            QT_TRANSLATE_NOOP(
                "Actions", "Past imports: when, who, which file, what came of it; undo one"
            ),
        ),
        duplicates=make(
            QT_TRANSLATE_NOOP("Actions", "Possible &duplicates..."),
            None,
            QT_TRANSLATE_NOOP(
                "Actions", "Communities that may be the same place, and merging them"
            ),
        ),
        back_up=make(
            QT_TRANSLATE_NOOP("Actions", "&Back up now"),
            None,
            QT_TRANSLATE_NOOP("Actions", "Take a backup of the registry now"),
        ),
        restore=make(
            QT_TRANSLATE_NOOP("Actions", "&Restore a backup..."),
            None,
            QT_TRANSLATE_NOOP("Actions", "Put a backup back in place of the registry"),
        ),
        settings=make(
            QT_TRANSLATE_NOOP("Actions", "&Settings..."),
            standard.Preferences,
            QT_TRANSLATE_NOOP(
                "Actions", "Where backups go, how many are kept, the office name on printed pages"
            ),
        ),
        # Ctrl+Q where the desktop names no key for Quit (a bare X server, some themes).
        quit=make(
            QT_TRANSLATE_NOOP("Actions", "&Quit"),
            QKeySequence.keyBindings(standard.Quit) or QKeySequence("Ctrl+Q"),
        ),
        about=make(QT_TRANSLATE_NOOP("Actions", "&About Sister City Registry")),
    )
