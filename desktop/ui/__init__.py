"""The window: main window, table models, forms, dialogs, workers. Talks only to services."""
