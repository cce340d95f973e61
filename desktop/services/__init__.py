"""Use cases. Each public function is one user action: one session, one transaction, with
its audit entries written inside it. No Qt here."""
