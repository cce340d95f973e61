"""Reading a printed PDF back as a clerk would see it: the text of each page."""

from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path | str, pages: list[int] | None = None) -> list[str]:
    """The text of the pages (all, or those numbered in `pages`, 1-based), spaces folded.
    Qt writes every glyph run with its own state, so reading is slow: ~0.4 s a page of a
    long table; tests of long documents read a few pages only."""
    reader = PdfReader(str(path))
    chosen = pages or range(1, len(reader.pages) + 1)
    return [" ".join((reader.pages[n - 1].extract_text() or "").split()) for n in chosen]


def page_count(path: Path | str) -> int:
    return len(PdfReader(str(path)).pages)


def sample_partnership_id(db, local: str, partner: str) -> int:
    from desktop.services import listing

    rows = listing.partnerships(db, listing.RecordFilter(local=local))
    return next(r.id for r in rows if r.partner == partner)
