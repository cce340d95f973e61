"""Storage: SQLModel tables, the engine and its pragmas, migrations, and the queries."""
