"""Pictures on a printed page: a PNG inside the document's HTML (a data: URL), so a document
stays one string that a worker can build and Qt's rich text can lay out. QTextDocument reads
it as a QImage off the GUI thread. The width is in points of the page at 96 per inch: Qt
scales it to the printer, and draws the PNG's every pixel into it (charts are drawn at
200 dots per inch or more for that)."""

import base64


def picture(png: bytes, width: int, alt: str = "") -> str:
    data = base64.b64encode(png).decode("ascii")
    alt_text = alt.replace('"', "'")
    return f'<img src="data:image/png;base64,{data}" width="{width}" alt="{alt_text}">'


def side_by_side(cells: list[str]) -> str:
    """Pictures two a row (Qt's rich text has no floats: a table without borders)."""
    rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i : i + 2]
        rows.append("<tr>" + "".join(f'<td valign="top">{c}</td>' for c in pair) + "</tr>")
    return '<table cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"
