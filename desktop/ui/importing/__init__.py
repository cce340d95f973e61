"""File > Import...: the wizard's pages, the questions about look-alike names, import history,
and the sample records."""
