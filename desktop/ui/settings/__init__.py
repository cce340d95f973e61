"""Edit > Settings... and what it governs: the database, the language, how dates are read."""
