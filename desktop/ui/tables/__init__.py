"""Record tables: a lazy model over SQL pages, and the columns of each record kind."""
