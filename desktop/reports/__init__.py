"""Output a clerk hands over: the briefing workbook and the printed summaries."""
