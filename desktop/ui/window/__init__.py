"""The main window and what it is made of: actions, menus, shortcuts, opening records, Undo,
closing, and opening the window itself."""
