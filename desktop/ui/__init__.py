"""The window. Talks only to services; each folder is one part of it:

window/       the main window, its actions, menus, shortcuts, Undo, opening and closing
tables/       each record kind's list: filter bar, table, the Needs-attention tab
forms/        the record forms, their presenters and the dialogs that host them
importing/    File > Import...: the wizard, its questions, import history, sample records
safekeeping/  checks, backups, restoring, a damaged database, a new registry
printing/     printing, preview, PDF and PNG, and the briefing workbook export
settings/     Edit > Settings...: the database, the language, how dates are read
glance/       the Overview's charts and the Map

worker.py (long work off the GUI thread), plurals.py and file_dialogs.py serve them all."""
