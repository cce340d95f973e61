"""Output for council briefings: printing, print preview, PDF and PNG, and the briefing workbook
export."""
