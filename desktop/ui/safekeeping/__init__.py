"""The registry's safety in the window: the check and backups, restoring, a damaged database, a
new registry."""
